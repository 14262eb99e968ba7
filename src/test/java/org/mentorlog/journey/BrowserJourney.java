package org.mentorlog.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the real application in Debian's Chromium: the whole app on a random port with the
 * demo data in a fresh in-memory database, one headless browser per test class and a fresh tablet-sized
 * browser context per test. A failing test leaves a screenshot under {@code target/journey-screenshots/}.
 * A journey that starts from a clean installation turns the demo profile off with
 * {@code @ActiveProfiles(profiles = {}, inheritProfiles = false)}.
 *
 * <p>On a busy machine Chromium has twice stopped answering altogether: its renderers waited on a lock
 * for good, so a click, a screenshot and closing a context each waited without end, and the build with
 * them. A journey still running after {@link #HANG_LIMIT} has its Chromium killed: it fails with
 * Playwright's error that the browser closed, the next journey launches a new one, and the build's one
 * rerun of a failed journey (failsafe's {@code rerunFailingTestsCount}) tells a hang from a real failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:journey-${random.uuid};DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@ExtendWith(BrowserJourney.ScreenshotOnFailure.class)
abstract class BrowserJourney {

    /** The two ways a mentor holds the tablet; the test reports name them. */
    enum Tablet {
        PORTRAIT(800, 1280), LANDSCAPE(1280, 800);

        final int width, height;

        Tablet(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");
    // Vaadin dev mode prepares the frontend on the first page load: 30+ s on a two-core machine.
    private static final double FIRST_LOAD_TIMEOUT = 60_000;
    private static final double TIMEOUT = 20_000;

    /**
     * Far longer than any journey takes (the longest about a minute and a half, with the first page load);
     * {@code -Djourney.hangLimit=PT10S} to see the watchdog at work.
     */
    private static final Duration HANG_LIMIT = Duration.parse(System.getProperty("journey.hangLimit", "PT4M"));
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("journey-watchdog").daemon().factory());

    private static Playwright playwright;
    private static Browser browser;
    private static boolean warm;
    /** Set by the watchdog when it killed Chromium: the next journey launches it again. */
    private static volatile boolean killed;

    private ScheduledFuture<?> watch;

    @LocalServerPort
    private int port;
    private BrowserContext context;
    private Page page;

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions() // here too, so an IDE run never downloads
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT);
        warm = false;
    }

    private static Browser launch() {
        killed = false;
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            ScheduledFuture<?> closing = watchdog();
            try {
                playwright.close(); // closes the browser too
            } finally {
                closing.cancel(false);
            }
        }
    }

    @BeforeEach
    void armWatchdog() {
        watch = watchdog();
    }

    /** Kills Chromium after {@link #HANG_LIMIT}, unless cancelled first. */
    private static ScheduledFuture<?> watchdog() {
        return WATCHDOG.schedule(BrowserJourney::killChromium, HANG_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the journey's context; the watchdog stays armed until it is closed, which can hang too. */
    @AfterEach
    void closeContext() {
        try {
            if (context != null) {
                context.close();
            }
        } catch (PlaywrightException closedByTheWatchdog) {
            if (!killed) {
                throw closedByTheWatchdog;
            }
        } finally {
            watch.cancel(false);
        }
    }

    /** Kills every Chromium this JVM started (the journeys' and the persistent contexts' browsers). */
    private static void killChromium() {
        killed = true;
        System.err.println("A journey took more than " + HANG_LIMIT + ": Chromium stopped answering and is killed");
        ProcessHandle.current().descendants()
                .filter(process -> process.info().command().orElse("").contains("chromium"))
                .forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * A blank page in a fresh, cookie-less context of the tablet's size, the app as base URL. Service workers
     * are blocked: Chromium believes this machine is offline, and the PWA's worker would serve its offline page.
     */
    protected Page open(Tablet tablet) {
        return open(tablet, "en-GB");
    }

    /** The same, for a browser set to another language ({@code "fr-FR"}). */
    protected Page open(Tablet tablet, String language) {
        if (killed) {
            browser = launch();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(tablet.width, tablet.height)
                .setBaseURL("http://localhost:" + port)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(language)
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        context.setDefaultTimeout(TIMEOUT);
        context.setDefaultNavigationTimeout(FIRST_LOAD_TIMEOUT);
        page = context.newPage();
        return page;
    }

    /**
     * A page of a signed-in user in a context that lets the PWA's service worker run, as on a tablet where
     * the app is installed: for the offline journeys. {@link #context()} can then go offline and open
     * further pages.
     */
    protected Page openInstalled(Tablet tablet, String username, String password) {
        // Signed in with service workers blocked, then handed the session: on these machines Chromium
        // believes it is offline, so a worker installed during sign-in may answer the sign-in page from
        // its cache, without the server session the form's post needs (TOOLCHAIN.md).
        Page signInPage = open(tablet);
        signIn(signInPage, username, password);
        signInPage.waitForURL(address -> !URI.create(address).getPath().equals("/login"));
        String session = context.storageState();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setStorageState(session)
                .setViewportSize(tablet.width, tablet.height)
                .setBaseURL("http://localhost:" + port)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("en-GB")
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW));
        context.setDefaultTimeout(TIMEOUT);
        context.setDefaultNavigationTimeout(FIRST_LOAD_TIMEOUT);
        page = context.newPage();
        return page;
    }

    /**
     * A browser of its own with its profile in {@code profile}, as a tablet keeps one across restarts: closing
     * it and opening it again on the same profile is the tablet switched off and on. Service workers run.
     */
    protected BrowserContext openPersistent(Path profile, Tablet tablet, String language, boolean offline) {
        context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(CHROMIUM_ARGS)
                .setViewportSize(tablet.width, tablet.height)
                .setBaseURL("http://localhost:" + port)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(language)
                .setOffline(offline)
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW));
        context.setDefaultTimeout(TIMEOUT);
        context.setDefaultNavigationTimeout(FIRST_LOAD_TIMEOUT);
        page = context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
        return context;
    }

    /**
     * Signs in within the current context over HTTP, as the sign-in form posts (with its CSRF token): for a
     * context whose service worker might otherwise answer the sign-in page from its cache.
     */
    protected void signInOverHttp(String username, String password) {
        // The page shares the context's cookies and may open a new server session meanwhile (the field app
        // syncs as soon as it is online): the form's CSRF token then no longer matches, and Spring Security
        // sends the post back to the sign-in page without "?error". Such a try is made again.
        String to = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            APIResponse login = context.request().get("/login");
            Matcher token = CSRF.matcher(login.text());
            if (!token.find()) {
                throw new AssertionError("the sign-in page carries no CSRF token");
            }
            APIResponse answer = context.request().post("/login", RequestOptions.create()
                    .setForm(FormData.create().set("username", username).set("password", password)
                            .set("_csrf", token.group(1)))
                    .setMaxRedirects(0));
            to = answer.headers().getOrDefault("location", "");
            if (!to.contains("login")) {
                return;
            }
            if (to.contains("?")) {
                break; // refused: wrong password, locked
            }
        }
        throw new AssertionError("signing in as " + username + " was refused: " + to);
    }

    protected BrowserContext context() {
        return context;
    }

    protected Page page() {
        return page;
    }

    /** Makes a page opened later in the same context the one a failed test takes a screenshot of. */
    protected void watch(Page later) {
        page = later;
    }

    protected void signIn(Page page, String username, String password) {
        page.navigate("/login");
        Locator usernameField = page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true));
        double timeout = warm ? TIMEOUT : FIRST_LOAD_TIMEOUT;
        warm = true;
        usernameField.waitFor(new Locator.WaitForOptions().setTimeout(timeout));
        usernameField.fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        button(page, "Sign in").click();
    }

    /** Shows the drawer with the user's name and sign-out, which a portrait tablet keeps behind "Menu". */
    protected void openDrawer(Page page) {
        openDrawer(page, "Sign out");
    }

    /** The same, in a language whose sign-out button reads {@code signOut}. */
    protected void openDrawer(Page page, String signOut) {
        Locator out = button(page, signOut);
        // Right after a page loads, a portrait tablet's layout may still close the drawer it first drew
        // open, and the server may still be answering the load: the drawer counts as open once its
        // sign-out button stays visible.
        for (int tap = 0; tap < 3; tap++) {
            waitUntilIdle(page);
            page.waitForFunction("() => !document.getAnimations()"
                    + ".some(a => a instanceof CSSTransition && a.playState === 'running')");
            if (out.isVisible()) {
                return;
            }
            page.locator("vaadin-drawer-toggle").click();
            try {
                out.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            } catch (PlaywrightException notYet) {
                // tapped while the layout was still settling: look again
            }
        }
        if (!out.isVisible()) {
            throw new AssertionError("the drawer did not open after three taps; the layout: " + page.evaluate(
                    "() => { const l = document.querySelector('vaadin-app-layout');"
                            + " return l && JSON.stringify({drawerOpened: l.drawerOpened, overlay: l.overlay,"
                            + " toggles: document.querySelectorAll('vaadin-drawer-toggle').length,"
                            + " signOuts: [...document.querySelectorAll('vaadin-button[data-action=logout]')]"
                            + ".map(b => b.textContent.trim())}); }"));
        }
    }

    /** Waits until the Vaadin client has no request in flight or queued. */
    protected static void waitUntilIdle(Page page) {
        page.waitForTimeout(50);
        page.waitForFunction("() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " return clients && Object.values(clients).every(client => !client.isActive()); }");
    }

    protected void signOut(Page page) {
        openDrawer(page);
        button(page, "Sign out").click();
        page.waitForURL(address -> URI.create(address).getPath().equals("/login"));
    }

    protected static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Runs before {@code @AfterEach}, while the failed test's page is still open. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext test) {
            Page page = ((BrowserJourney) test.getRequiredTestInstance()).page;
            if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
                String name = test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName()
                        + "-" + test.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_");
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
                            .setFullPage(true));
                } catch (PlaywrightException hung) {
                    // a Chromium that stopped answering takes no screenshot: the test's own failure says enough
                }
            }
        }
    }
}
