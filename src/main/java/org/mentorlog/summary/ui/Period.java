package org.mentorlog.summary.ui;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.mentorlog.summary.SummaryQuery;

/** The periods headquarters asks for most, as a start and end relative to today; or a custom range. */
enum Period {
    LAST_12_MONTHS, THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, CUSTOM;

    /** The first and last day of the period, both inclusive; null for {@link #CUSTOM}. */
    LocalDate[] range(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate year = today.withDayOfYear(1);
        return switch (this) {
            case LAST_12_MONTHS -> new LocalDate[] {SummaryQuery.twelveMonthsBefore(today), today};
            case THIS_MONTH -> new LocalDate[] {month, today};
            case LAST_MONTH -> new LocalDate[] {month.minusMonths(1), month.minusDays(1)};
            case THIS_QUARTER -> new LocalDate[] {quarter, today};
            case LAST_QUARTER -> new LocalDate[] {quarter.minusMonths(3), quarter.minusDays(1)};
            case THIS_YEAR -> new LocalDate[] {year, today};
            case LAST_YEAR -> new LocalDate[] {year.minusYears(1), year.minusDays(1)};
            case CUSTOM -> null;
        };
    }
}
