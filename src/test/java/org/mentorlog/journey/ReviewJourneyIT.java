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

    /** The leader's filters, drawn by the web components from the items the server gave them (issue 10). */
    @Test
    void the_leader_narrows_her_team_and_her_summary_with_the_filters() {
        Page page = open(Tablet.LANDSCAPE);
        signIn(page, "leader", "demo");
        page.waitForURL(address -> path(address).equals("/trainees"));

        page.navigate("/team");
        Locator rows = page.locator(".overview-table tbody tr");
        rows.first().waitFor();
        int everyone = rows.count();
        Locator sexes = page.locator(".overview-table .two-lines > div:first-child");
        assertThat(field(page, "vaadin-select", "Sex")).containsText("Any");
        assertThat(sexes.allTextContents()).contains("Woman", "Man");
        choose(page, "Sex", "Woman");
        page.waitForCondition(() -> rows.count() < everyone);
        assertThat(sexes.allTextContents()).isNotEmpty().allMatch(sex -> sex.equals("Woman"));
        choose(page, "Sex", "Any");
        page.waitForCondition(() -> rows.count() == everyone);
        assertThat(sexes.allTextContents()).contains("Woman", "Man");
        // A tap on a column head sorts by it, a second one the other way.
        Locator trainee = page.locator(".overview-table thead th").first();
        String first = rows.first().locator("th").textContent();
        Locator sortByTrainee = trainee.getByRole(AriaRole.BUTTON);
        sortByTrainee.click();
        assertThat(trainee).hasAttribute("aria-sort", "descending");
        assertThat(rows.last().locator("th")).hasText(first);
        // The heads are written anew, and the focus stays on the one pressed: Enter sorts back.
        assertThat(sortByTrainee).isFocused();
        page.keyboard().press("Enter");
        assertThat(trainee).hasAttribute("aria-sort", "ascending");
        assertThat(rows.first().locator("th")).hasText(first);

        // A tap anywhere on a row opens the mentee, here on her "Last seen": the row's link lies over the whole
        // row, which Playwright's checks call covered, so the tap goes where the finger would.
        String last = rows.last().locator("th").textContent().trim();
        rows.last().locator("td").nth(2).click(new Locator.ClickOptions().setForce(true));
        page.waitForURL(address -> path(address).startsWith("/mentee/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
                .hasText(last);

        page.navigate("/team-summary");
        Locator periodField = field(page, "vaadin-select", "Period");
        assertThat(periodField).containsText("Last 12 months");
        assertThat(periodField.locator("[slot=helper]")).containsText(" – ");
        choose(page, "Period", "Custom range");
        assertThat(page.locator("vaadin-date-picker")).hasCount(2);
        choose(page, "Period", "Last month");
        assertThat(page.locator("vaadin-date-picker")).hasCount(0);
        choose(page, "Break down by", "Site");
        Locator columns = page.locator(".summary-table thead th");
        page.waitForFunction("() => [...document.querySelectorAll('.summary-table thead th')].length >= 3");
        Locator sites = field(page, "vaadin-multi-select-combo-box", "Sites");
        sites.locator("input").click();
        Locator site = page.locator("vaadin-multi-select-combo-box-item").last();
        String name = site.textContent().trim();
        site.click();
        page.keyboard().press("Escape");

        page.waitForFunction("() => document.querySelectorAll('.summary-table thead th').length == 3");
        assertThat(columns.nth(1)).containsText(name);
        assertThat(columns.nth(2)).hasText("Total");
    }

    /** A Vaadin field by its kind and label. */
    private static Locator field(Page page, String tag, String label) {
        return page.locator(tag).filter(new Locator.FilterOptions()
                .setHas(page.locator("label").getByText(label, new Locator.GetByTextOptions().setExact(true))));
    }

    /** Opens a select by its label with a tap and picks an option. */
    private static void choose(Page page, String label, String option) {
        field(page, "vaadin-select", label).locator("vaadin-select-value-button").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }
}
