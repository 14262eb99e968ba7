package org.mentorlog.journey;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.volume.VolumeDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Headquarters' dashboard on a generated volume, in Chromium (issue 10, point 1): the time from asking for
 * {@code /summary} to its headline figures on screen, as the analyst sees it (page, Vaadin's round trips,
 * the summary of the last 12 months by month, the figures drawn). Not part of the build; after
 * {@code GenerateVolume} run it with
 * <pre>./mvnw -o test -Dtest=DashboardBenchmark -Dbenchmark=true -Dvolume=100000 [-Dvolume.postgres=true] -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * and read the lines starting with BENCHMARK.
 */
@ActiveProfiles(profiles = {}, inheritProfiles = false)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardBenchmark extends BrowserJourney {

    private static final int WARM_UPS = Integer.getInteger("benchmark.warmups", 2);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        VolumeDatabase.use(registry);
    }

    @Test
    void time_the_dashboard_until_its_figures_show() {
        Page page = open(Tablet.LANDSCAPE);
        signIn(page, "hq-vol" + VolumeDatabase.sessions(), "volume");
        page.waitForURL(address -> !URI.create(address).getPath().equals("/login"));
        for (int i = 0; i < WARM_UPS; i++) {
            open(page);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = open(page);
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %s: dashboard (/summary, last 12 months by month) until its figures show:"
                        + " median %d ms (min %d, max %d)%n", VolumeDatabase.describe(), millis[RUNS / 2], millis[0],
                millis[RUNS - 1]);
    }

    /** Milliseconds from asking for the page to its headline figures visible. */
    private static long open(Page page) {
        long started = System.nanoTime();
        page.navigate("/summary");
        page.locator(".summary-panel .headline .figure").first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        return (System.nanoTime() - started) / 1_000_000;
    }
}
