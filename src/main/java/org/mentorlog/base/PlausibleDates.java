package org.mentorlog.base;

import java.time.LocalDate;

/**
 * The calendar a date typed into MentorLog must fall in. Java accepts years up to ±999,999,999, but
 * PostgreSQL refuses dates beyond 5874897 AD and 4713 BC, and date arithmetic near the ends
 * overflows: such a date is refused as a mistake instead of failing as a server error.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private PlausibleDates() {
    }

    /** The date itself (null stays null), or a domain error telling the user the years allowed. */
    public static LocalDate require(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new DomainException("error.date-out-of-range", String.valueOf(EARLIEST.getYear()),
                    String.valueOf(LATEST.getYear()));
        }
        return date;
    }

    /** The date moved into the plausible calendar, for filters where no stored date lies outside it. */
    public static LocalDate clamp(LocalDate date) {
        if (date == null) {
            return null;
        }
        return date.isBefore(EARLIEST) ? EARLIEST : date.isAfter(LATEST) ? LATEST : date;
    }
}
