/** Shared kernel (entity base, domain errors, clock) and the UI shell. */
package org.mentorlog.base;
