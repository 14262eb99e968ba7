package org.mentorlog.summary.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
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
class SummaryPanel extends Div {

    final Select<Period> period = new Select<>();
    final DatePicker from = new LocalizedDatePicker();
    final DatePicker to = new LocalizedDatePicker();
    final Select<Breakdown> groupBy = new Select<>();
    final MultiSelectComboBox<TeamInfo> teams = new MultiSelectComboBox<>();
    final MultiSelectComboBox<SiteInfo> sites = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Agency> agencies = new MultiSelectComboBox<>();
    private final Div results = new Div();
    private final Span problem = new Span();
    private final Function<SummaryQuery, MissionSummary> load;
    private final IndicatorFormat format;
    private final Map<String, String> dimensionLabels;
    private final SummaryCharts charts;
    private final Div busy = new Div(progressBar(), new Span());
    private final SummaryWork work;
    /** The query of the summary on screen; the summary itself is not kept (issue 10: heap per open UI). */
    private SummaryQuery shown;
    private boolean choosingPeriod;
    /** Counts the summaries asked for, so that a slow one that a newer one overtook is not shown. */
    private int asked;

    /**
     * @param womenTarget     the mission's target for women's share, as a fraction, or null if it has none
     * @param dimensionLabels the user-language names of MOWIP areas and competencies, by code
     */
    SummaryPanel(List<TeamInfo> teamChoices, List<SiteInfo> siteChoices, LocalDate today, Double womenTarget,
                 Map<String, String> dimensionLabels, SummaryWork work, Function<SummaryQuery, MissionSummary> load) {
        this.load = load;
        this.work = work;
        this.format = new IndicatorFormat(getLocale(), getTranslation("summary.suppressed"));
        this.dimensionLabels = dimensionLabels;
        this.charts = new SummaryCharts(this, format, womenTarget, dimensionLabels);
        addClassName("summary-panel");
        period.setLabel(getTranslation("summary.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(value -> getTranslation("summary.period." + value.name()));
        from.setLabel(getTranslation("session.filter.from"));
        to.setLabel(getTranslation("session.filter.to"));
        choose(Period.LAST_12_MONTHS, today);
        groupBy.setLabel(getTranslation("summary.group-by"));
        groupBy.setItems(Breakdown.values());
        groupBy.setItemLabelGenerator(value -> getTranslation("summary.breakdown." + value.name()));
        groupBy.setValue(Breakdown.MONTH);
        teams.setLabel(getTranslation("summary.teams"));
        teams.setItems(teamChoices);
        teams.setItemLabelGenerator(TeamInfo::label);
        teams.setVisible(teamChoices.size() > 1);
        sites.setLabel(getTranslation("summary.sites"));
        sites.setItems(siteChoices);
        sites.setItemLabelGenerator(SiteInfo::name);
        agencies.setLabel(getTranslation("summary.agencies"));
        agencies.setItems(Agency.values());
        agencies.setItemLabelGenerator(agency -> getTranslation("trainee.agency." + agency.name()));
        period.addValueChangeListener(event -> choose(event.getValue(), today));
        List.of(from, to).forEach(field -> field.addValueChangeListener(event -> {
            if (!choosingPeriod) {
                period.setValue(Period.CUSTOM);
                refresh();
            }
        }));
        groupBy.addValueChangeListener(event -> refresh());
        teams.addValueChangeListener(event -> refresh());
        sites.addValueChangeListener(event -> refresh());
        agencies.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(period, from, to, groupBy, teams, sites, agencies);
        filters.addClassName("toolbar");
        problem.addClassName("problem");
        busy.addClassName("summary-busy");
        busy.getElement().setAttribute("aria-live", "polite");
        busy.setVisible(false);
        add(filters, problem, busy, results);
        refresh();
    }

    /** Sets both ends of a named period at once, then shows it once; a custom range keeps the dates. */
    private void choose(Period chosen, LocalDate today) {
        LocalDate[] range = chosen == null ? null : chosen.range(today);
        if (range == null) {
            return;
        }
        choosingPeriod = true;
        try {
            period.setValue(chosen);
            from.setValue(range[0]);
            to.setValue(range[1]);
        } finally {
            choosingPeriod = false;
        }
        if (results.getParent().isPresent()) {
            refresh();
        }
    }

    /** The query the filters describe; throws a domain error when the period is not valid. */
    SummaryQuery query() {
        return new SummaryQuery(from.getValue(), to.getValue(),
                teams.getValue().stream().map(TeamInfo::id).collect(Collectors.toSet()),
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
        work.run(UI.getCurrent(), () -> load.apply(query), new SummaryWork.Progress() {
            @Override
            public void started() {
                busy.getComponentAt(1).getElement().setText(getTranslation("summary.computing"));
                busy.setVisible(true);
            }

            @Override
            public void ended() {
                busy.setVisible(mine != asked);
            }
        }, summary -> {
            if (mine == asked) {
                shown = summary.query();
                problem.setText("");
                show(summary);
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

    private static ProgressBar progressBar() {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        return bar;
    }

    private void show(MissionSummary summary) {
        results.removeAll();
        Markup headline = new Markup();
        Indicator.HEADLINE.forEach(indicator -> figure(headline, indicator, summary.total(indicator).orElse(null)));
        results.add(headline.component("headline"));
        if (summary.threshold() != null) {
            results.add(new Paragraph(getTranslation("summary.suppression-note", summary.threshold())));
        }
        Div chartGrid = new Div();
        chartGrid.addClassName("charts");
        charts.of(summary).forEach(chartGrid::add);
        results.add(chartGrid);
        results.add(new H2(getTranslation("summary.table")), table(summary));
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
    private Div table(MissionSummary summary) {
        Markup table = new Markup().open("table", null).open("thead", null).open("tr", null)
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
        Div wrapper = table.close("tbody").close("table").component("summary-table");
        // A region a keyboard can scroll sideways, named like the heading above it.
        wrapper.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", getTranslation("summary.table"));
        return wrapper;
    }
}
