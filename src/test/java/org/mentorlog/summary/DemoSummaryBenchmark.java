package org.mentorlog.summary;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Times the summary of the demo mission, where disclosure control, not SQL, takes most of the time
 * (many small cells). Not part of the build; run it with
 * <pre>./mvnw -o test -Dtest=DemoSummaryBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
@ActiveProfiles("demo")
@Import(TestData.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DemoSummaryBenchmark {

    private static final int RUNS = 15;

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    @Test
    void time_the_demo_summary() {
        data.signIn("hq", "demo");
        LocalDate today = LocalDate.now();
        for (Breakdown groupBy : new Breakdown[] {Breakdown.MONTH, Breakdown.TEAM, Breakdown.NONE}) {
            SummaryQuery query = SummaryQuery.of(today.minusYears(1).plusDays(1), today, groupBy);
            long[] millis = new long[RUNS];
            for (int i = -3; i < RUNS; i++) {
                long started = System.nanoTime();
                summaries.summarize(query, Audience.HEADQUARTERS);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - started) / 1_000_000;
                }
            }
            Arrays.sort(millis);
            System.out.printf("BENCHMARK demo, 12 months by %-6s median %5d ms (min %d, max %d)%n", groupBy,
                    millis[RUNS / 2], millis[0], millis[RUNS - 1]);
        }
    }
}
