package org.mentorlog.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ui.EmptyState;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A real installation from an empty database, without the demo profile: the administrator the
 * first start created sets up the mission, a team, a site and its people from the screens alone,
 * and every page of every role shows a helpful empty state instead of an error.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:first-run-${random.uuid};DB_CLOSE_DELAY=-1")
class FirstRunTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_administrator_sets_up_an_empty_installation_from_the_screens_and_every_page_has_an_empty_state() {
        assertThat(count("mission")).isZero();
        data.signIn(new UserRef(userId("admin"), "admin", Role.ADMIN, null));

        navigate("", Component.class);
        assertThat(path()).isEqualTo("admin/missions");
        assertThat(find(EmptyState.class).exists()).isFalse();
        assertThat(texts()).anyMatch(text -> text.contains("Create the mission"));
        for (String page : List.of("admin/teams", "admin/users", "admin/api-tokens", "mission", "summary")) {
            assertRenders(page);
        }
        navigate("summary", Component.class);
        assertThat(texts()).contains("No mission yet");

        createMission();
        createTeamAndSite();
        createUser("amina", "Amina Diallo", Role.MENTOR);
        createUser("fatou", "Fatou Keita", Role.TEAM_LEADER);
        createUser("moussa", "Moussa Traore", Role.HQ_ANALYST);
        assertThat(jdbc.sql("select count(*) from mission_reader r join app_user u on u.id = r.user_id"
                + " where u.username = 'moussa'").query(Long.class).single()).isEqualTo(1);

        signInAs("amina", Role.MENTOR);
        for (String page : List.of("", "sessions", "follow-ups", "trainees")) {
            assertRenders(page);
        }
        signInAs("fatou", Role.TEAM_LEADER);
        for (String page : List.of("", "trainees", "reviews", "team", "team-summary", "sessions")) {
            assertRenders(page);
        }
        signInAs("moussa", Role.HQ_ANALYST);
        for (String page : List.of("", "mission", "summary")) {
            assertRenders(page);
        }
    }

    @Test
    void an_analyst_without_a_mission_is_told_to_ask_for_one() {
        long id = insertUser("nomission", Role.HQ_ANALYST);
        data.signIn(new UserRef(id, "nomission", Role.HQ_ANALYST, null));

        assertRenders("mission");
        assertThat(texts()).anyMatch(text -> text.startsWith("No mission has been shared with you yet."));
        assertRenders("summary");
        assertThat(find(EmptyState.class).exists()).isTrue();
    }

    private void createMission() {
        navigate("admin/missions", Component.class);
        click("New mission");
        click("Save");
        assertThat(lastNotification()).isEqualTo("Enter the mission's code.");
        assertThat(find(Dialog.class).exists()).isTrue();
        text("Code", "minusca");
        text("Name", "Mission multidimensionnelle en Centrafrique");
        text("Country", "Central African Republic");
        find(IntegerField.class).withLabel("Disclosure threshold").single().setValue(2);
        click("Save");
        assertThat(lastNotification()).isEqualTo("The disclosure threshold must be a whole number from 3 to 100.");
        assertThat(count("mission")).isZero();
        find(IntegerField.class).withLabel("Disclosure threshold").single().setValue(5);
        click("Save");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(jdbc.sql("select code from mission").query(String.class).list()).containsExactly("MINUSCA");

        click("New mission");
        text("Code", "Minusca");
        text("Name", "Again");
        text("Country", "CAR");
        click("Save");
        assertThat(lastNotification()).isEqualTo("A mission with code MINUSCA already exists.");
        assertThat(count("mission")).isEqualTo(1);
        find(Dialog.class).single().close();
    }

    private void createTeamAndSite() {
        navigate("admin/teams", Component.class);
        assertThat(texts()).contains("No teams yet");
        click("New team");
        text("Code", "CSM-BGF");
        text("Team", "Crime scene team Bangui");
        text("Trainee code prefix", "BGF");
        click("Save");
        assertThat(find(Dialog.class).exists()).isFalse();
        Grid<?> grid = find(Grid.class).single();
        ((Button) test(grid).getCellComponent(0, 5)).click();
        text("Site name", "École nationale de police, Bangui");
        click("Save");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("École nationale de police, Bangui");

        click("New team");
        text("Code", "csm-bgf");
        text("Team", "Duplicate");
        text("Trainee code prefix", "BGX");
        click("Save");
        assertThat(lastNotification()).isEqualTo("A team with code csm-bgf already exists.");
        find(Dialog.class).single().close();
    }

    @SuppressWarnings("unchecked")
    private void createUser(String username, String fullName, Role role) {
        navigate("admin/users", Component.class);
        click("New user");
        text("Username", username);
        text("Full name", fullName);
        find(Select.class).withLabel("Role").single().setValue(role);
        if (role.needsTeam()) {
            Select<Object> team = find(Select.class).withLabel("Team").single();
            team.setValue(team.getListDataView().getItems().findFirst().orElseThrow());
        }
        if (role == Role.HQ_ANALYST) {
            assertThat(find(MultiSelectComboBox.class).withLabel("Missions read").single().getValue()).hasSize(1);
        }
        find(PasswordField.class).withLabel("Password").single().setValue("a long password");
        click("Save");
        assertThat(find(Dialog.class).exists()).as("dialog of " + username).isFalse();
    }

    private void signInAs(String username, Role role) {
        data.signIn(new UserRef(userId(username), username, role, null));
    }

    /** The page opens as itself, not as the error page. */
    private void assertRenders(String location) {
        navigate(location, Component.class);
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain.getFirst()).as(location).isNotInstanceOf(HasErrorParameter.class);
    }

    private void click(String text) {
        test(find(Button.class).withText(text).last()).click();
    }

    private void text(String label, String value) {
        test(find(TextField.class).withLabel(label).last()).setValue(value);
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    private List<String> texts() {
        return find(Component.class).all().stream().map(c -> c.getElement().getText()).filter(t -> !t.isBlank())
                .toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private long insertUser(String username, Role role) {
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, 'x', ?)")
                .params(username, username, role.name()).update();
        return userId(username);
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
