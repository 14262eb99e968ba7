package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@Import(FixedClock.class)
class SummaryExportTest {

    @Autowired
    SummaryExport export;

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private RandomTeams teams;
    private UserRef analyst;

    @BeforeEach
    void threeRandomTeams() {
        teams = new RandomTeams(data, 42, 3, 4);
        analyst = data.user(Role.HQ_ANALYST, null);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_csv_holds_exactly_what_headquarters_sees_with_suppressed_cells_empty() throws Exception {
        data.signInExporting(analyst);
        SummaryQuery query = SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, Breakdown.MONTH).withTeams(teams.teamIds);

        StringWriter csv = new StringWriter();
        export.writeCsv(query, csv);

        MissionSummary screen = summaries.summarize(query, Audience.HEADQUARTERS);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSize(screen.values().size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            IndicatorValue shown = screen.values().get(i);
            assertThat(row.get("indicator")).isEqualTo(shown.code());
            assertThat(row.get("cell")).isEqualTo(shown.key());
            assertThat(Boolean.parseBoolean(row.get("suppressed"))).isEqualTo(shown.suppressed());
            assertThat(row.get("value")).isEqualTo(shown.value() == null ? "" : String.valueOf(shown.value()));
            if (shown.suppressed()) {
                assertThat(row.get("numerator") + row.get("denominator") + row.get("value")).isEmpty();
            }
        }
        assertThat(screen.values()).anyMatch(IndicatorValue::suppressed);
    }

    @Test
    void no_trainee_name_or_code_leaves_in_an_export() {
        data.signInExporting(analyst);
        StringWriter csv = new StringWriter();

        export.writeCsv(SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, Breakdown.TEAM).withTeams(teams.teamIds), csv);

        List<String> codes = jdbc.sql("select code from trainee").query(String.class).list();
        assertThat(codes).isNotEmpty().noneMatch(code -> csv.toString().contains(code));
    }

    @Test
    void an_analyst_without_the_export_permission_cannot_export_in_any_format() {
        data.signIn(analyst);

        for (ThrowingCallable export : everyFormat(SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, Breakdown.NONE))) {
            assertThatThrownBy(export).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_team_leader_cannot_export_headquarters_figures_in_any_format() {
        data.signInExporting(data.user(Role.TEAM_LEADER, data.team()));

        for (ThrowingCallable export : everyFormat(SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, Breakdown.NONE))) {
            assertThatThrownBy(export).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<ThrowingCallable> everyFormat(SummaryQuery query) {
        return List.of(() -> export.writeCsv(query, new StringWriter()),
                () -> export.writeXlsx(query, Locale.ENGLISH, new ByteArrayOutputStream()),
                () -> export.writePdf(query, Locale.ENGLISH, new ByteArrayOutputStream()));
    }
}
