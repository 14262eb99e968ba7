package org.mentorlog.trainee;

import java.time.Instant;

/**
 * Published inside a transaction that changes what is counted of one trainee outside a session log: her
 * sex or agency ({@code followUpPlanned} null), or one of her follow-ups, planned at
 * {@code followUpPlanned}. Whatever is derived from them brings itself in step before that transaction
 * commits.
 */
public record TraineeChanged(long traineeId, Instant followUpPlanned) {

    /** Her sex or agency changed: everything counted of her. */
    public static TraineeChanged details(long traineeId) {
        return new TraineeChanged(traineeId, null);
    }
}
