package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Every set of hidden cells an analyst could add up, not only the ones LeakCheck tries, on the test fixtures
 * (issue 15, point 2). Fails at the audit: random teams 4 by site hide not-recorded person-sessions at three
 * sites whose sum, 4, follows from the not-recorded and men's columns and two sites' rows.
 */
@IntegrationTest
@Import(FixedClock.class)
class SumAttackTest {

    @Autowired
    SummaryService summaries;

    @Autowired
    SummaryCalculator calculator;

    @Autowired
    TestData data;

    @BeforeEach
    void signInAtHeadquarters() {
        data.signIn(data.user(Role.HQ_ANALYST, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @ParameterizedTest
    @EnumSource(Breakdown.class)
    void no_set_of_hidden_cells_of_the_quarter_adds_up_to_a_small_number(Breakdown groupBy) {
        FirstQuarterFixture fixture = new FirstQuarterFixture(data);
        MissionSummary summary = summaries.summarize(fixture.quarter(groupBy), Audience.HEADQUARTERS);
        check("quarter by " + groupBy, summary);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void no_set_of_hidden_cells_of_random_teams_adds_up_to_a_small_number(long seed) {
        RandomTeams teams = new RandomTeams(data, seed, 3, 4);
        for (Breakdown groupBy : Breakdown.values()) {
            SummaryQuery query = SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, groupBy).withTeams(teams.teamIds);
            check("random " + seed + " by " + groupBy, summaries.summarize(query, Audience.HEADQUARTERS));
        }
    }

    private void check(String what, MissionSummary summary) {
        SummaryQuery query = summary.query();
        List<IndicatorValue> truth = Disclosure.open(calculator.compute(query,
                new SummaryScope(query, query.teamIds(), FixedClock.TODAY)).measures());
        SumAttack.Result result = SumAttack.attack(summary.values(), truth, 5, query.groupBy());
        System.out.printf("SUMATTACK %s: %d found, skipped %s%n", what, result.smallSums().size(), result.skipped());
        result.smallSums().forEach(s -> System.out.println("SUMATTACK   " + s));
        assertThat(result.smallSums()).as(what).isEmpty();
    }
}
