package org.mentorlog.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ui.ItemSelects;
import org.mentorlog.base.ui.PageText;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class HeadquartersSummaryViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private UserRef analyst;

    @BeforeEach
    void aTeamWithATrainee() {
        TeamRef team = data.team();
        data.trainee(team, "Awa Traoré", "WOMAN");
        analyst = data.user(Role.HQ_ANALYST, null);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void headquarters_sees_headline_figures_with_their_definitions_one_tap_away() {
        data.signIn(analyst);

        navigate(HeadquartersSummaryView.class);

        Document shown = PageText.markup(find(Div.class).withClassName("summary-results").single());
        org.jsoup.nodes.Element sessions = shown.selectFirst(".headline details.figure-card");
        assertThat(sessions.selectFirst("summary").text()).contains("Sessions");
        assertThat(sessions.selectFirst("p").text()).startsWith("Sessions submitted or reviewed");
        org.jsoup.nodes.Element table = shown.selectFirst("div.summary-table[role=region][tabindex=0]");
        assertThat(table.attr("aria-label")).isEqualTo("All indicators");
        List<String> columns = table.select("thead th").eachText();
        assertThat(columns).hasSize(14).startsWith("Indicator").endsWith("Total");
        assertThat(table.select("tbody th").eachText()).contains("Sessions");
        assertThat(table.select("tbody tr").first().select("td").eachText()).hasSize(13)
                .allMatch(count -> count.matches("[0-9,]+|suppressed"), "a count or suppressed");
        assertThat(find(Anchor.class).withText("Download CSV").exists()).as("no export permission").isFalse();
    }

    @Test
    void the_export_link_needs_the_export_permission() {
        data.signInExporting(analyst);

        navigate(HeadquartersSummaryView.class);

        assertThat(find(Anchor.class).withText("Download CSV").exists()).isTrue();
    }

    @Test
    void an_exporting_analyst_gets_xlsx_and_pdf_links_next_to_the_csv_one() {
        data.signInExporting(analyst);

        navigate(HeadquartersSummaryView.class);

        assertThat(find(Anchor.class).withClassName("export-link").all()).extracting(Anchor::getText)
                .containsExactly("Download CSV", "Download XLSX", "Download PDF report");
        assertThat(find(Anchor.class).withText("Download PDF report").single().getHref()).isNotBlank();
    }

    @Test
    void an_analyst_without_the_export_permission_gets_no_xlsx_or_pdf_link() {
        data.signIn(analyst);

        navigate(HeadquartersSummaryView.class);

        assertThat(find(Anchor.class).withText("Download XLSX").exists()).isFalse();
        assertThat(find(Anchor.class).withText("Download PDF report").exists()).isFalse();
        assertThat(find(Anchor.class).withClassName("export-link").exists()).isFalse();
    }

    @Test
    void a_reversed_period_is_explained_and_nothing_breaks() {
        data.signIn(analyst);
        navigate(HeadquartersSummaryView.class);
        SummaryPanel panel = find(SummaryPanel.class).single();
        ItemSelects.choose(panel.period, "Custom range");

        test(panel.from).setValue(panel.to.getValue().plusDays(1));

        assertThat(find(Span.class).withClassName("problem").single().getText())
                .isEqualTo("The start of the period must not be after its end.");
        assertThat(panel.from.getValue()).isAfter(panel.to.getValue());
    }

    @Test
    void every_chart_has_a_table_alternative_and_the_share_chart_shows_the_mission_target() {
        jdbc.sql("update mission set target_ipo_women_pct = 30").update();
        try {
            data.signIn(analyst);

            navigate(HeadquartersSummaryView.class);

            Elements charts = PageText.markup(find(Div.class).withClassName("summary-results").single())
                    .select("div.chart");
            assertThat(charts).extracting(chart -> chart.selectFirst("h2").text())
                    .containsExactly("Sessions", "Training hours", "Participation by sex (person-sessions)",
                            "Women's participation against the mission's target", "Lead-role parity (1 = parity)",
                            "Traditional and transformative observations", "Follow-up actions",
                            "Barriers and opportunities per 100 sessions, by MOWIP issue area",
                            "Competency progress by sex (mean change, first to latest rating)");
            assertThat(charts).allSatisfy(chart -> {
                assertThat(chart.select("svg")).hasSize(1);
                assertThat(chart.select("details.chart-table > summary").text()).isEqualTo("Show as a table");
                assertThat(chart.select("details.chart-table table")).hasSize(1);
            });
            assertThat(charts.get(0).select("details.chart-table tbody tr")).isNotEmpty();
            assertThat(charts.get(3).select("svg line.target")).hasSize(1);
            assertThat(charts.get(3).text()).contains("Mission target 30");
            assertThat(charts.get(7).text()).contains("Eligible pool");
        } finally {
            jdbc.sql("update mission set target_ipo_women_pct = null").update();
        }
    }

    @Test
    void a_named_period_shows_its_dates_and_a_custom_range_starts_from_them() {
        data.signIn(analyst);
        navigate(HeadquartersSummaryView.class);
        SummaryPanel panel = find(SummaryPanel.class).single();
        assertThat(panel.period.getValue()).isEqualTo(Period.LAST_12_MONTHS);
        assertThat(panel.from).isNull();

        ItemSelects.choose(panel.period, "Last quarter");

        LocalDate firstOfQuarter = LocalDate.now().with(IsoFields.DAY_OF_QUARTER, 1);
        assertThat(panel.shown().from()).isEqualTo(firstOfQuarter.minusMonths(3));
        assertThat(panel.shown().to()).isEqualTo(firstOfQuarter.minusDays(1));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
        assertThat(panel.period.getHelperText()).isEqualTo(dates.format(firstOfQuarter.minusMonths(3)) + " – "
                + dates.format(firstOfQuarter.minusDays(1)));
        assertThat(find(Span.class).withClassName("problem").single().getText()).isEmpty();

        ItemSelects.choose(panel.period, "Custom range");

        assertThat(panel.from.getValue()).isEqualTo(firstOfQuarter.minusMonths(3));
        assertThat(panel.to.getValue()).isEqualTo(firstOfQuarter.minusDays(1));
        test(panel.from).setValue(firstOfQuarter.minusMonths(2));
        assertThat(panel.shown().from()).isEqualTo(firstOfQuarter.minusMonths(2));

        ItemSelects.choose(panel.period, "This year");

        assertThat(panel.from).isNull();
        assertThat(find(DatePicker.class).all()).isEmpty();
        assertThat(panel.shown().from()).isEqualTo(LocalDate.now().withDayOfYear(1));
    }

    @Test
    void headquarters_narrows_the_summary_to_the_teams_it_picks_and_back() {
        TeamRef other = data.team();
        data.signIn(analyst);
        navigate(HeadquartersSummaryView.class);
        SummaryPanel panel = find(SummaryPanel.class).single();
        assertThat(panel.teams.isVisible()).isTrue();
        String label = ItemSelects.labels(panel.teams).stream().filter(name -> name.contains(other.code())).findFirst()
                .orElseThrow();

        ItemSelects.chooseAll(panel.teams, label);

        assertThat(panel.shown().teamIds()).containsExactly(other.id());
        assertThat(panel.teams.getValue()).extracting(TeamInfo::id).containsExactly(other.id());

        ItemSelects.chooseAll(panel.teams);

        assertThat(panel.shown().teamIds()).isEmpty();
        assertThat(panel.teams.getValue()).isEmpty();
    }
}
