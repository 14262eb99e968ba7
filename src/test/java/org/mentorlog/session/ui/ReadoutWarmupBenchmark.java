package org.mentorlog.session.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the time of opening a session's readout (from My sessions, as a mentor) falls as the JVM compiles
 * its code: the median of the first openings, then of later stretches (issue 10, point 7). Browserless,
 * so without HTTP and Vaadin's answer to the browser; a log of ten trainees, each rated. Not part of the
 * build; run it with
 * <pre>./mvnw -o test -Dtest=ReadoutWarmupBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -Dbenchmark.openings=2000}) and read the lines starting with BENCHMARK.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReadoutWarmupBenchmark extends SpringBrowserlessTest {

    private static final int OPENINGS = Integer.getInteger("benchmark.openings", 2000);

    @Autowired
    TestData data;

    @Autowired
    SessionService sessions;

    @Test
    void open_a_readout_again_and_again() {
        var team = data.team();
        var mentor = data.user(Role.MENTOR, team);
        long topic = data.reference("TOPIC", "CSM-10");
        var log = TabletChanges.blankLog(mentor.id(), team.siteId()).purpose("Cordon and log a burglary scene")
                .topic(topic);
        for (int i = 0; i < 10; i++) {
            log.present(data.trainee(team, "Trainee " + i, i % 2 == 0 ? "WOMAN" : "MAN"), Map.of(topic, 2));
        }
        data.signIn(mentor);
        long id = sessions.applyTabletChange(TabletChanges.newLog(log.build(), true)).log().id();
        long[] nanos = new long[OPENINGS];
        for (int i = 0; i < OPENINGS; i++) {
            navigate(MySessionsView.class);
            long start = System.nanoTime();
            navigate(SessionView.class, id);
            nanos[i] = System.nanoTime() - start;
        }
        data.signOut();
        for (int[] stretch : new int[][] {{0, 10}, {10, 30}, {30, 100}, {100, 300}, {300, 1000}, {OPENINGS / 2, OPENINGS}}) {
            if (stretch[1] <= OPENINGS) {
                long[] part = Arrays.copyOfRange(nanos, stretch[0], stretch[1]);
                Arrays.sort(part);
                System.out.printf("BENCHMARK readout, openings %d-%d: median %.1f ms, p95 %.1f ms%n", stretch[0] + 1,
                        stretch[1], part[part.length / 2] / 1e6, part[(int) (part.length * 0.95)] / 1e6);
            }
        }
    }
}
