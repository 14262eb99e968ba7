package org.mentorlog.trainee;

/**
 * Published inside a transaction that changes what is counted of one trainee outside a session log: her
 * sex or agency, or one of her follow-ups. Whatever is derived from them brings itself in step before that
 * transaction commits.
 */
public record TraineeChanged(long traineeId) {
}
