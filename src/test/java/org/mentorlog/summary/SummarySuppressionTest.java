package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What headquarters sees: nothing small, nothing recoverable, no trainee named. */
@IntegrationTest
@Import(FixedClock.class)
class SummarySuppressionTest {

    @Autowired
    SummaryService summaries;

    @Autowired
    SummaryCalculator calculator;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAtHeadquarters() {
        data.signIn(data.user(Role.HQ_ANALYST, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void headquarters_sees_the_quarter_with_small_numbers_and_their_complements_hidden() {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);

        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.HEADQUARTERS);

        assertThat(summary.threshold()).isEqualTo(5);
        assertThat(summary.total(Indicator.SESSIONS).orElseThrow().suppressed()).isTrue();
        assertThat(summary.total(Indicator.HOURS).orElseThrow().suppressed()).isTrue();
        assertThat(summary.total(Indicator.PERSON_SESSIONS_WOMEN).orElseThrow().value()).isEqualTo(6.0);
        assertThat(summary.total(Indicator.PERSON_SESSIONS_NOT_RECORDED).orElseThrow().suppressed()).isTrue();
        assertThat(summary.total(Indicator.PERSON_SESSIONS_TOTAL).orElseThrow().suppressed()).as("complement").isTrue();
        assertThat(summary.total(Indicator.PERSON_SESSIONS_MEN).orElseThrow().value())
                .as("the total, not men, is the complement: women's share stays shown").isEqualTo(5.0);
        assertThat(summary.total(Indicator.WOMEN_SHARE_PERSON_SESSIONS).orElseThrow().numerator()).isEqualTo(6L);
        assertThat(summary.total(Indicator.UNIQUE_TRAINEES_TOTAL).orElseThrow().value()).isEqualTo(5.0);
        assertThat(summary.total(Indicator.FOLLOW_UPS_OPENED).orElseThrow().value()).isEqualTo(6.0);
        assertThat(summary.total(Indicator.FOLLOW_UPS_CLOSED).orElseThrow().suppressed()).isTrue();
        assertThat(summary.total(Indicator.FOLLOW_UPS_MEDIAN_DAYS_OVERDUE).orElseThrow().suppressed()).isTrue();
        LeakCheck.assertNothingLeaks(summary.values(), truth(summary), 5, summary.query().groupBy());
    }

    @ParameterizedTest
    @EnumSource(Breakdown.class)
    void no_breakdown_of_the_quarter_leaks_a_small_number(Breakdown groupBy) {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);

        MissionSummary summary = summaries.summarize(fixture.quarter(groupBy), Audience.HEADQUARTERS);

        System.out.printf("TALLY quarter by %-7s %s%n", groupBy, SuppressionTally.of(measures(summary),
                summary.values(), 5));
        LeakCheck.assertNothingLeaks(summary.values(), truth(summary), 5, summary.query().groupBy());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void no_breakdown_of_random_teams_leaks_a_small_number_or_a_recoverable_cell(long seed) {
        RandomTeams teams = new RandomTeams(data, seed, 3, 4);

        for (Breakdown groupBy : Breakdown.values()) {
            SummaryQuery query = SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, groupBy).withTeams(teams.teamIds);
            MissionSummary summary = summaries.summarize(query, Audience.HEADQUARTERS);

            assertThat(summary.values()).as("some cells are hidden, some shown")
                    .anyMatch(IndicatorValue::suppressed).anyMatch(v -> !v.suppressed() && v.value() != null && v.value() > 0);
            System.out.printf("TALLY random %d by %-7s %s%n", seed, groupBy, SuppressionTally.of(measures(summary),
                    summary.values(), 5));
            LeakCheck.assertNothingLeaks(summary.values(), truth(summary), 5, summary.query().groupBy());
        }
    }

    @Test
    void a_hidden_month_cannot_be_recovered_from_the_others_and_the_total() {
        var team = data.team();
        var mentor = data.user(Role.MENTOR, team);
        int[] sessionsPerMonth = {7, 3, 6};
        for (int month = 0; month < 3; month++) {
            for (int i = 0; i < sessionsPerMonth[month]; i++) {
                data.session(team, mentor, LocalDate.of(2026, month + 1, 1 + i)).insert();
            }
        }

        MissionSummary summary = summaries.summarize(SummaryQuery.of(FirstQuarterFixture.FROM, FirstQuarterFixture.TO,
                Breakdown.MONTH).withTeams(Set.of(team.id())), Audience.HEADQUARTERS);

        assertThat(summary.value(Indicator.SESSIONS, "2026-01").orElseThrow().value()).isEqualTo(7.0);
        assertThat(summary.value(Indicator.SESSIONS, "2026-02").orElseThrow().suppressed()).isTrue();
        assertThat(summary.value(Indicator.SESSIONS, "2026-03").orElseThrow().suppressed()).isTrue();
        assertThat(summary.total(Indicator.SESSIONS).orElseThrow().value()).isEqualTo(16.0);
        LeakCheck.assertNothingLeaks(summary.values(), truth(summary), 5, summary.query().groupBy());
    }

    @Test
    void nothing_returned_names_a_trainee_or_gives_her_code() {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);
        List<String> codes = jdbc.sql("select code from trainee where team_id = ?").param(fixture.team.id())
                .query(String.class).list();

        for (Breakdown groupBy : Breakdown.values()) {
            String everything = summaries.summarize(fixture.quarter(groupBy), Audience.HEADQUARTERS).toString();
            assertThat(everything).doesNotContain(FirstQuarterFixture.NAMES).doesNotContain(codes);
        }
        data.signIn(data.user(Role.TEAM_LEADER, fixture.team));
        String teamView = summaries.summarize(fixture.quarter(Breakdown.AGENCY), Audience.TEAM).toString();
        assertThat(teamView).doesNotContain(FirstQuarterFixture.NAMES).doesNotContain(codes);
    }

    @Test
    void administrators_see_the_headquarters_view_too() {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);
        data.signIn(data.user(Role.ADMIN, null));

        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.HEADQUARTERS);

        assertThat(summary.total(Indicator.PERSON_SESSIONS_WOMEN).orElseThrow().value()).isEqualTo(6.0);
    }

    /** The same summary unprotected, straight from the calculator. */
    private List<IndicatorValue> truth(MissionSummary summary) {
        return Disclosure.open(measures(summary));
    }

    private List<Measure> measures(MissionSummary summary) {
        SummaryQuery query = summary.query();
        return calculator.compute(query, new SummaryScope(query, query.teamIds(), FixedClock.TODAY)).measures();
    }
}
