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

    record Result(long bytes, int requests, List<Response> responses) {

        String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d bytes in %d requests%n", bytes, requests));
            responses.forEach(r -> out.append(String.format(Locale.ROOT, "%9d  %-24s %-5s %-32s %s%n", r.bytes(),
                    r.mimeType(), r.compressed() ? r.contentEncoding() : "-",
                    r.cacheControl() == null ? "-" : r.cacheControl(), r.shortUrl())));
            return out.toString();
        }

        List<Response> rawText() {
            return responses.stream().filter(Response::rawText).toList();
        }

        /** What the server itself produces, outside Vaadin's bundles: page, stylesheets, UIDL, icons. */
        long bytesOutsideBundles() {
            return responses.stream().filter(r -> !r.url().contains("/VAADIN/build/")).mapToLong(Response::bytes).sum();
        }
    }

    private ColdLoad() {
    }

    /**
     * Opens {@code url} in {@code page} with an empty cache and no cookies, waits until the network is
     * idle and {@code readySelector} is visible, and returns what went over the wire meanwhile.
     */
    static Result measure(Page page, String url, String readySelector) {
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
        page.navigate(url);
        page.waitForSelector(readySelector);
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
        return new Result(measured.stream().mapToLong(Response::bytes).sum(), measured.size(), measured);
    }

    private static String header(JsonObject headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return headers.get(key).getAsString();
            }
        }
        return null;
    }

    /** Measures a running instance: {@code ColdLoad URL [width height]}; prints the report. */
    public static void main(String[] args) {
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
            System.out.print(measure(context.newPage(), args[0], "vaadin-login-form").report());
        }
    }
}
