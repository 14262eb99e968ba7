package org.mentorlog.journey;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a page costs on the wire when the browser has nothing cached, as Chromium's DevTools protocol
 * counts it: the bytes received for each response (headers and body as transferred, so compressed where
 * the server compressed) and how many requests there were. Also a small command-line tool, to measure
 * a running production jar: {@code ColdLoad http://localhost:8080/login}.
 */
final class ColdLoad {

    /** Types that compress well; everything of these types above a kilobyte must go out compressed. */
    private static final Set<String> TEXT = Set.of("text/html", "text/css", "text/javascript", "application/javascript",
            "application/json", "application/manifest+json", "image/svg+xml", "text/plain");
    /** About a kilobyte of body plus the response headers, which the transferred size includes. */
    private static final long SMALL = 1536;

    record Response(String url, String mimeType, long bytes, String contentEncoding, String cacheControl) {

        boolean isText() {
            return TEXT.contains(mimeType);
        }

        boolean compressed() {
            return contentEncoding != null && !contentEncoding.isBlank();
        }

        /** A text response large enough to be worth compressing that went out as it was. */
        boolean rawText() {
            return isText() && !compressed() && bytes > SMALL;
        }

        String shortUrl() {
            String path = url.replaceFirst("^https?://[^/]+", "");
            return path.length() > 90 ? path.substring(0, 87) + "..." : path;
        }
    }

    /** What went over the wire, and how long after the navigation started the page was usable. */
    record Result(long bytes, int requests, List<Response> responses, long usableMillis) {

        String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d bytes in %d requests, usable after %,d ms%n",
                    bytes, requests, usableMillis));
            responses.forEach(r -> out.append(String.format(Locale.ROOT, "%9d  %-24s %-5s %-32s %s%n", r.bytes(),
                    r.mimeType(), r.compressed() ? r.contentEncoding() : "-",
                    r.cacheControl() == null ? "-" : r.cacheControl(), r.shortUrl())));
            return out.toString();
        }

        List<Response> rawText() {
            return responses.stream().filter(Response::rawText).toList();
        }
    }

    /** The login page is usable when its username field can be typed in. */
    static final String LOGIN_READY = "vaadin-login-form vaadin-text-field[name=username] input";

    private ColdLoad() {
    }

    /**
     * Opens {@code url} in {@code page} with an empty cache and no cookies, waits until the network is
     * idle and {@code readySelector} is visible, and returns what went over the wire meanwhile.
     */
    static Result measure(Page page, String url, String readySelector) {
        return measure(page, url, readySelector, false);
    }

    /**
     * The same, over Chrome DevTools' "Regular 3G" when {@code regular3g}: 750 kbit/s down, 250 kbit/s up,
     * 100 ms of latency.
     */
    static Result measure(Page page, String url, String readySelector, boolean regular3g) {
        page.context().clearCookies();
        CDPSession devTools = page.context().newCDPSession(page);
        Map<String, Response> responses = new LinkedHashMap<>();
        Map<String, Long> finished = new LinkedHashMap<>();
        devTools.on("Network.responseReceived", event -> {
            JsonObject response = event.getAsJsonObject("response");
            JsonObject headers = response.getAsJsonObject("headers");
            responses.put(event.get("requestId").getAsString(), new Response(response.get("url").getAsString(),
                    response.get("mimeType").getAsString(), 0, header(headers, "content-encoding"),
                    header(headers, "cache-control")));
        });
        devTools.on("Network.loadingFinished", event -> finished.put(event.get("requestId").getAsString(),
                (long) event.get("encodedDataLength").getAsDouble()));
        devTools.send("Network.enable");
        devTools.send("Network.clearBrowserCache");
        JsonObject noCache = new JsonObject();
        noCache.addProperty("cacheDisabled", true);
        devTools.send("Network.setCacheDisabled", noCache);
        if (regular3g) {
            JsonObject link = new JsonObject();
            link.addProperty("offline", false);
            link.addProperty("latency", 100);
            link.addProperty("downloadThroughput", 750 * 1000 / 8);
            link.addProperty("uploadThroughput", 250 * 1000 / 8);
            devTools.send("Network.emulateNetworkConditions", link);
        }
        long started = System.nanoTime();
        page.navigate(url);
        page.waitForSelector(readySelector, new Page.WaitForSelectorOptions().setTimeout(120_000));
        long usableMillis = (System.nanoTime() - started) / 1_000_000;
        page.waitForLoadState(LoadState.NETWORKIDLE);
        devTools.detach();
        List<Response> measured = new ArrayList<>();
        finished.forEach((id, bytes) -> {
            Response response = responses.get(id);
            if (response != null && !response.url().startsWith("data:")) {
                measured.add(new Response(response.url(), response.mimeType(), bytes, response.contentEncoding(),
                        response.cacheControl()));
            }
        });
        return new Result(measured.stream().mapToLong(Response::bytes).sum(), measured.size(), measured, usableMillis);
    }

    private static String header(JsonObject headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return headers.get(key).getAsString();
            }
        }
        return null;
    }

    /**
     * Measures a running instance: {@code ColdLoad URL [width height] [3g]}; prints the report, over Regular 3G
     * when the last argument is {@code 3g}.
     */
    public static void main(String[] args) {
        boolean regular3g = args[args.length - 1].equals("3g");
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 800;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 1280;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, height).setLocale("en-GB")
                    .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            System.out.print(measure(context.newPage(), args[0], LOGIN_READY, regular3g).report());
        }
    }
}
