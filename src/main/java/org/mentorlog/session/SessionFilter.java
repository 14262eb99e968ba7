package org.mentorlog.session;

import java.time.LocalDate;

/** Period (inclusive) and, optionally, status of "my sessions". */
public record SessionFilter(LocalDate from, LocalDate to, SessionStatus status) {
}
