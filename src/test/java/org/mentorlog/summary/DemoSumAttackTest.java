package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorlog.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo year of DemoSuppressionTest under SumAttack: every set of hidden cells, not only LeakCheck's sums.
 * Fails at the audit: by agency, women trainees of civil protection and national guard add up to 4 (from the
 * women's and not-recorded columns and the gendarmerie, police and total rows), and two sums of competency
 * means' trainees are small; by month, one sum of unique trainees (taken as additive, as LeakCheck takes it).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-suppression;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@Import({TestData.class, DemoSuppressionTest.DemoDay.class})
class DemoSumAttackTest {

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
        data.signIn("hq", "demo");
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @ParameterizedTest
    @EnumSource(Breakdown.class)
    void no_set_of_hidden_cells_of_the_demo_year_adds_up_to_a_small_number(Breakdown groupBy) {
        SummaryQuery query = SummaryQuery.of(DemoSuppressionTest.TODAY.minusYears(1).plusDays(1),
                DemoSuppressionTest.TODAY, groupBy);
        List<IndicatorValue> truth = Disclosure.open(calculator.compute(query, new SummaryScope(query,
                new HashSet<>(jdbc.sql("select id from team").query(Long.class).list()), DemoSuppressionTest.TODAY))
                .measures());
        MissionSummary summary = summaries.summarize(query, Audience.HEADQUARTERS);
        SumAttack.Result result = SumAttack.attack(summary.values(), truth, 5, groupBy);
        System.out.printf("SUMATTACK demo by %s: %d found, skipped %s%n", groupBy, result.smallSums().size(),
                result.skipped());
        result.smallSums().forEach(s -> System.out.println("SUMATTACK   " + s));
        assertThat(result.smallSums()).isEmpty();
    }
}
