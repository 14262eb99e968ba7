package org.mentorlog.summary;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Shows an indicator value for the user's locale: counts, hours, percentages, indices. A suppressed
 * value is shown as the given marker, never as a number. The screen and the exports share it, so a
 * figure reads the same everywhere.
 */
public final class IndicatorFormat {

    private final Locale locale;
    private final String suppressed;

    public IndicatorFormat(Locale locale, String suppressed) {
        this.locale = locale;
        this.suppressed = suppressed;
    }

    public String format(IndicatorValue value) {
        if (value == null) {
            return "";
        }
        if (value.suppressed()) {
            return suppressed;
        }
        if (value.value() == null) {
            return "–";
        }
        Indicator indicator = Indicator.ofCode(value.code());
        return switch (indicator.kind()) {
            case COUNT, MEDIAN -> number(0).format(value.value());
            case SHARE, WEIGHTED_SHARE -> indicator == Indicator.LEAD_ROLE_PARITY_INDEX
                    ? number(2).format(value.value()) : percent().format(value.value());
            case SUM, RATE -> number(1).format(value.value());
            case MEAN -> (value.value() > 0 ? "+" : "") + number(2).format(value.value());
        };
    }

    /** A fraction as a percentage, e.g. 0.3 as "30 %" in French. */
    public String percent(double fraction) {
        return percent().format(fraction);
    }

    private NumberFormat number(int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals == 2 ? 2 : 0);
        return format;
    }

    private NumberFormat percent() {
        return NumberFormat.getPercentInstance(locale);
    }
}
