package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mentor's journey with a connection: she signs in and lands in the field app, logs the exercise she just
 * ran and submits it, then finds it in My sessions, read only. A draft she deletes offline goes from the server
 * too once the tablet is back online. Counts the taps and keystrokes a realistic session takes.
 */
class MentorJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void a_mentor_logs_a_realistic_exercise_online_and_reads_it_back_in_my_sessions(Tablet tablet) {
        String purpose = "Search a vehicle and photograph what is found (" + tablet.name().toLowerCase() + ")";
        // Each run adds someone new: the same name twice would rightly be offered as the same person.
        String newcomer = tablet == Tablet.PORTRAIT ? "Mariam Dembélé" : "Oumou Sidibé";
        Page page = open(tablet);
        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/field"));
        FieldApp field = new FieldApp(page);
        assertThat(field.heading("My sessions")).isVisible();

        field.logRealisticSession(purpose, FieldApp.demoRegister(jdbc, 7), newcomer);
        field.tap(field.button("Submit for review"));
        assertThat(page.getByTestId("sync-state")).hasText("Synced");
        assertThat(page.getByText("Submitted", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(field.unsynced()).hasText("Everything synced");
        System.out.printf("Realistic session online on a %s: %d taps, %d keystrokes%n", tablet, field.taps(),
                field.keystrokes());

        long sessionId = jdbc.sql("select id from training_session where purpose = ?").param(purpose)
                .query(Long.class).single();
        assertThat(count("attendance where session_id = ?", sessionId)).isEqualTo(8);
        assertThat(count("session_topic where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("competency_rating where session_id = ?", sessionId)).isEqualTo(1);
        assertThat(count("observation where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("follow_up_action where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(jdbc.sql("select status from training_session where id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("SUBMITTED");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Menu")).click();
        page.waitForURL(address -> path(address).equals("/sessions"));
        page.getByText(purpose).click();
        page.waitForURL(address -> path(address).equals("/session/" + sessionId));
        assertThat(page.getByText("Submitted for review: read only until your team leader returns it.")).isVisible();
        assertThat(page.getByText(newcomer).first()).isVisible();
        assertThat(button(page, "Edit on this tablet")).hasCount(0);
    }

    @Test
    void a_draft_deleted_offline_is_deleted_on_the_server_when_the_tablet_is_back_online() {
        Page page = open(Tablet.PORTRAIT);
        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/field"));
        page.navigate("/sessions");
        button(page, "Log a session").click(); // from the server-side list: a new log opens in the field app
        FieldApp field = new FieldApp(page);
        field.purpose().fill("A draft started by mistake");
        field.button("Sync now").click();
        assertThat(field.unsynced()).hasText("Everything synced");
        String log = field.openLog();
        assertThat(count("training_session where client_id = ?", log)).isEqualTo(1);

        page.context().setOffline(true);
        field.button("Delete draft").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Delete draft")).click();
        assertThat(field.card("A draft started by mistake")).hasCount(0);
        assertThat(field.unsynced()).hasText("1 change waiting to sync");

        page.context().setOffline(false);
        field.button("Sync now").click();
        assertThat(field.unsynced()).hasText("Everything synced");
        assertThat(count("training_session where client_id = ?", log)).isZero();
    }

    private long count(String fromWhere, Object parameter) {
        return jdbc.sql("select count(*) from " + fromWhere).param(parameter).query(Long.class).single();
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }
}
