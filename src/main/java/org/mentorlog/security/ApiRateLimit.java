package org.mentorlog.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets (Bucket4j) for the JSON API, one per client address and one per bearer token presented,
 * checked before the token is: a tool that loops, or someone guessing tokens, gets 429 with an RFC 9457
 * problem and {@code Retry-After} instead of taking the summary's database time from everyone else. The
 * buckets live in this node's memory, at most {@link #MAX_BUCKETS} of each kind, least recently used
 * dropped first (docs/decisions/0012-api-rate-limit.md).
 */
class ApiRateLimit extends OncePerRequestFilter {

    static final int MAX_BUCKETS = 10_000;
    private static final String BEARER = "Bearer ";

    private final int perTokenPerMinute;
    private final int perAddressPerMinute;
    private final Map<String, Bucket> byToken = lru();
    private final Map<String, Bucket> byAddress = lru();

    ApiRateLimit(int perTokenPerMinute, int perAddressPerMinute) {
        this.perTokenPerMinute = Math.max(1, perTokenPerMinute);
        this.perAddressPerMinute = Math.max(1, perAddressPerMinute);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe address = take(byAddress, request.getRemoteAddr(), perAddressPerMinute);
        if (!address.isConsumed()) {
            refuse(request, response, address, "this client address", perAddressPerMinute);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // Keyed by the token's hash, so the map never holds a secret; an unknown token gets a bucket too.
            ConsumptionProbe token = take(byToken, TokenHash.of(header.substring(BEARER.length()).strip()),
                    perTokenPerMinute);
            if (!token.isConsumed()) {
                refuse(request, response, token, "this API token", perTokenPerMinute);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static ConsumptionProbe take(Map<String, Bucket> buckets, String key, int perMinute) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, unused -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .build());
        }
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ConsumptionProbe probe,
                               String whose, int perMinute) throws IOException {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":" + ApiProblemEntryPoint.json("Too many requests from " + whose + ": at most "
                + perMinute + " a minute. Try again in " + seconds + " s.") + ",\"instance\":"
                + ApiProblemEntryPoint.json(request.getRequestURI()) + "}");
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_BUCKETS;
            }
        };
    }

    /** SHA-256 hex of what was presented, so that the map holds no token. */
    private static final class TokenHash {
        static String of(String token) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
