package org.mentorlog.summary.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.ItemMultiSelect;
import org.mentorlog.base.ui.ItemSelect;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.base.ui.Markup;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.Indicator;
import org.mentorlog.summary.IndicatorFormat;
import org.mentorlog.summary.IndicatorValue;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.PeriodLabel;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.trainee.Agency;

/**
 * Filters, headline figures with their definitions one tap away, the charts (each with a table) and
 * the full table of a summary. Whoever embeds it decides the audience (and so the protection) through {@code load}.
 */
@Uses(ProgressBar.class)
class SummaryPanel extends Div {

    final ItemSelect<Period> period;
    /**
     * The first and last day of a custom range, made when "Custom range" is chosen and dropped when a named
     * period is: two date pickers held 17 KB of every open dashboard (issue 10: heap per open UI).
     */
    DatePicker from;
    DatePicker to;
    final ItemSelect<Breakdown> groupBy;
    /** Only where there are teams to choose from: a team leader's summary has none (issue 10: heap per open UI). */
    final ItemMultiSelect<TeamInfo> teams;
    final ItemMultiSelect<SiteInfo> sites;
    final ItemMultiSelect<Agency> agencies;
    private final FlexLayout filters = new FlexLayout();
    private final LocalDate today;
    /** The period's first and last day, as chosen or as the named period gives them. */
    private LocalDate start;
    private LocalDate end;
    private final Div results = new Div();
    private final Span problem = new Span();
    private final Function<SummaryQuery, MissionSummary> load;
    private final IndicatorFormat format;
    /**
     * The names of MOWIP areas and competencies, read with each summary rather than kept: a map of some
     * thirty names held several KB of every open dashboard (issue 10: heap per open UI).
     */
    private final Supplier<Map<String, String>> dimensionLabels;
    private final SummaryCharts charts;
    /** The progress line, written as markup when a summary starts (one node instead of three). */
    private final Div busy = new Div();
    private final SummaryWork work;
    /** The query of the summary on screen; the summary itself is not kept (issue 10: heap per open UI). */
    private SummaryQuery shown;
    /** Counts the summaries asked for, so that a slow one that a newer one overtook is not shown. */
    private int asked;

    /**
     * @param womenTarget     the mission's target for women's share, as a fraction, or null if it has none
     * @param dimensionLabels reads the user-language names of MOWIP areas and competencies, by code
     */
    SummaryPanel(List<TeamInfo> teamChoices, List<SiteInfo> siteChoices, LocalDate today, Double womenTarget,
                 Supplier<Map<String, String>> dimensionLabels, SummaryWork work,
                 Function<SummaryQuery, MissionSummary> load) {
        this.load = load;
        this.work = work;
        this.format = new IndicatorFormat(getLocale(), getTranslation("summary.suppressed"));
        this.dimensionLabels = dimensionLabels;
        this.charts = new SummaryCharts(this, format, womenTarget);
        addClassName("summary-panel");
        this.today = today;
        period = new ItemSelect<>(getTranslation("summary.period"));
        period.setItems(List.of(Period.values()), value -> getTranslation("summary.period." + value.name()));
        period.setValue(Period.LAST_12_MONTHS);
        named(Period.LAST_12_MONTHS);
        groupBy = new ItemSelect<>(getTranslation("summary.group-by"));
        groupBy.setItems(List.of(Breakdown.values()), value -> getTranslation("summary.breakdown." + value.name()));
        groupBy.setValue(Breakdown.MONTH);
        teams = teamChoices.size() > 1 ? new ItemMultiSelect<>(getTranslation("summary.teams")) : null;
        sites = new ItemMultiSelect<>(getTranslation("summary.sites"));
        sites.setItems(siteChoices, SiteInfo::name);
        agencies = new ItemMultiSelect<>(getTranslation("summary.agencies"));
        agencies.setItems(List.of(Agency.values()), agency -> getTranslation("trainee.agency." + agency.name()));
        period.addValueChangeListener(event -> choose(event.getValue()));
        groupBy.addValueChangeListener(event -> refresh());
        sites.addValueChangeListener(event -> refresh());
        agencies.addValueChangeListener(event -> refresh());
        filters.add(period, groupBy);
        if (teams != null) {
            teams.setItems(teamChoices, TeamInfo::label);
            teams.addValueChangeListener(event -> refresh());
            filters.add(teams);
        }
        filters.add(sites, agencies);
        filters.addClassName("toolbar");
        problem.addClassName("problem");
        busy.addClassName("summary-busy");
        busy.getElement().setAttribute("aria-live", "polite");
        busy.setVisible(false);
        results.addClassName("summary-results");
        add(filters, problem, busy, results);
        refresh();
    }

    /**
     * A named period sets both ends at once and names them under the select; a custom range shows two date
     * pickers holding the range shown so far.
     */
    private void choose(Period chosen) {
        if (chosen == null) {
            return;
        }
        if (chosen == Period.CUSTOM) {
            from = datePicker("session.filter.from", start);
            to = datePicker("session.filter.to", end);
            filters.addComponentAtIndex(1, from);
            filters.addComponentAtIndex(2, to);
            period.setHelperText(null);
            return;
        }
        if (from != null) {
            filters.remove(from, to);
            from = null;
            to = null;
        }
        named(chosen);
        refresh();
    }

    private void named(Period chosen) {
        LocalDate[] range = chosen.range(today);
        start = range[0];
        end = range[1];
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        period.setHelperText(dates.format(start) + " – " + dates.format(end));
    }

    private DatePicker datePicker(String labelKey, LocalDate value) {
        DatePicker picker = new LocalizedDatePicker(getTranslation(labelKey), value);
        picker.addValueChangeListener(event -> {
            start = from.getValue();
            end = to.getValue();
            refresh();
        });
        return picker;
    }

    /** The query the filters describe; throws a domain error when the period is not valid. */
    SummaryQuery query() {
        return new SummaryQuery(start, end,
                teams == null ? Set.of() : teams.getValue().stream().map(TeamInfo::id).collect(Collectors.toSet()),
                sites.getValue().stream().map(SiteInfo::id).collect(Collectors.toSet()),
                agencies.getValue(), groupBy.getValue(), null);
    }

    SummaryQuery shown() {
        return shown;
    }

    private void refresh() {
        SummaryQuery query;
        try {
            query = query();
        } catch (DomainException bad) {
            problem.setText(getTranslation(bad.messageKey(), bad.arguments()));
            return;
        }
        int mine = ++asked;
        work.run(UI.getCurrent(), () -> new Loaded(load.apply(query), dimensionLabels.get()), new SummaryWork.Progress() {
            @Override
            public void started() {
                new Markup().open("vaadin-progress-bar", null, "indeterminate", "").close("vaadin-progress-bar")
                        .element("span", null, getTranslation("summary.computing")).fill(busy);
                busy.setVisible(true);
            }

            @Override
            public void ended() {
                busy.setVisible(mine != asked);
            }
        }, loaded -> {
            if (mine == asked) {
                shown = loaded.summary().query();
                problem.setText("");
                show(loaded.summary(), loaded.dimensionLabels());
            }
        }, failure -> {
            if (mine != asked) {
                return;
            }
            if (!(failure instanceof DomainException bad)) {
                throw failure;
            }
            problem.setText(getTranslation(bad.messageKey(), bad.arguments()));
        });
    }

    /**
     * The headline figures, the charts and the full table, as one element of markup: a component for each
     * held about a kilobyte of every open dashboard (issue 10: heap per open UI).
     */
    private void show(MissionSummary summary, Map<String, String> dimensionLabels) {
        Markup shown = new Markup().open("div", "headline");
        Indicator.HEADLINE.forEach(indicator -> figure(shown, indicator, summary.total(indicator).orElse(null)));
        shown.close("div");
        if (summary.threshold() != null) {
            shown.element("p", null, getTranslation("summary.suppression-note", summary.threshold()));
        }
        shown.open("div", "charts");
        charts.write(shown, summary, dimensionLabels);
        shown.close("div").element("h2", null, getTranslation("summary.table"));
        table(shown, summary, dimensionLabels).fill(results);
    }

    /** A headline figure with its definition a tap away, in the browser's own details element (no state per card). */
    private void figure(Markup headline, Indicator indicator, IndicatorValue value) {
        headline.open("details", "figure-card").open("summary", null).open("span", "figure")
                .element("span", null, format.format(value)).element("span", null, getTranslation(indicator.labelKey()))
                .close("span").close("summary").element("p", null, getTranslation(indicator.definitionKey()))
                .close("details");
    }

    /**
     * One row per indicator (and dimension), one column per breakdown cell and the total, the indicators'
     * column kept in view while the rest scrolls sideways. A plain table: a grid showing all its rows
     * took most of a second to draw on the dashboard (issue 10), a table takes milliseconds and holds
     * one string on the server. Every text is escaped by {@link Markup}.
     */
    private Markup table(Markup table, MissionSummary summary, Map<String, String> dimensionLabels) {
        // A region a keyboard can scroll, named like the heading above it.
        table.open("div", "summary-table", "tabindex", "0", "role", "region", "aria-label", getTranslation("summary.table"))
                .open("table", null).open("thead", null).open("tr", null)
                .open("th", null, "scope", "col").text(getTranslation("summary.indicator")).close("th");
        for (String key : summary.columns()) {
            table.open("th", null, "scope", "col")
                    .text(PeriodLabel.of(summary, key, getTranslation("summary.total"), getLocale())).close("th");
        }
        table.close("tr").close("thead").open("tbody", null);
        for (MissionSummary.Row row : summary.rows()) {
            table.open("tr", null).open("th", null, "scope", "row").text(getTranslation(row.indicator().labelKey())
                    + (row.dimension() == null ? "" : " · " + dimensionLabels.getOrDefault(row.dimension(), row.dimension())))
                    .close("th");
            for (String key : summary.columns()) {
                table.cell(format.format(row.cells().get(key)));
            }
            table.close("tr");
        }
        return table.close("tbody").close("table").close("div");
    }

    /** A summary with the names of its dimensions, both read as the user who asked for them. */
    private record Loaded(MissionSummary summary, Map<String, String> dimensionLabels) {
    }
}
