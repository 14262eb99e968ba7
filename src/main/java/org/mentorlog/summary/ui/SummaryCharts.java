package org.mentorlog.summary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mentorlog.base.ui.Markup;
import org.mentorlog.summary.Indicator;
import org.mentorlog.summary.IndicatorFormat;
import org.mentorlog.summary.IndicatorValue;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.PeriodLabel;

/**
 * The dashboard's charts of one summary, each with the same numbers as a table one tap away: over
 * the breakdown (sessions, hours, participation by sex, women's share against the mission's target,
 * lead-role parity, observations, follow-ups) and over the MOWIP areas and competencies.
 */
final class SummaryCharts {

    private final Component owner;
    private final IndicatorFormat format;
    private final Double womenTarget;

    /** One series as drawn (null where nothing may be drawn) and as written in the table. */
    private record Line(String name, List<Double> values, List<String> texts) {
    }

    /** @param womenTarget the mission's target for women's share, as a fraction, or null if it has none */
    SummaryCharts(Component owner, IndicatorFormat format, Double womenTarget) {
        this.owner = owner;
        this.format = format;
        this.womenTarget = womenTarget;
    }

    /**
     * Writes the charts of the summary, each a {@code div.chart}; {@code dimensionLabels} are the
     * user-language names of MOWIP areas and competencies, by code.
     */
    void write(Markup markup, MissionSummary summary, Map<String, String> dimensionLabels) {
        List<String> keys = summary.keys().isEmpty() ? List.of(MissionSummary.TOTAL) : summary.keys();
        List<String> cells = keys.stream()
                .map(key -> PeriodLabel.of(summary, key, t("summary.total"), locale())).toList();
        String over = t("summary.breakdown." + summary.query().groupBy().name());
        Function<Indicator, List<IndicatorValue>> perKey = indicator -> keys.stream()
                .map(key -> summary.value(indicator, key).orElse(null)).toList();
        BarChart.Reference target = womenTarget == null ? null
                : new BarChart.Reference(womenTarget, t("summary.target", format.percent(womenTarget)));
        List<String> areas = dimensions(summary, Indicator.MOWIP_BARRIERS_PER_100_SESSIONS);
        List<String> competencies = dimensions(summary, Indicator.COMPETENCY_CHANGE_ALL);
        chart(markup, "summary.chart.sessions", over, cells, null, false,
                line(Indicator.SESSIONS.labelKey(), perKey.apply(Indicator.SESSIONS)));
        chart(markup, "summary.chart.hours", over, cells, null, false,
                line(Indicator.HOURS.labelKey(), perKey.apply(Indicator.HOURS)));
        chart(markup, "summary.chart.participation", over, cells, null, false,
                line("summary.series.women", perKey.apply(Indicator.PERSON_SESSIONS_WOMEN)),
                line("summary.series.men", perKey.apply(Indicator.PERSON_SESSIONS_MEN)),
                line("summary.series.not-recorded", perKey.apply(Indicator.PERSON_SESSIONS_NOT_RECORDED)));
        chart(markup, "summary.chart.women-share", over, cells, target, true,
                line(Indicator.WOMEN_SHARE_PERSON_SESSIONS.labelKey(),
                        perKey.apply(Indicator.WOMEN_SHARE_PERSON_SESSIONS)));
        chart(markup, "summary.chart.parity", over, cells, new BarChart.Reference(1, t("summary.parity")), false,
                line(Indicator.LEAD_ROLE_PARITY_INDEX.labelKey(), perKey.apply(Indicator.LEAD_ROLE_PARITY_INDEX)));
        observations(markup, over, cells, perKey.apply(Indicator.TRANSFORMATIVE_OBSERVATIONS_SHARE));
        chart(markup, "summary.chart.follow-ups", over, cells, null, false,
                line("summary.series.opened", perKey.apply(Indicator.FOLLOW_UPS_OPENED)),
                line("summary.series.done", perKey.apply(Indicator.FOLLOW_UPS_CLOSED)),
                line("summary.series.cancelled", perKey.apply(Indicator.FOLLOW_UPS_CANCELLED)));
        chart(markup, "summary.chart.mowip", t("summary.chart.area"), labels(areas, dimensionLabels), null, false,
                line("summary.series.barriers", totals(summary, Indicator.MOWIP_BARRIERS_PER_100_SESSIONS, areas)),
                line("summary.series.opportunities",
                        totals(summary, Indicator.MOWIP_OPPORTUNITIES_PER_100_SESSIONS, areas)));
        chart(markup, "summary.chart.competency", t("summary.chart.competency-name"), labels(competencies, dimensionLabels), null, false,
                line("summary.series.women", totals(summary, Indicator.COMPETENCY_CHANGE_WOMEN, competencies)),
                line("summary.series.men", totals(summary, Indicator.COMPETENCY_CHANGE_MEN, competencies)));
    }

    /** Traditional and transformative observations counted from the share's numerator and denominator. */
    private void observations(Markup markup, String over, List<String> cells, List<IndicatorValue> shares) {
        List<Double> transformative = new ArrayList<>();
        List<Double> traditional = new ArrayList<>();
        for (IndicatorValue share : shares) {
            boolean shown = share != null && !share.suppressed() && share.numerator() != null
                    && share.denominator() != null;
            transformative.add(shown ? share.numerator().doubleValue() : null);
            traditional.add(shown ? (double) (share.denominator() - share.numerator()) : null);
        }
        chart(markup, "summary.chart.observations", over, cells, null, false,
                new Line(t("summary.series.traditional"), traditional, texts(traditional, shares)),
                new Line(t("summary.series.transformative"), transformative, texts(transformative, shares)));
    }

    private List<String> texts(List<Double> counts, List<IndicatorValue> shares) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            IndicatorValue share = shares.get(i);
            texts.add(share != null && share.suppressed() ? t("summary.suppressed")
                    : counts.get(i) == null ? "–" : String.valueOf(counts.get(i).longValue()));
        }
        return texts;
    }

    private Line line(String nameKey, List<IndicatorValue> values) {
        return new Line(t(nameKey),
                values.stream().map(v -> v == null || v.suppressed() ? null : v.value()).toList(),
                values.stream().map(v -> v == null ? "–" : format.format(v)).toList());
    }

    /**
     * The chart and, behind the browser's own details element, its numbers as a table, every text escaped by
     * {@link Markup}: opening the table needs no round trip.
     */
    private void chart(Markup markup, String titleKey, String categoryHeader, List<String> categories,
                       BarChart.Reference reference, boolean percent, Line... lines) {
        String title = t(titleKey);
        List<BarChart.Series> series = Arrays.stream(lines)
                .map(line -> new BarChart.Series(line.name(), line.values())).toList();
        markup.open("div", "chart").open("div", "chart-figure").element("h2", null, title).open("div", "svg-figure")
                .raw(BarChart.svg(title, categories, series, reference, percent)).close("div").close("div")
                .open("details", "chart-table").element("summary", null, t("summary.chart.as-table"))
                .open("table", null).open("thead", null).open("tr", null)
                .open("th", null, "scope", "col").text(categoryHeader).close("th");
        for (Line line : lines) {
            markup.open("th", null, "scope", "col").text(line.name()).close("th");
        }
        markup.close("tr").close("thead").open("tbody", null);
        for (int c = 0; c < categories.size(); c++) {
            markup.open("tr", null).open("th", null, "scope", "row").text(categories.get(c)).close("th");
            for (Line line : lines) {
                markup.cell(line.texts().get(c));
            }
            markup.close("tr");
        }
        markup.close("tbody").close("table").close("details").close("div");
    }

    private static List<String> dimensions(MissionSummary summary, Indicator indicator) {
        return summary.values().stream()
                .filter(v -> v.code().equals(indicator.code()) && MissionSummary.TOTAL.equals(v.key())
                        && v.dimension() != null)
                .map(IndicatorValue::dimension).distinct().toList();
    }

    private static List<IndicatorValue> totals(MissionSummary summary, Indicator indicator, List<String> dimensions) {
        return dimensions.stream().map(d -> summary.value(indicator, d, MissionSummary.TOTAL).orElse(null)).toList();
    }

    private static List<String> labels(List<String> codes, Map<String, String> dimensionLabels) {
        return codes.stream().map(code -> dimensionLabels.getOrDefault(code, code)).toList();
    }

    private Locale locale() {
        return owner.getUI().orElseGet(UI::getCurrent).getLocale();
    }

    private String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
