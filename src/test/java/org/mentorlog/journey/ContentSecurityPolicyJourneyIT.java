package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The main pages of every role, loaded in Chromium under the app's Content-Security-Policy: each one
 * renders its heading, and the browser reports no violation of the policy (a refused script, style,
 * font, image, connection or frame would be one).
 */
class ContentSecurityPolicyJourneyIT extends BrowserJourney {

    /** Reports every violation to the console, where the test collects it with Chromium's own refusals. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mentor  | /field /sessions /trainees /follow-ups /account/password",
        "leader  | /trainees /reviews /team /team-summary /sessions",
        "hq      | /mission /summary",
        "admin   | /admin/missions /admin/teams /admin/users /admin/reference /admin/api-tokens /admin/audit"
            + " /admin/backup /admin/retention /summary"})
    void every_main_page_renders_under_the_policy_without_a_violation(String username, String paths) {
        Page page = open(Tablet.LANDSCAPE);
        List<String> violations = new ArrayList<>();
        page.addInitScript(REPORT_VIOLATIONS);
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.startsWith("CSP violation")) {
                violations.add(URI.create(page.url()).getPath() + ": " + text);
            }
        });
        signIn(page, username, "demo");
        page.waitForURL(address -> !List.of("/login", "/").contains(URI.create(address).getPath())); // landed

        for (String path : paths.split(" ")) {
            Response response = page.navigate(path);
            assertThat(response.headers().get("content-security-policy")).as(path)
                    .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'self'",
                            "connect-src 'self'", "worker-src 'self'");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText(Pattern.compile("\\S+"));
            page.waitForTimeout(300); // let late requests (charts, lazy grids) arrive
        }

        assertThat(violations).as("violations of the Content-Security-Policy").isEmpty();
    }
}
