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
        page.waitForURL(address -> path(address).equals("/field"));
        FieldApp field = new FieldApp(page);
        field.button("New session").click();
        field.purpose().fill("Secure a burglary scene in the rain");
        page.getByLabel("Cordons, access log, preservation").click();
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Women").setExact(true)).fill("4");
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Men").setExact(true)).fill("6");
        field.button("Submit for review").click();
        assertThat(field.unsynced()).hasText("Everything synced");
        String log = field.openLog();
        long sessionId = jdbc.sql("select id from training_session where client_id = ?").param(log)
                .query(Long.class).single();
        field.signOut();

        signIn(page, "leader", "demo");
        openDrawer(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("To review"))).click();
        page.waitForURL(address -> path(address).equals("/reviews"));
        page.getByText("Secure a burglary scene in the rain").click();
        page.waitForURL(address -> path(address).equals("/review/" + sessionId));
        page.getByLabel("Comment for the mentor").fill("Name the cordon roles each trainee held");
        button(page, "Return to mentor").click();
        page.waitForURL(address -> path(address).equals("/reviews"));
        signOut(page);

        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/field"));
        Locator returned = field.card("Secure a burglary scene in the rain");
        assertThat(returned).containsText("Returned");
        returned.click();
        assertThat(page.getByText("Returned by your team leader: Name the cordon roles each trainee held")).isVisible();
        field.purpose().fill("Secure a burglary scene in the rain and keep the access log");
        field.button("Submit for review").click();
        assertThat(field.unsynced()).hasText("Everything synced");
        assertThat(page.getByText("Submitted", new Page.GetByTextOptions().setExact(true))).isVisible();
        field.signOut();

        signIn(page, "leader", "demo");
        page.navigate("/review/" + sessionId);
        assertThat(page.getByText("Secure a burglary scene in the rain and keep the access log")).isVisible();
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
