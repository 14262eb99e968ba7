package org.mentorlog.session;

import java.time.Instant;

/** One review decision in a log's history. */
public record ReviewEntry(Instant reviewedAt, Long reviewerId, ReviewDecision decision, String comment) {
}
