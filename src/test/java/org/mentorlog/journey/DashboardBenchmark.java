package org.mentorlog.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.volume.VolumeDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Headquarters' dashboard on a generated volume, in Chromium (issue 10, point 1): the time from choosing
 * "Summary" in the menu to its headline figures on screen, as the analyst sees it (Vaadin's round trips,
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
        long[] filters = new long[RUNS];
        long[] figures = new long[RUNS];
        long[] server = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long[] run = open(page);
            filters[i] = run[0];
            figures[i] = run[1];
            server[i] = run[2];
        }
        print("dashboard (/summary) until its filters show", filters);
        print("dashboard (/summary, last 12 months by month) until its figures show", figures);
        print("  of which waiting for the server's answers", server);
    }

    /**
     * Milliseconds from choosing "Summary" in the menu of the mission page to its filters, and to its
     * headline figures, visible: the way headquarters opens it, without reloading the application.
     */
    private long[] open(Page page) {
        page.navigate("/mission");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Teams")).waitFor();
        openDrawer(page);
        Locator summary = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Summary").setExact(true));
        summary.waitFor();
        List<Request> answered = new ArrayList<>();
        java.util.function.Consumer<Request> record = answered::add;
        page.onRequestFinished(record);
        long started = System.nanoTime();
        summary.click();
        page.locator(".summary-panel .toolbar").waitFor();
        long filters = System.nanoTime();
        page.locator(".summary-panel .headline .figure").first()
                .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        long shown = System.nanoTime();
        page.offRequestFinished(record);
        // From sending each round trip to the end of its answer: the rest is the browser's own work.
        double waiting = answered.stream().filter(request -> request.url().contains("v-r=uidl"))
                .mapToDouble(request -> request.timing().responseEnd - request.timing().requestStart).sum();
        return new long[] {(filters - started) / 1_000_000, (shown - started) / 1_000_000, Math.round(waiting)};
    }

    private static void print(String what, long[] millis) {
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %s: %s: median %d ms (min %d, max %d)%n", VolumeDatabase.describe(), what,
                millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }
}
