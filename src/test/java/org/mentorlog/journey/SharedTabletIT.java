package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One tablet, two mentors (issue 9, point 6): Ingrid's session ends with a log still only on the tablet, and
 * her colleague Kari signs in on it. Kari neither sees Ingrid's logs nor sends them as her own; she signs out
 * and leaves them for Ingrid, or discards them to use the tablet herself.
 */
class SharedTabletIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_colleague_signing_in_leaves_the_first_mentors_unsent_log_for_her() {
        String purpose = "Ingrid's log, written before her session ended";
        FieldApp field = unsentLogOfIngrid(purpose);

        signInOverHttp("mentor3", "demo");
        field.page().navigate("/field");
        assertThat(field.page().getByRole(AriaRole.ALERT)).containsText(
                "This tablet holds 1 change by Ingrid Solberg that the server does not have yet.");
        assertThat(field.page().getByText(purpose)).hasCount(0);
        assertThat(logs(purpose)).isZero();

        field.button("Sign out").click();
        field.page().waitForURL(address -> URI.create(address).getPath().equals("/login"));
        signInOverHttp("mentor", "demo");
        field.page().navigate("/field");
        assertThat(field.unsynced()).hasText("Everything synced");
        assertThat(jdbc.sql("select count(*) from training_session s join app_user u on u.id = s.lead_mentor_id"
                + " where s.purpose = ? and u.username = 'mentor'").param(purpose).query(Long.class).single()).isOne();
    }

    @Test
    void a_colleague_may_discard_them_and_use_the_tablet_herself() {
        String purpose = "Ingrid's log, discarded by a colleague";
        FieldApp field = unsentLogOfIngrid(purpose);

        signInOverHttp("mentor3", "demo");
        field.page().navigate("/field");
        field.button("Discard them").click();

        assertThat(field.heading("My sessions")).isVisible();
        assertThat(field.page().getByRole(AriaRole.BANNER)).containsText("Kari Nilsen");
        assertThat(field.unsynced()).hasText("Everything synced");
        assertThat(field.page().getByText(purpose)).hasCount(0);
        assertThat(logs(purpose)).isZero();
    }

    /** Ingrid, on an installed tablet, logs a session with no connection; then her server session ends. */
    private FieldApp unsentLogOfIngrid(String purpose) {
        Page page = openInstalled(Tablet.LANDSCAPE, "mentor", "demo");
        page.navigate("/field");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        FieldApp field = new FieldApp(page);
        assertThat(field.heading("My sessions")).isVisible();
        context().setOffline(true);
        field.tap(field.button("New session"));
        field.type(field.purpose(), purpose);
        assertThat(field.unsynced()).hasText("1 change waiting to sync");
        context().setOffline(false);
        context().clearCookies();
        return field;
    }

    private long logs(String purpose) {
        return jdbc.sql("select count(*) from training_session where purpose = ?").param(purpose).query(Long.class).single();
    }
}
