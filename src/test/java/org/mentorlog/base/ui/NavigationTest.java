package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.base.ChosenLanguage;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NavigationTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_mentor_lands_in_the_field_app_and_sees_no_administration() {
        data.signIn(data.user(Role.MENTOR, data.team()));

        navigate("", com.vaadin.flow.component.Component.class);

        // The field app runs in the browser, outside Flow's router: the page is sent there.
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains("field"));
        navigate("sessions", com.vaadin.flow.component.Component.class);
        assertThat(menu()).containsExactly("Log sessions (works offline)", "My sessions", "My follow-ups", "Trainees");
    }

    @Test
    void a_team_leader_lands_on_the_trainee_register() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));

        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(currentPath()).isEqualTo("trainees");
        assertThat(menu()).contains("Trainees", "My sessions").doesNotContain("Log a session", "Users");
    }

    @Test
    void headquarters_lands_on_the_mission_overview_and_never_sees_the_register() {
        data.team();
        data.signIn(data.user(Role.HQ_ANALYST, null));

        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(currentPath()).isEqualTo("mission");
        assertThat(menu()).contains("Mission").doesNotContain("Trainees", "Users");
    }

    @Test
    void an_administrator_lands_on_the_missions_and_their_setup_guide() {
        data.signIn(data.user(Role.ADMIN, null));

        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(currentPath()).isEqualTo("admin/missions");
        assertThat(menu()).contains("Missions", "Users", "Teams", "API tokens", "Reference lists", "Mission")
                .doesNotContain("Trainees");
    }

    @Test
    void the_drawer_links_each_entry_and_counts_nothing_when_nothing_waits() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));

        navigate("trainees", com.vaadin.flow.component.Component.class);

        assertThat(Drawer.path("Trainees")).isEqualTo("trainees");
        assertThat(Drawer.path("To review")).isEqualTo("reviews");
        assertThat(Drawer.badge("To review")).isEmpty();
    }

    @Test
    void choosing_a_language_switches_the_session_and_shows_the_page_again_in_it() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        navigate("trainees", com.vaadin.flow.component.Component.class);
        assertThat(Drawer.languages()).containsExactly("English (selected)", "Français", "Norsk bokmål");
        UI page = UI.getCurrent();

        Drawer.choose("fr");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(ChosenLanguage.SESSION_ATTRIBUTE))
                .isEqualTo("fr");
        assertThat(UI.getCurrent()).as("the page, loaded again").isNotSameAs(page);
    }

    @Test
    void a_language_the_app_does_not_speak_is_ignored() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        navigate("trainees", com.vaadin.flow.component.Component.class);
        Locale before = VaadinSession.getCurrent().getLocale();
        UI page = UI.getCurrent();

        Drawer.choose("de\"><script>");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(before);
        assertThat(UI.getCurrent()).as("the same page, not loaded again").isSameAs(page);
    }

    @Test
    void change_password_in_the_drawer_opens_its_page() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        navigate("trainees", com.vaadin.flow.component.Component.class);

        Drawer.tap("Change password");

        assertThat(currentPath()).isEqualTo("account/password");
    }

    private java.util.List<String> menu() {
        return Drawer.menu();
    }

    private static String currentPath() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
