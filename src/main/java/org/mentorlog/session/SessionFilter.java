package org.mentorlog.session;

import java.time.LocalDate;
import org.mentorlog.base.PlausibleDates;

/** Period (inclusive) and, optionally, status of "my sessions". */
public record SessionFilter(LocalDate from, LocalDate to, SessionStatus status) {

    /** No session lies outside the plausible calendar, so a filter beyond it means "no bound" there. */
    public SessionFilter {
        from = PlausibleDates.clamp(from);
        to = PlausibleDates.clamp(to);
    }
}
