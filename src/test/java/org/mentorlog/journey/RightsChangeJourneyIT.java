package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.net.URI;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A team leader has the Team overview open while the administrator, on another tablet, demotes her,
 * disables her or moves her to the other team. Her next tap ends her session: she lands on sign-in,
 * which says why. Each test uses a leader of its own, so the demo accounts other journeys sign in
 * with stay as they were.
 */
class RightsChangeJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "leader-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private Page leaderTablet;
    private BrowserContext administratorContext;

    @AfterEach
    void closeAdministratorsTablet() {
        if (administratorContext != null) {
            administratorContext.close();
        }
    }

    @Test
    void a_leader_demoted_to_mentor_is_signed_out_at_her_next_tap_and_returns_as_a_mentor() {
        Page leader = leaderOnTheTeamOverview("leader-demoted");

        administratorEdits("leader-demoted", dialog -> choose(dialog, "Role", "Mentor"));
        tapFirstTrainee(leader);

        assertSignedOutBecause(leader, "An administrator changed what your account may do");
        assertSessionEndedAudited("leader-demoted", "RIGHTS_CHANGED");
        signIn(leader, "leader-demoted", PASSWORD);
        leader.waitForURL(address -> path(address).equals("/field")); // a mentor's work starts in the field app
        leader.navigate("/team");
        assertThat(leader.getByText("Page not found")).isVisible();
    }

    @Test
    void a_disabled_leader_is_signed_out_at_her_next_tap_and_cannot_sign_in_again() {
        Page leader = leaderOnTheTeamOverview("leader-disabled");

        administratorEdits("leader-disabled", dialog -> dialog.getByLabel("Enabled",
                new Locator.GetByLabelOptions().setExact(true)).uncheck());
        tapFirstTrainee(leader);

        assertSignedOutBecause(leader, "An administrator disabled your account");
        assertSessionEndedAudited("leader-disabled", "ACCOUNT_DISABLED");
        signIn(leader, "leader-disabled", PASSWORD);
        assertThat(leader.getByText("Wrong username or password")).isVisible();
        assertThat(path(leader.url())).isEqualTo("/login");
    }

    @Test
    void a_leader_moved_to_the_other_team_no_longer_reads_her_former_teams_trainees() {
        Page leader = leaderOnTheTeamOverview("leader-moved");
        long bamakoTrainee = jdbc.sql("select id from trainee where code = 'BKO-0001'").query(Long.class).single();
        String bamakoName = jdbc.sql("select full_name from trainee where id = ?").param(bamakoTrainee)
                .query(String.class).single();

        administratorEdits("leader-moved", dialog -> choose(dialog, "Team", "CSM-GAO"));
        tapFirstTrainee(leader);

        assertSignedOutBecause(leader, "An administrator changed what your account may do");
        assertSessionEndedAudited("leader-moved", "RIGHTS_CHANGED");
        signIn(leader, "leader-moved", PASSWORD);
        leader.waitForURL(address -> path(address).equals("/trainees"));
        assertThat(firstTrainee(leader)).containsText("GAO-");
        leader.navigate("/team");
        assertThat(firstTrainee(leader)).containsText("GAO-");
        leader.navigate("/mentee/" + bamakoTrainee);
        assertThat(leader.getByText("This trainee is not in your team's register.")).isVisible();
        leader.waitForURL(address -> path(address).equals("/team"));
        assertThat(leader.getByText(bamakoName)).hasCount(0);
    }

    /** A leader of the Bamako team, signed in on a landscape tablet, looking at her Team overview. */
    private Page leaderOnTheTeamOverview(String username) {
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, team_id)
                        select ?, ?, ?, 'TEAM_LEADER', id from team where code = 'CSM-BKO'""")
                .params(username, "Leader " + username, passwordEncoder.encode(PASSWORD)).update();
        Page leader = open(Tablet.LANDSCAPE);
        leaderTablet = leader;
        signIn(leader, username, PASSWORD);
        leader.waitForURL(address -> path(address).equals("/trainees"));
        leader.navigate("/team");
        assertThat(leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Team overview");
        assertThat(firstTrainee(leader)).containsText("BKO-");
        return leader;
    }

    /** The administrator, on a tablet of her own, opens the user, changes what the edit says and saves. */
    private void administratorEdits(String username, Consumer<Locator> edit) {
        Browser browser = leaderTablet.context().browser();
        administratorContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(Tablet.LANDSCAPE.width, Tablet.LANDSCAPE.height)
                .setBaseURL(origin(leaderTablet.url()))
                .setLocale("en-GB")
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        Page administrator = administratorContext.newPage();
        signIn(administrator, "admin", "demo");
        administrator.waitForURL(address -> path(address).equals("/admin/missions"));
        administrator.navigate("/admin/users");
        administrator.locator("vaadin-grid-cell-content").getByText(username, new Locator.GetByTextOptions()
                .setExact(true)).click();
        // The vaadin-dialog element itself has no box; its fields do.
        Locator dialog = administrator.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("User " + username));
        assertThat(button(administrator, "Save")).isVisible();
        edit.accept(dialog);
        button(administrator, "Save").click();
        assertThat(administrator.getByText("User " + username + " saved.")).isVisible();
    }

    private static void choose(Locator dialog, String label, String option) {
        dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click();
        dialog.page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(option)))
                .first().click();
    }

    private static Locator firstTrainee(Page page) {
        // The register is a grid, the team overview a table.
        return page.locator("vaadin-grid-cell-content, .overview-table tbody th").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^(BKO|GAO)-\\d{4}"))).first();
    }

    /** Her next tap on the page she had open: a trainee of the overview. */
    private static void tapFirstTrainee(Page leader) {
        firstTrainee(leader).click();
    }

    private static void assertSignedOutBecause(Page leader, String explanation) {
        leader.waitForURL(address -> path(address).equals("/login"));
        assertThat(leader.getByText("You have been signed out")).isVisible();
        assertThat(leader.getByText(explanation)).isVisible();
        assertThat(button(leader, "Sign in")).isVisible();
    }

    private void assertSessionEndedAudited(String username, String reason) {
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'SESSION_ENDED' and actor = 'system' and summary = ?""")
                .param("username=" + username + ", reason=" + reason).query(Long.class).single()).isEqualTo(1);
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
