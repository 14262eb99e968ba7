package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9's journey: a mentor signs in once, then logs and submits a whole session with no connection at all,
 * in the app opened anew from its start URL with the service worker running, as on an installed tablet. When
 * the connection is back the log reaches her team leader once, with every value.
 */
class FieldOfflineIT extends BrowserJourney {

    private static final String PURPOSE = "Secure and photograph a burglary scene";

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Tablet.class)
    void a_session_logged_and_submitted_offline_reaches_the_leader_once_with_every_value(Tablet tablet) {
        String purpose = PURPOSE + " (" + tablet.name().toLowerCase() + ")";
        // Each run adds someone new: the same name twice would rightly be offered as the same person.
        String newcomer = tablet == Tablet.PORTRAIT ? "Fanta Coulibaly" : "Kadiatou Sangaré";
        Page page = openInstalled(tablet, "mentor", "demo");
        page.navigate("/");
        page.waitForURL(address -> URI.create(address).getPath().equals("/field"));
        assertThat(new FieldApp(page).heading("My sessions")).isVisible();
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");

        context().setOffline(true);
        page.close();
        page = context().newPage();
        watch(page);
        page.navigate("/"); // the start URL of the installed app, as the home-screen icon opens it
        FieldApp field = new FieldApp(page);
        assertThat(field.heading("My sessions")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/field$"));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Offline"))).isVisible();

        page.navigate("/sessions"); // a server-side view, opened with no connection
        assertThat(page.getByText("This page needs a connection. Your logs are safe on this tablet.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open my sessions on this tablet")).click();
        assertThat(field.heading("My sessions")).isVisible();

        long started = System.nanoTime();
        field.logRealisticSession(purpose, FieldApp.demoRegister(jdbc, 7), newcomer);
        field.tap(field.button("Submit for review"));
        assertThat(page.getByText("Submitted on this tablet, sent at the next connection").first()).isVisible();
        Duration logging = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Field journey (%s): %d taps, %d keystrokes, %d s of driving the browser%n", tablet,
                field.taps(), field.keystrokes(), logging.toSeconds());

        page.reload();
        page.reload();
        field.button("← My sessions").click();
        Locator card = field.card(purpose);
        assertThat(card).containsText("Only on this tablet");
        assertThat(card).containsText("8 attendees");
        assertThat(page.getByTestId("unsynced")).containsText("2 changes waiting to sync");

        Object stored = page.evaluate("() => navigator.storage.estimate().then(estimate => estimate.usage)");
        System.out.printf("Field journey (%s): %s bytes stored on the tablet (service worker cache and IndexedDB)%n",
                tablet, stored);

        context().setOffline(false);
        button(page, "Sync now").click();
        assertThat(page.getByTestId("unsynced")).containsText("Everything synced");
        assertThat(card).containsText("Synced");
        button(page, "Sign out").click(); // nothing unsynced: no question, and the tablet's copy goes
        page.waitForURL(address -> address.endsWith("/login"));
        page.waitForFunction("() => indexedDB.databases().then(all => !all.some(db => db.name === 'mentorlog-field'))");

        long sessionId = jdbc.sql("select id from training_session where purpose = ?").param(purpose)
                .query(Long.class).single();
        assertThat(count("training_session where purpose = ? and status = 'SUBMITTED'", purpose)).isEqualTo(1);
        assertThat(count("attendance where session_id = ?", sessionId)).isEqualTo(8);
        assertThat(count("session_topic where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("competency_rating where session_id = ?", sessionId)).isEqualTo(1);
        assertThat(count("observation where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("follow_up_action where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("trainee where full_name = ?", newcomer)).isEqualTo(1);

        Page leader = open(tablet);
        signIn(leader, "leader", "demo");
        leader.navigate("/reviews");
        assertThat(leader.getByText(purpose)).hasCount(1);
        leader.getByText(purpose).click();
        assertThat(leader.getByText(newcomer).first()).isVisible();
        assertThat(leader.getByText("Practise the photo log with a scale")).isVisible();
        assertThat(leader.getByText("Lead the cordon at the next exercise")).isVisible();
    }

    @Test
    void a_log_changed_on_the_server_while_the_tablet_was_offline_shows_both_copies_and_loses_nothing() {
        Page tablet = openInstalled(Tablet.LANDSCAPE, "mentor", "demo");
        BrowserContext tabletContext = context();
        tablet.navigate("/field");
        button(tablet, "New session").click();
        Locator purpose = tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Purpose").setExact(true));
        purpose.fill("Check the cordon log");
        button(tablet, "Sync now").click();
        assertThat(tablet.getByTestId("unsynced")).containsText("Everything synced");
        String log = tablet.url().substring(tablet.url().indexOf("log=") + 4);

        Page otherTab = open(Tablet.LANDSCAPE);
        signIn(otherTab, "mentor", "demo");
        otherTab.waitForURL(address -> URI.create(address).getPath().equals("/field"));
        otherTab.navigate("/field?log=" + log);
        otherTab.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Purpose").setExact(true))
                .fill("Changed in the other tab");
        button(otherTab, "Sync now").click();
        assertThat(otherTab.getByTestId("unsynced")).containsText("Everything synced");

        tabletContext.setOffline(true);
        purpose.fill("Changed offline on the tablet");
        assertThat(tablet.getByTestId("sync-state")).containsText("Waiting to sync");
        tabletContext.setOffline(false);
        button(tablet, "Sync now").click();

        assertThat(tablet.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This log was changed elsewhere")))
                .isVisible();
        assertThat(tablet.getByText("This tablet: Changed offline on the tablet")).isVisible();
        assertThat(tablet.getByText("Server: Changed in the other tab")).isVisible();
        button(tablet, "Keep these choices").click();
        assertThat(tablet.getByTestId("unsynced")).containsText("Everything synced");
        assertThat(jdbc.sql("select purpose from training_session where client_id = ?").param(log).query(String.class)
                .single()).isEqualTo("Changed offline on the tablet");
        tabletContext.close();
    }

    private long count(String from, Object parameter) {
        return jdbc.sql("select count(*) from " + from).param(parameter).query(Long.class).single();
    }
}
