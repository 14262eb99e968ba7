package org.mentorlog.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of a summary cell in the reader's language. Months and quarters are keyed by ISO codes
 * ({@code 2026-03}, {@code 2026-Q1}), which stay the keys of the CSV and the API; screens and reports
 * read "March 2026" / "mars 2026" and "Q1 2026" / "T1 2026" / "K1 2026" instead.
 */
public final class PeriodLabel {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private PeriodLabel() {
    }

    /** The cell's label ({@link MissionSummary#label}), with months and quarters named in {@code locale}. */
    public static String of(MissionSummary summary, String key, String totalLabel, Locale locale) {
        String label = summary.label(key, totalLabel);
        if (!label.equals(key)) {
            return label;
        }
        Matcher month = MONTH.matcher(key);
        if (month.matches()) {
            return LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1)
                    .format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        }
        Matcher quarter = QUARTER.matcher(key);
        if (quarter.matches()) {
            return LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1)
                    .format(DateTimeFormatter.ofPattern("QQQ yyyy", locale));
        }
        return label;
    }
}
