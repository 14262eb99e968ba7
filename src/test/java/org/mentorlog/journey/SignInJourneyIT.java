package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of user signs in on a tablet held either way, lands where their work starts, and signs out. */
class SignInJourneyIT extends BrowserJourney {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void mentor_lands_in_the_field_app_and_signs_out(Tablet tablet) {
        mentorLandsInTheFieldAppAndSignsOut(tablet, "mentor", "Ingrid Solberg");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void mentor_of_the_other_team_lands_in_the_field_app_and_signs_out(Tablet tablet) {
        mentorLandsInTheFieldAppAndSignsOut(tablet, "mentor2", "Ola Hansen");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void team_leader_lands_on_the_trainee_register_and_signs_out(Tablet tablet) {
        signInLandAndSignOut(tablet, "leader", "/trainees", "Trainee register", "Marte Berg");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void headquarters_analyst_lands_on_the_mission_overview_and_signs_out(Tablet tablet) {
        signInLandAndSignOut(tablet, "hq", "/mission", "Mission overview", "Headquarters analyst");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void administrator_lands_on_the_missions_page_and_signs_out(Tablet tablet) {
        signInLandAndSignOut(tablet, "admin", "/admin/missions", "Missions", "Administrator");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void wrong_password_is_refused_and_the_user_stays_on_the_login_page(Tablet tablet) {
        Page page = open(tablet);
        signIn(page, "mentor", "not-the-password");

        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertEquals("/login", URI.create(page.url()).getPath());
        assertThat(button(page, "Sign in")).isVisible();
    }

    /** The drawer is markup, not components: its entries still move within the page, and its language select works. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void team_leader_moves_by_the_menu_and_switches_it_to_french(Tablet tablet) {
        Page page = open(tablet);
        signIn(page, "leader", "demo");
        page.waitForURL(address -> URI.create(address).getPath().equals("/trainees"));
        page.evaluate("window.sameDocument = true");

        openDrawer(page);
        page.locator("vaadin-side-nav-item[path=reviews]").click();

        page.waitForURL(address -> URI.create(address).getPath().equals("/reviews"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Logs to review");
        assertEquals(true, page.evaluate("window.sameDocument === true"), "moved without loading the page again");
        assertThat(page.locator("vaadin-side-nav-item[path=reviews]")).hasAttribute("current", "");

        openDrawer(page);
        page.locator("select.language-select").selectOption("fr");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Journaux à valider");
        openDrawer(page, "Se déconnecter");
        assertThat(page.locator("select.language-select")).hasValue("fr");
        button(page, "Se déconnecter").click();
        page.waitForURL(address -> URI.create(address).getPath().equals("/login"));
    }

    /** A mentor's work starts in the field app, which works offline too; it has a sign-out of its own. */
    private void mentorLandsInTheFieldAppAndSignsOut(Tablet tablet, String username, String fullName) {
        Page page = open(tablet);
        signIn(page, username, "demo");

        page.waitForURL(address -> URI.create(address).getPath().equals("/field"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My sessions");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText(fullName);

        new FieldApp(page).signOut();
        assertThat(button(page, "Sign in")).isVisible();
    }

    private void signInLandAndSignOut(Tablet tablet, String username, String startPath, String heading,
                                      String fullName) {
        Page page = open(tablet);
        signIn(page, username, "demo");

        page.waitForURL(address -> URI.create(address).getPath().equals(startPath));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
        openDrawer(page);
        assertThat(page.locator(".user-panel .user-name")).hasText(fullName);

        signOut(page);
        assertThat(button(page, "Sign in")).isVisible();
    }
}
