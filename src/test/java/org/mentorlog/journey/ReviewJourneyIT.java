package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A log goes to the team leader, back to the mentor with a comment, is fixed, and is approved. */
class ReviewJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_returned_log_is_fixed_by_the_mentor_and_approved_by_the_leader() {
        Page page = open(Tablet.PORTRAIT);
        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/sessions"));
        button(page, "Log a session").click();
        page.waitForURL(address -> path(address).matches("/session/\\d+"));
        String editor = path(page.url());
        long sessionId = Long.parseLong(editor.substring("/session/".length()));
        page.getByLabel("Purpose").fill("Secure a burglary scene");
        Locator topics = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Topics"));
        topics.click();
        topics.pressSequentially("cordon");
        page.locator("vaadin-multi-select-combo-box-item:visible").first().click();
        page.keyboard().press("Escape");
        Locator women = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Women").setExact(true));
        Locator men = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Men").setExact(true));
        women.fill("4");
        men.fill("6");
        men.press("Tab");
        assertThat(page.locator(".save-state")).containsText("Draft saved");
        button(page, "Submit for review").click();
        page.waitForURL(address -> path(address).equals("/sessions"));
        signOut(page);

        signIn(page, "leader", "demo");
        openDrawer(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("To review"))).click();
        page.waitForURL(address -> path(address).equals("/reviews"));
        page.getByText("Secure a burglary scene").click();
        page.waitForURL(address -> path(address).equals("/review/" + sessionId));
        page.getByLabel("Comment for the mentor").fill("Name the cordon roles each trainee held");
        button(page, "Return to mentor").click();
        page.waitForURL(address -> path(address).equals("/reviews"));
        signOut(page);

        signIn(page, "mentor", "demo");
        page.navigate(editor);
        assertThat(page.getByText("Name the cordon roles each trainee held")).isVisible();
        page.getByLabel("Purpose").fill("Secure a burglary scene and keep the access log");
        assertThat(page.locator(".save-state")).containsText("Draft saved");
        button(page, "Submit for review").click();
        page.waitForURL(address -> path(address).equals("/sessions"));
        signOut(page);

        signIn(page, "leader", "demo");
        page.navigate("/review/" + sessionId);
        assertThat(page.getByText("Secure a burglary scene and keep the access log")).isVisible();
        assertThat(page.getByText(Pattern.compile("returned: Name the cordon roles"))).isVisible();
        button(page, "Approve").click();
        page.waitForURL(address -> path(address).equals("/reviews"));

        assertThat(jdbc.sql("select status from training_session where id = ?").param(sessionId)
                .query(String.class).single()).isEqualTo("REVIEWED");
        assertThat(jdbc.sql("select count(*) from session_review where session_id = ?").param(sessionId)
                .query(Long.class).single()).isEqualTo(2);
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }
}
