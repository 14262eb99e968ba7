package org.mentorlog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The main views of every role at both tablet sizes, as a finger, a keyboard and a screen reader meet them
 * (issue 12): every control at least 44 × 44 CSS px; no grid cell or field value cut short and no grid that
 * scrolls sideways; no focused element under a bar that stays put; Enter opens a row where a tap does;
 * axe-core finds nothing moderate, serious or critical. A path ending in {@code >} has a grid (or a table of links) whose first
 * row Enter must open; the page it opens is checked too. Screenshots of every view go to
 * {@code target/tablet-ergonomics/} for a human to look at the grids. Last, every script and stylesheet the
 * service worker precaches must have been loaded by one of these pages (the mentor lands in the field app):
 * a tablet downloads nothing on its first visit that no view uses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TabletErgonomicsIT extends BrowserJourney {

    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();
    /** Every address in the browser's caches: what the installed app keeps on the tablet. */
    private static final String PRECACHED_URLS = """
            async () => {
                const urls = [];
                for (const name of await caches.keys()) {
                    for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
                }
                return urls;
            }
            """;

    private static final Path SCREENSHOTS = Path.of("target", "tablet-ergonomics");
    private static final String PROBE = resource("/journey/tablet-probe.js");
    private static final String AXE = resource("/axe.min.js");
    /*
     * One finding is Vaadin's own and left out: its field ARIA controller (25.2) puts aria-required on a
     * required select's value button, whose role (button) does not allow it. Only a change to Vaadin's
     * web component (no frontend build here) could remove it. Every other finding counts.
     */
    private static final String RUN_AXE = """
            async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                .map(v => v.id !== 'aria-allowed-attr' ? v : {...v, nodes: v.nodes.filter(n =>
                    !(n.target.join(' ').endsWith('vaadin-select-value-button') && n.html.includes('aria-required')))})
                .filter(v => v.impact !== 'minor' && v.nodes.length > 0)
                .map(v => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`
                    + (v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''))
            """;
    private static final int TABS = 40;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "anonymous | PORTRAIT  | /login",
        "anonymous | LANDSCAPE | /login",
        "mentor    | PORTRAIT  | /sessions> /follow-ups /trainees /account/password",
        "mentor    | LANDSCAPE | /sessions> /follow-ups /trainees /account/password",
        "leader    | PORTRAIT  | /reviews> /team> /trainees> /team-summary /follow-ups",
        "leader    | LANDSCAPE | /reviews> /team> /trainees> /team-summary /follow-ups",
        "hq        | PORTRAIT  | /mission /summary",
        "hq        | LANDSCAPE | /mission /summary",
        "admin     | PORTRAIT  | /admin/missions /admin/teams /admin/users> /admin/reference /admin/api-tokens"
            + " /admin/audit /admin/backup /admin/retention",
        "admin     | LANDSCAPE | /admin/missions /admin/teams /admin/users> /admin/reference /admin/api-tokens"
            + " /admin/audit /admin/backup /admin/retention"})
    @Order(1)
    void every_main_view_suits_fingers_keyboards_and_screen_readers(String username, Tablet tablet, String paths)
            throws IOException {
        String only = System.getProperty("ergonomics.roles"); // -Dergonomics.roles=leader,admin: a quicker look
        Assumptions.assumeTrue(only == null || List.of(only.split(",")).contains(username));
        Page page = open(tablet);
        page.onRequest(request -> bundleFile(request.url()).ifPresent(LOADED::add));
        page.addInitScript(PROBE);
        if (!username.equals("anonymous")) {
            signIn(page, username, "demo");
            page.waitForURL(address -> !List.of("/login", "/").contains(URI.create(address).getPath())); // landed
        }
        Findings findings = new Findings();
        for (String path : paths.split(" ")) {
            boolean opensRows = path.endsWith(">");
            String address = opensRows ? path.substring(0, path.length() - 1) : path;
            page.navigate(address);
            check(page, username + "-" + tablet + address, findings);
            if (opensRows) {
                openFirstRowWithEnter(page, address, findings);
                check(page, username + "-" + tablet + address + "-row", findings);
            }
        }
        if (!username.equals("anonymous")) {
            checkLayout(page, username + "-" + tablet, findings);
        }
        findings.write(SCREENSHOTS.resolve(username + "-" + tablet + ".txt"));
        findings.assertNone();
    }

    @Test
    @Order(2)
    void the_service_worker_precaches_only_what_these_views_load() {
        Assumptions.assumeTrue(System.getProperty("ergonomics.roles") == null, "every role's views must have run");
        Page page = openInstalled(Tablet.PORTRAIT, "mentor", "demo");
        page.navigate("/field");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)"); // active: its precache is complete

        Set<String> precached = new TreeSet<>();
        for (Object url : (List<?>) page.evaluate(PRECACHED_URLS)) {
            bundleFile(url.toString()).ifPresent(precached::add);
        }

        assertThat(precached).as("precached scripts and stylesheets").hasSizeGreaterThan(10);
        assertThat(precached).as("precached but loaded by no view").isSubsetOf(LOADED);
    }

    private static Optional<String> bundleFile(String url) {
        String path = URI.create(url).getPath();
        int at = path == null ? -1 : path.indexOf("VAADIN/build/");
        return at < 0 || !(path.endsWith(".js") || path.endsWith(".css"))
                ? Optional.empty() : Optional.of(path.substring(at));
    }

    private void check(Page page, String name, Findings findings) {
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name.replace('/', '_') + ".png")));
        findings.add(name, "under 44 × 44 px", page.evaluate("tabletProbe.smallTargets()"));
        findings.add(name, "cut short", page.evaluate("tabletProbe.cutShort()"));
        findings.add(name, "axe", axe(page));
        findings.add(name, "focus hidden", tabThrough(page));
        if (page.locator("vaadin-multi-select-combo-box input:visible").count() > 0) {
            // Its chips, with their remove buttons, show only once something is chosen.
            page.locator("vaadin-multi-select-combo-box input:visible").first().click();
            page.locator("vaadin-multi-select-combo-box-item").first().click();
            page.keyboard().press("Escape");
            settle(page);
            findings.add(name + "-chosen", "under 44 × 44 px", page.evaluate("tabletProbe.smallTargets()"));
            findings.add(name + "-chosen", "cut short", page.evaluate("tabletProbe.cutShort()"));
        }
    }

    /** Waits until the view's grids have their rows and late requests have arrived. */
    private static void settle(Page page) {
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))");
        page.waitForTimeout(400);
    }

    private static Object axe(Page page) {
        if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        return page.evaluate(RUN_AXE);
    }

    /** Tabs through the page from the top, noting each focused element a fixed or sticky bar covers. */
    private static List<String> tabThrough(Page page) {
        page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        List<String> hidden = new ArrayList<>();
        for (int tab = 0; tab < TABS; tab++) {
            page.keyboard().press("Tab");
            Object finding = page.evaluate("tabletProbe.focusHidden()");
            if (finding != null && !hidden.contains(finding.toString())) {
                hidden.add(finding.toString());
            }
        }
        page.keyboard().press("Escape");
        return hidden;
    }

    private void openFirstRowWithEnter(Page page, String address, Findings findings) {
        // A grid's first body cell, or the first row's link of a table written as markup.
        page.evaluate("() => (document.querySelector('vaadin-grid')?.shadowRoot"
                + ".querySelector('#items tr[part~=\"row\"] td') ?? document.querySelector('tbody tr a[href]')).focus()");
        page.keyboard().press("Enter");
        try {
            page.waitForCondition(() -> !URI.create(page.url()).getPath().equals(address)
                    || page.locator("vaadin-dialog[opened]").count() > 0,
                    new Page.WaitForConditionOptions().setTimeout(5_000));
        } catch (PlaywrightException nothingOpened) {
            findings.add(address, "keyboard", List.of("Enter on the first row opens nothing"));
        }
    }

    /** The drawer (behind "Menu" in portrait); the language select's choices open in the tablet's own picker. */
    private void checkLayout(Page page, String name, Findings findings) {
        openDrawer(page);
        page.waitForTimeout(400); // the drawer slides in
        findings.add(name + "-drawer", "under 44 × 44 px", page.evaluate("tabletProbe.smallTargets()"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-drawer.png")));
    }

    private static String resource(String name) {
        try (InputStream in = TabletErgonomicsIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the checks found, by kind and view: written for review, then asserted kind by kind. */
    private static final class Findings {
        private final Map<String, List<String>> byKind = new LinkedHashMap<>();

        void add(String view, String kind, Object found) {
            for (Object finding : (List<?>) found) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(view + ": " + finding);
            }
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder();
            byKind.forEach((kind, found) -> text.append("## ").append(kind).append(" (").append(found.size())
                    .append(")\n").append(String.join("\n", found)).append("\n"));
            Files.writeString(file, text);
        }

        void assertNone() {
            SoftAssertions soft = new SoftAssertions();
            for (String kind : List.of("under 44 × 44 px", "cut short", "focus hidden", "keyboard", "axe")) {
                soft.assertThat(byKind.getOrDefault(kind, List.of())).as(kind).isEmpty();
            }
            soft.assertAll();
        }
    }
}
