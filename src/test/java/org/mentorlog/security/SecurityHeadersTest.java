package org.mentorlog.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every page answers with, directly and behind a TLS-terminating proxy on the same machine:
 * the browser is told not to let other sites frame, sniff or refer, and the session cookie is kept
 * to this site and, behind TLS, to https.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_sign_in_page_may_only_be_framed_by_the_app_and_leaks_no_referrer() throws Exception {
        HttpResponse<String> page = get(false);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'self'",
                        "connect-src 'self'", "worker-src 'self'", "object-src 'none'"));
    }

    @Test
    void over_plain_http_the_cookie_is_same_site_and_there_is_no_strict_transport_security() throws Exception {
        HttpResponse<String> page = get(false);

        assertThat(sessionCookie(page)).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_cookie_is_secure_and_browsers_are_told_to_stay_on_https() throws Exception {
        HttpResponse<String> page = get(true);

        assertThat(sessionCookie(page)).contains("Secure").contains("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private HttpResponse<String> get(boolean behindTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (behindTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> page) {
        List<String> cookies = page.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
    }
}
