package org.mentorlog.session;

import java.time.LocalDate;

/** A line of "my sessions". */
public record MySessionRow(Long id, LocalDate date, SessionFormat format, String purpose, Long siteId,
                           int durationMinutes, SessionStatus status, long attendees) {
}
