package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceService;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@Import(FixedClock.class)
class SummaryReportTest {

    private static final String MARKER = "suppressed";
    private static final IndicatorFormat FORMAT = new IndicatorFormat(Locale.ENGLISH, MARKER);

    @Autowired
    SummaryExport export;

    @Autowired
    SummaryService summaries;

    @Autowired
    ReferenceService references;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    I18NProvider i18n;

    private ExportFixture fixture;
    private UserRef analyst;

    @BeforeEach
    void randomTeamsAndANamedTrainee() {
        fixture = new ExportFixture(data);
        analyst = data.user(Role.HQ_ANALYST, null);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void every_headline_figure_is_in_the_report_and_suppressed_ones_only_as_the_marker() throws IOException {
        data.signInExporting(analyst);
        SummaryQuery query = fixture.query(Breakdown.MONTH);

        String report = squash(text(pdf(query, Locale.ENGLISH)));

        MissionSummary screen = summaries.summarize(query, Audience.HEADQUARTERS);
        for (Indicator indicator : Indicator.HEADLINE) {
            IndicatorValue total = screen.total(indicator).orElseThrow();
            String shown = total.suppressed() ? MARKER : FORMAT.format(total);
            assertThat(report).as("headline %s", indicator).contains(squash(name(indicator) + shown));
        }
        assertThat(Indicator.HEADLINE).anyMatch(i -> screen.total(i).orElseThrow().suppressed());
    }

    @Test
    void the_tables_show_the_summary_by_month_and_by_team_cell_by_cell() throws IOException {
        data.signInExporting(analyst);
        SummaryQuery query = fixture.query(Breakdown.MONTH);

        String report = squash(text(pdf(query, Locale.ENGLISH)));

        Map<String, String> dimensions = references.labels(Locale.ENGLISH, ReferenceKind.MOWIP_AREA, ReferenceKind.TOPIC);
        MissionSummary byMonth = summaries.summarize(query, Audience.HEADQUARTERS);
        MissionSummary byTeam = summaries.summarize(query.groupedBy(Breakdown.TEAM), Audience.HEADQUARTERS);
        for (MissionSummary summary : List.of(byMonth, byTeam)) {
            MissionSummary other = summary == byMonth ? byTeam : byMonth;
            for (MissionSummary.Row row : summary.rows()) {
                StringBuilder line = new StringBuilder(name(row.indicator()));
                line.append(row.dimension() == null ? "" : " · " + dimensions.getOrDefault(row.dimension(), "?"));
                // The report's by-team table has at most 12 columns per slice; the fixture has 4 teams.
                for (String key : summary.columns()) {
                    line.append(shown(row.cells().get(key), other));
                }
                assertThat(report).as("row %s", line).contains(squash(line.toString()));
            }
        }
    }

    @Test
    void the_report_states_period_filters_sections_definitions_and_suppression_rules() throws IOException {
        data.signInExporting(analyst);

        String report = text(pdf(fixture.query(Breakdown.MONTH), Locale.ENGLISH));

        assertThat(report).contains("Mission summary – January 1, 2026 – June 30, 2026", "Sites: all",
                "Agencies: all", "Sessions · By month", "Person-sessions by sex · By month", "By month", "By team",
                "Definitions", "Counts below 5, and percentages of fewer than 10, are suppressed, together with"
                        + " any other cell that would let them be recovered.",
                "Suppressed cells show “suppressed” and carry no number.");
        String squashed = squash(report);
        for (Indicator indicator : Indicator.values()) {
            assertThat(squashed).contains(squash(indicator.code()));
        }
        assertThat(squashed).contains(squash("Sessions submitted or reviewed, dated in the period."));
    }

    @Test
    void a_french_report_keeps_its_accents() throws IOException {
        data.signInExporting(analyst);

        String report = text(pdf(fixture.query(Breakdown.MONTH), Locale.FRENCH));

        assertThat(report).contains("Synthèse de la mission – 1 janvier 2026 – 30 juin 2026", "Séances · Par mois",
                "Par équipe", "Définitions", "masqué", "Les cellules masquées affichent « masqué »");
    }

    @Test
    void a_norwegian_report_keeps_its_letters() throws IOException {
        data.signInExporting(analyst);

        String report = text(pdf(fixture.query(Breakdown.MONTH), Locale.forLanguageTag("nb")));

        assertThat(report).contains("Misjonssammendrag", "Per måned", "Deltakelser etter kjønn", "skjult");
    }

    @Test
    void no_trainee_name_or_code_is_in_the_report() throws IOException {
        data.signInExporting(analyst);

        String report = text(pdf(fixture.query(Breakdown.TEAM), Locale.ENGLISH));

        assertThat(report).contains("By team");
        assertThat(ExportFixture.forbidden(jdbc)).isNotEmpty().noneMatch(report::contains);
    }


    /** A cell as the report shows it; a total hidden in the other split is hidden in both. */
    private static String shown(IndicatorValue value, MissionSummary other) {
        if (value == null) {
            return "";
        }
        boolean hiddenElsewhere = MissionSummary.TOTAL.equals(value.key()) && other.values().stream()
                .anyMatch(v -> v.suppressed() && v.key().equals(value.key()) && v.code().equals(value.code())
                        && Objects.equals(v.dimension(), value.dimension()));
        return hiddenElsewhere ? MARKER : FORMAT.format(value);
    }

    private String name(Indicator indicator) {
        return i18n.getTranslation(indicator.labelKey(), Locale.ENGLISH);
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    private byte[] pdf(SummaryQuery query, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writePdf(query, locale, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
