package org.mentorlog.journey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Test-only: the server time of every Vaadin round trip (UIDL request, or the init request that opens a UI),
 * filed under the page the UI shows once the request is answered ({@code session/{id}}), and the Vaadin
 * sessions alive, to count their UIs. Ordered first, so the time includes Spring Security.
 */
final class ServerTimes extends OncePerRequestFilter {

    /**
     * What a page's round trips cost: the wall time of init requests and of UIDL requests apart, and the
     * CPU time of the request's thread for all of them, which another build on the machine hardly changes.
     */
    record Page(List<Long> initNanos, List<Long> uidlNanos, List<Long> cpuNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** The page of each UI, by "http session id/ui id", as its last navigation left it. */
    private final Map<String, String> pageOfUi = new ConcurrentHashMap<>();
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() == null) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, List<String>> query = UriComponentsBuilder.fromUriString("?" + request.getQueryString())
                .build().getQueryParams();
        String kind = first(query, "v-r");
        // The unload beacon (text/plain) that closes a UI when the browser leaves it is no round trip.
        boolean beacon = request.getContentType() != null && request.getContentType().startsWith("text/plain");
        if (!("uidl".equals(kind) && !beacon || "init".equals(kind))) {
            chain.doFilter(request, response);
            return;
        }
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        chain.doFilter(request, response);
        long nanos = System.nanoTime() - start;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        HttpSession session = request.getSession(false);
        String page = "init".equals(kind) ? page(decode(first(query, "location")))
                : session == null ? null : pageOfUi.get(session.getId() + "/" + first(query, "v-uiId"));
        if (page != null) {
            Page times = pages.computeIfAbsent(page, key -> new Page(new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>()));
            synchronized (times) {
                ("init".equals(kind) ? times.initNanos() : times.uidlNanos()).add(nanos);
                times.cpuNanos().add(cpu);
            }
        }
    }

    /** The recorded times by page, and forgets them. */
    synchronized Map<String, Page> takeAll() {
        Map<String, Page> taken = new TreeMap<>(pages);
        pages.clear();
        return taken;
    }

    /** The UIs open in all Vaadin sessions, counted under each session's lock. */
    int openUis() {
        int count = 0;
        for (VaadinSession session : sessions) {
            session.lock();
            try {
                count += session.getUIs().size();
            } finally {
                session.unlock();
            }
        }
        return count;
    }

    int openSessions() {
        return sessions.size();
    }

    private void track(UI ui) {
        String key = ui.getSession().getSession().getId() + "/" + ui.getUIId();
        ui.addAfterNavigationListener(event -> pageOfUi.put(key, page(event.getLocation().getPath())));
        ui.addDetachListener(event -> pageOfUi.remove(key));
    }

    /** "session/12" and "/session/12" become "/session/{id}". */
    static String page(String path) {
        String page = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("\\?.*$", "");
        return "/" + page.replaceAll("/\\d+$", "/{id}");
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String decode(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Registers the recorder ahead of every other filter, and tracks sessions and UIs. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        ServerTimes serverTimes() {
            return new ServerTimes();
        }

        @Bean
        FilterRegistrationBean<ServerTimes> serverTimesFirst(ServerTimes times) {
            FilterRegistrationBean<ServerTimes> registration = new FilterRegistrationBean<>(times);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        VaadinServiceInitListener trackSessionsAndUis(ServerTimes times) {
            return event -> {
                event.getSource().addSessionInitListener(init -> times.sessions.add(init.getSession()));
                event.getSource().addSessionDestroyListener(destroy -> times.sessions.remove(destroy.getSession()));
                event.getSource().addUIInitListener(init -> times.track(init.getUI()));
            };
        }
    }
}
