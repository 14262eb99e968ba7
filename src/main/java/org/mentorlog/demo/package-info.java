/**
 * Demo data for the {@code demo} profile: one mission with two crime scene teams and twelve months of
 * sessions ending today, generated from a fixed seed so that every fresh start looks the same.
 */
package org.mentorlog.demo;
