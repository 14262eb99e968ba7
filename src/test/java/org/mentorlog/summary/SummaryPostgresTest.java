package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary's SQL on the real PostgreSQL of this machine, in a schema of its own, against the same
 * hand-checked fixture as on H2. Skipped where PostgreSQL is not reachable, unless
 * MENTORLOG_REQUIRE_POSTGRES=true (as in CI), where it fails instead.
 */
@IntegrationTest
@OnPostgres("mentorlog_summary_test")
@Import(FixedClock.class)
class SummaryPostgresTest {

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void every_indicator_of_the_quarter_comes_out_the_same_on_postgresql() {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);
        data.signIn(data.user(Role.TEAM_LEADER, fixture.team));

        for (Breakdown groupBy : EnumSet.complementOf(EnumSet.of(Breakdown.AGENCY))) {
            MissionSummary summary = summaries.summarize(fixture.quarter(groupBy), Audience.TEAM);
            FirstQuarterFixture.assertTotals(summary);
            if (groupBy == Breakdown.MONTH) {
                assertThat(SummaryServiceTest.values(summary, Indicator.FOLLOW_UPS_MEDIAN_DAYS_OVERDUE))
                        .containsExactly(null, 54.0, 10.0, 32.0);
            }
        }
        MissionSummary byAgency = summaries.summarize(fixture.quarter(Breakdown.AGENCY), Audience.TEAM);
        assertThat(SummaryServiceTest.values(byAgency, Indicator.SESSIONS)).containsExactly(2.0, 3.0, 3.0);
        assertThat(SummaryServiceTest.values(byAgency, Indicator.PERSON_SESSIONS_WOMEN)).containsExactly(2.0, 2.0, 4.0);
    }

    @Test
    void drafts_and_returned_logs_move_no_indicator_on_postgresql_either() {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);
        data.signIn(data.user(Role.TEAM_LEADER, fixture.team));
        Map<Breakdown, MissionSummary> before = new EnumMap<>(Breakdown.class);
        for (Breakdown groupBy : Breakdown.values()) {
            before.put(groupBy, summaries.summarize(fixture.quarter(groupBy), Audience.TEAM));
        }

        fixture.logsThatDoNotCount();

        for (Breakdown groupBy : Breakdown.values()) {
            MissionSummary after = summaries.summarize(fixture.quarter(groupBy), Audience.TEAM);
            assertThat(after.values()).as(groupBy.name()).containsExactlyElementsOf(before.get(groupBy).values());
        }
        FirstQuarterFixture.assertTotals(before.get(Breakdown.NONE));
    }

    @Test
    void headquarters_gets_a_protected_summary_from_postgresql() {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);
        data.signIn(data.user(Role.HQ_ANALYST, null));

        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.AGENCY), Audience.HEADQUARTERS);

        assertThat(summary.threshold()).isEqualTo(5);
        assertThat(summary.values()).anyMatch(IndicatorValue::suppressed);
        LeakCheck.assertNoLoneHiddenCell(summary.values());
    }

    @Test
    void the_app_s_connections_run_without_postgresql_s_jit_which_costs_the_summary_more_than_it_saves() {
        assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
    }
}
