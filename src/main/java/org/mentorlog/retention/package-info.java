/**
 * Retention: at the end of a mission an administrator erases the trainees' names and the leaders'
 * notes about them, keeping the pseudonymous records the statistics are made of.
 */
package org.mentorlog.retention;
