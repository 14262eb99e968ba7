package org.mentorlog.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.MovableClock;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.audit.AuditEntry;
import org.mentorlog.audit.AuditFilter;
import org.mentorlog.audit.AuditService;
import org.mentorlog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * The sign-in form over real HTTP, as a browser and as an attacker send it: CSRF protection, a new
 * session id at sign-in, the lock after five wrong passwords, and what the audit trail says.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class SignInTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    MovableClock clock;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_right_password_signs_in_and_the_session_id_changes() throws Exception {
        UserRef mentor = data.user(Role.MENTOR, data.team());
        Browser browser = new Browser();
        String token = browser.openSignInPage();
        String before = browser.sessionId();

        HttpResponse<String> answer = browser.signIn(mentor.username(), "password", token);

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("login"));
        assertThat(browser.sessionId()).isNotEqualTo(before);
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void a_sign_in_posted_without_the_csrf_token_signs_nobody_in() throws Exception {
        UserRef mentor = data.user(Role.MENTOR, data.team());
        Browser browser = new Browser();
        browser.openSignInPage();

        HttpResponse<String> answer = browser.signIn(mentor.username(), "password", null);

        // Refused (403); the error page needs a signed-in user, so the browser lands on the sign-in page.
        assertThat(answer.statusCode()).isIn(302, 403);
        assertThat(answer.headers().firstValue("Location").map(URI::create).map(URI::getPath)).hasValue("/login");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_posted_by_another_site_without_a_session_is_sent_to_a_fresh_sign_in_page() throws Exception {
        UserRef mentor = data.user(Role.MENTOR, data.team());
        Browser attacker = new Browser();

        HttpResponse<String> answer = attacker.signIn(mentor.username(), "password", null);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?expired"));
        assertThat(attacker.isSignedIn()).isFalse();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one() throws Exception {
        UserRef mentor = data.user(Role.MENTOR, data.team());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signInOnce(mentor.username(), "wrong-" + attempt)).isEqualTo("/login?error");
        }

        assertThat(signInOnce(mentor.username(), "password")).isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(14));
        assertThat(signInOnce(mentor.username(), "password")).isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signInOnce(mentor.username(), "password")).doesNotContain("login");
    }

    @Test
    void a_locked_account_an_unknown_username_and_a_wrong_password_get_the_same_answer() throws Exception {
        UserRef locked = data.user(Role.MENTOR, data.team());
        UserRef other = data.user(Role.MENTOR, data.team());
        for (int attempt = 1; attempt <= 5; attempt++) {
            signInOnce(locked.username(), "wrong");
        }

        assertThat(signInOnce(locked.username(), "password"))
                .isEqualTo(signInOnce("nobody-by-this-name", "password"))
                .isEqualTo(signInOnce(other.username(), "wrong"))
                .isEqualTo("/login?error");
    }

    @Test
    void failed_locked_out_and_successful_sign_ins_are_audited_and_an_administrator_can_unlock() throws Exception {
        UserRef leader = data.user(Role.TEAM_LEADER, data.team());
        for (int attempt = 1; attempt <= 5; attempt++) {
            signInOnce(leader.username(), "wrong");
        }
        signInOnce(leader.username(), "password");
        UserRef admin = data.user(Role.ADMIN, null);
        data.signIn(admin);

        users.unlock(leader.id());
        data.signOut();
        assertThat(signInOnce(leader.username(), "password")).doesNotContain("login");

        data.signIn(admin);
        List<AuditEntry> signIns = audit.search(new AuditFilter(leader.username(), null, null, null, null, null),
                PageRequest.of(0, 20)).reversed();
        assertThat(signIns).extracting(AuditEntry::action).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN");
        assertThat(signIns.get(5).summary()).startsWith("reason=locked until");
        assertThat(audit.trailOf("user", leader.id())).extracting(AuditEntry::action).containsExactly("LOCK", "UNLOCK");
    }

    /** Where one sign-in with a fresh browser is sent. */
    private String signInOnce(String username, String password) throws Exception {
        Browser browser = new Browser();
        String token = browser.openSignInPage();
        URI to = URI.create(browser.signIn(username, password, token).headers().firstValue("Location").orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    /** A browser without redirects followed: a cookie jar and a way to post the sign-in form. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String openSignInPage() throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
            return token.group(1);
        }

        HttpResponse<String> signIn(String username, String password, String csrf) throws Exception {
            Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            if (csrf != null) {
                form.put("_csrf", csrf);
            }
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return answer;
        }

        /** Whether a page that needs a signed-in user is served rather than sent to sign-in. */
        boolean isSignedIn() throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/admin/users")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 200;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
