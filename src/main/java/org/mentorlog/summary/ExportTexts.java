package org.mentorlog.summary;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The words of an export in the user's language, from the same translation bundles as the screen,
 * and its figures formatted as the screen formats them.
 */
final class ExportTexts {

    private final I18NProvider i18n;
    private final Locale locale;
    private final IndicatorFormat format;
    private final Map<String, String> dimensionLabels;

    /** {@code dimensionLabels}: the names of MOWIP areas and competencies in the user's language, by code. */
    ExportTexts(I18NProvider i18n, Locale locale, Map<String, String> dimensionLabels) {
        this.i18n = i18n;
        this.locale = locale;
        this.dimensionLabels = dimensionLabels;
        this.format = new IndicatorFormat(locale, text("summary.suppressed"));
    }

    String text(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    /** What a suppressed cell shows instead of a number. */
    String suppressed() {
        return text("summary.suppressed");
    }

    String format(IndicatorValue value) {
        return format.format(value);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** An indicator's name, with its dimension (MOWIP area, competency) where it has one. */
    String name(MissionSummary.Row row) {
        return text(row.indicator().labelKey()) + (row.dimension() == null ? "" : " · " + dimension(row.dimension()));
    }

    /** A MOWIP area's or competency's name, or its code where it has none. */
    String dimension(String code) {
        return code == null ? null : dimensionLabels.getOrDefault(code, code);
    }

    /** The heading of a table column: a breakdown cell's label ("mars 2026"), or "Total". */
    String column(MissionSummary summary, String key) {
        return PeriodLabel.of(summary, key, text("summary.total"), locale);
    }

    /** "By month", "By team", ...: the name of a breakdown's sheet or section. */
    String by(Breakdown breakdown) {
        return text("summary.export.by." + breakdown.name());
    }
}
