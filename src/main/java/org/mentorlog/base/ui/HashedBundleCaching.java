package org.mentorlog.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's production bundles under {@code VAADIN/build/} carry a content hash in their names
 * ({@code FlowClient-D5SapHsR.js}), so a name never changes content; Vaadin 25 still sends them with
 * {@code max-age=3600}, so after an hour a tablet asks again for each of the twenty-odd bundles, one
 * slow round trip each. They are cached for a year as immutable instead. Only where Vaadin itself allowed caching: an error stays uncached.
 * (Stylesheets are already sent with a year: their addresses carry a {@code v-c} hash.)
 */
@Component
class HashedBundleCaching extends OncePerRequestFilter {

    static final String ONE_YEAR = "max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile(".*/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, longLived(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, longLived(name, value));
            }
        });
    }

    private static String longLived(String name, String value) {
        boolean cacheable = HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && value != null
                && value.startsWith("max-age=") && !value.startsWith("max-age=0");
        return cacheable ? ONE_YEAR : value;
    }
}
