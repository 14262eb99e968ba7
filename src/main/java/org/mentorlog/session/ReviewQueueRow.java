package org.mentorlog.session;

import java.time.Instant;
import java.time.LocalDate;

/** A submitted log waiting for the team leader. */
public record ReviewQueueRow(Long id, long version, LocalDate date, Instant submittedAt, Long leadMentorId,
                             SessionFormat format, String purpose, int attendees) {
}
