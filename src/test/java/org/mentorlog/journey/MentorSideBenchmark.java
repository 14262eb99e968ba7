package org.mentorlog.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server-side pages a mentor and a team leader still use (issue 10, point 7): the server time of each
 * Vaadin round trip, by page, while Chromium navigates, opens rows and changes filters; then the heap each
 * open UI retains, with many signed-in browser contexts on the same page. Not part of the build; run it with
 * <pre>./mvnw -o test -Dtest=MentorSideBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -Dbenchmark.rounds=20 -Dbenchmark.warmups=1 -Dbenchmark.users=30}, {@code -Dbenchmark.histogram=true}
 * for the classes that hold each page's heap, {@code -Dbenchmark.pages=/mentee,/team} to weigh only some pages)
 * and read the lines starting with BENCHMARK.
 */
@Import(ServerTimes.Recording.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentorSideBenchmark extends BrowserJourney {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 20);
    /** Rounds run before the measured ones, not measured: the JIT compiles a page's code as it runs. */
    private static final int WARMUPS = Integer.getInteger("benchmark.warmups", 1);
    private static final int USERS = Integer.getInteger("benchmark.users", 30);
    private static final boolean HISTOGRAM = Boolean.getBoolean("benchmark.histogram");
    /** Only the pages whose address starts with one of these, comma-separated; all when empty. */
    private static final List<String> PAGES = List.of(System.getProperty("benchmark.pages", "").split(",")).stream()
            .filter(page -> !page.isBlank()).toList();

    @Autowired
    ServerTimes times;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void time_the_round_trips_of_each_page() {
        Page mentor = signedIn("mentor");
        for (int round = 0; round < WARMUPS; round++) {
            mentorRound(mentor, round);
        }
        times.takeAll();
        for (int round = 0; round < ROUNDS; round++) {
            mentorRound(mentor, round);
        }
        Map<String, ServerTimes.Page> mentorPages = times.takeAll();
        mentor.navigate("about:blank");
        mentor.context().close();

        Page leader = signedIn("leader");
        for (int round = 0; round < WARMUPS; round++) {
            leaderRound(leader, round);
        }
        times.takeAll();
        for (int round = 0; round < ROUNDS; round++) {
            leaderRound(leader, round);
        }
        Map<String, ServerTimes.Page> leaderPages = times.takeAll();
        leader.navigate("about:blank");

        System.out.printf("BENCHMARK server time per round trip, %d rounds after %d, %s%n", ROUNDS, WARMUPS, load());
        System.out.println("BENCHMARK | user | page | round trips | median | p95 | max | init requests | init median | init p95 | CPU median | CPU p95 |");
        mentorPages.forEach((page, recorded) -> System.out.println(row("mentor", page, recorded)));
        leaderPages.forEach((page, recorded) -> System.out.println(row("leader", page, recorded)));
    }

    @Test
    @Order(2)
    void weigh_the_open_uis() {
        long session = jdbc.sql("select max(s.id) from training_session s join app_user u on u.id = s.lead_mentor_id "
                + "where u.username = 'mentor'").query(Long.class).single();
        long submitted = jdbc.sql("select min(s.id) from training_session s join app_user u on u.team_id = s.team_id "
                + "where u.username = 'leader' and s.status = 'SUBMITTED'").query(Long.class).single();
        long trainee = jdbc.sql("select min(t.id) from trainee t join app_user u on u.team_id = t.team_id "
                + "where u.username = 'leader'").query(Long.class).single();
        System.out.printf("BENCHMARK retained heap per open UI, %d users per page, %s%n", USERS, load());
        System.out.println("BENCHMARK | user | page | UIs open | heap with them | heap without | per UI |");
        weigh("mentor", List.of("/sessions", "/session/" + session, "/follow-ups", "/trainees"));
        weigh("leader", List.of("/reviews", "/review/" + submitted, "/team", "/mentee/" + trainee, "/team-summary"));
    }

    /** My sessions (a status, a row, back), My follow-ups (a dialog opened and closed), the trainee register. */
    private void mentorRound(Page page, int round) {
        go(page, "/sessions");
        choose(page, "Status", List.of("Reviewed", "Submitted", "Any status").get(round % 3));
        openRow(page, round % 3);
        back(page);
        go(page, "/follow-ups");
        button(page, "Mark done").first().click();
        waitUntilIdle(page);
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Cancel").setExact(true)).click();
        waitUntilIdle(page);
        go(page, "/trainees");
        Locator search = page.getByRole(AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Search by code or name"));
        search.pressSequentially(List.of("a", "ou", "1").get(round % 3));
        page.waitForTimeout(500); // the field sends its value after 400 ms without typing
        waitUntilIdle(page);
        search.fill("");
        page.waitForTimeout(500);
        waitUntilIdle(page);
        page.getByText("Show inactive").click();
        waitUntilIdle(page);
    }

    /** The review queue and a review, the team overview (two filters, a mentee, back), the team summary. */
    private void leaderRound(Page page, int round) {
        go(page, "/reviews");
        openRow(page, round % 2);
        back(page);
        go(page, "/team");
        choose(page, "Agency", List.of("Police", "Gendarmerie", "Any").get(round % 3));
        choose(page, "Needs attention", List.of("Any", "Overdue actions").get(round % 2));
        choose(page, "Agency", "Any");
        openRow(page, 0);
        back(page);
        go(page, "/team-summary");
        choose(page, "Break down by", List.of("Quarter", "Site", "Agency").get(round % 3));
    }

    /** Signs in {@code USERS} browser contexts as the user, opens the pages in all of them one after the other. */
    private void weigh(String user, List<String> all) {
        List<String> pages = all.stream().filter(page -> PAGES.isEmpty() || PAGES.stream().anyMatch(page::startsWith))
                .toList();
        if (pages.isEmpty()) {
            return;
        }
        List<Page> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(signedIn(user));
        }
        // Each page once first: what a Vaadin session keeps after its first visit is not a UI's.
        pages.forEach(address -> users.forEach(page -> go(page, address)));
        int lingering = blank(users); // UIs of contexts closed without leaving their page, until their heartbeat ends
        for (String address : pages) {
            users.forEach(page -> go(page, address));
            int uis = times.openUis() - lingering;
            Path withFile = liveObjects();
            lingering = blank(users);
            // Against the heap once they are closed: what the visits leave in the sessions is not the UIs'.
            Path afterFile = liveObjects();
            Map<String, Long> with = bytesByClass(withFile);
            Map<String, Long> after = bytesByClass(afterFile);
            long withBytes = total(with);
            long afterBytes = total(after);
            System.out.printf("BENCHMARK | %s | %s | %d | %.1f MB | %.1f MB | %.0f KB |%n", user, ServerTimes.page(address),
                    uis, withBytes / 1e6, afterBytes / 1e6, (withBytes - afterBytes) / 1024.0 / uis);
            if (HISTOGRAM) {
                printLargest(address, with, after, uis);
            }
        }
        users.forEach(page -> page.context().close());
    }

    /** A fresh browser context signed in as the user, on the page where the user's work starts. */
    private Page signedIn(String user) {
        Page page = open(Tablet.LANDSCAPE);
        signIn(page, user, "demo");
        String start = user.equals("mentor") ? "/field" : "/trainees";
        page.waitForURL(address -> path(address).equals(start));
        return page;
    }

    /** Leaves every page, so that the browser's unload beacon closes its UI; answers the UIs still open. */
    private int blank(List<Page> users) {
        int before = times.openUis();
        users.forEach(page -> page.navigate("about:blank"));
        for (int i = 0; i < 20 && times.openUis() > before - users.size(); i++) {
            sleep(100);
        }
        return times.openUis();
    }

    private static void go(Page page, String address) {
        page.navigate(address);
        page.waitForURL(current -> ServerTimes.page(path(current)).equals(ServerTimes.page(address)));
        waitUntilIdle(page);
    }

    /** Opens a Vaadin select by its label and picks an option, as a finger would. */
    private static void choose(Page page, String label, String option) {
        Locator select = page.locator("vaadin-select").filter(new Locator.FilterOptions()
                .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))));
        select.evaluate("select => select.opened = true");
        select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(option).setExact(true)).click();
        waitUntilIdle(page);
    }

    /** Opens the row-th row, or the last one when the filter left fewer (the demo's data moves with the date). */
    private static void openRow(Page page, int row) {
        String before = path(page.url());
        Locator rows = page.locator("vaadin-grid tbody#items tr:not([hidden]), .overview-table tbody tr");
        rows.first().waitFor();
        rows.nth(Math.min(row, rows.count() - 1)).locator("td, th").first().click(); // a grid cell, a row's link
        page.waitForURL(address -> !path(address).equals(before));
        waitUntilIdle(page);
    }

    private static void back(Page page) {
        page.goBack();
        waitUntilIdle(page);
    }

    /**
     * The class histogram of the objects still reachable, after the unload beacons and heartbeats have
     * settled ({@code jcmd GC.class_histogram}, which collects first), in a file: unlike the heap's
     * "used", free space in regions the collector kept does not count.
     */
    private static Path liveObjects() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            sleep(250);
        }
        // Kept in a file: a histogram held in memory would be counted in the next one.
        try {
            Path file = Files.createTempFile("histogram", ".txt");
            Files.writeString(file, (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
            return file;
        } catch (JMException | IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static long total(Map<String, Long> bytesByClass) {
        return bytesByClass.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reads a histogram {@link #liveObjects} wrote, and deletes its file. */
    private static Map<String, Long> bytesByClass(Path histogram) {
        Map<String, Long> bytes = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(histogram);
            Files.delete(histogram);
            for (String line : lines) {
                String[] columns = line.trim().split("\\s+");
                // Fillers are the collector's padding in its regions, not objects anybody holds.
                if (columns.length >= 4 && columns[0].endsWith(":") && !columns[3].contains("FillerElement")) {
                    bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes;
    }

    /** The classes that hold most of the difference, per open UI, and those that grew once the UIs closed. */
    private static void printLargest(String address, Map<String, Long> with, Map<String, Long> without, int uis) {
        Set<String> classes = new HashSet<>(with.keySet());
        classes.addAll(without.keySet());
        List<Map.Entry<String, Long>> differences = classes.stream()
                .map(name -> Map.entry(name, with.getOrDefault(name, 0L) - without.getOrDefault(name, 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        List<Map.Entry<String, Long>> shown = new ArrayList<>(differences.subList(0, Math.min(25, differences.size())));
        shown.addAll(differences.subList(Math.max(25, differences.size() - 5), differences.size()));
        shown.forEach(entry -> System.out.printf("BENCHMARK histogram %s | %s | %.1f KB per UI%n",
                ServerTimes.page(address), entry.getKey(), entry.getValue() / 1024.0 / uis));
    }

    private static String row(String user, String page, ServerTimes.Page recorded) {
        List<Long> all = new ArrayList<>(recorded.uidlNanos());
        all.addAll(recorded.initNanos());
        return "BENCHMARK | %s | %s | %d | %s | %s | %s | %d | %s | %s | %s | %s |".formatted(user, page, all.size(),
                ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 100)),
                recorded.initNanos().size(), ms(percentile(recorded.initNanos(), 50)),
                ms(percentile(recorded.initNanos(), 95)), ms(percentile(recorded.cpuNanos(), 50)),
                ms(percentile(recorded.cpuNanos(), 95)));
    }

    /** Nearest-rank percentile. */
    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "–" : "%.1f ms".formatted(nanos / 1e6);
    }

    private static String load() {
        return "%d cores, load average %.2f".formatted(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
