package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, point 1, as a tablet lives it: a mentor whose tablet speaks French signs in once, writes a log
 * with no connection, and the tablet is switched off (the browser closed, its profile kept on disk). Switched
 * on again with no connection at all, the app opens from its start URL with her log still only on the
 * tablet and her follow-ups, and a server-side page says, in French, that it needs a connection.
 */
class TabletRestartIT extends BrowserJourney {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.FRENCH);

    @TempDir
    Path profile;

    @Test
    void switched_on_again_with_no_connection_the_app_opens_with_her_log_and_follow_ups_in_french() {
        String purpose = "Écrit hors ligne avant l'arrêt de la tablette";
        openPersistent(profile, Tablet.PORTRAIT, "fr-FR", false);
        signInOverHttp("mentor", "demo");
        Page page = page();
        page.navigate("/field");
        FieldApp field = new FieldApp(page);
        assertThat(field.heading(text("field.my-sessions"))).isVisible();
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        context().setOffline(true);
        field.tap(field.button(text("field.new-session")));
        field.type(page.getByLabel(text("session.purpose")).first(), purpose);
        assertThat(page.getByTestId("sync-state")).hasText(text("field.state.local"));
        context().close();

        openPersistent(profile, Tablet.PORTRAIT, "fr-FR", true);
        page = page();
        field = new FieldApp(page);
        page.navigate("/"); // the installed app's start URL, as its home-screen icon opens it
        page.waitForURL(address -> URI.create(address).getPath().equals("/field"));
        assertThat(field.heading(text("field.my-sessions"))).isVisible();
        assertThat(field.card(purpose)).containsText(text("field.state.local"));
        assertThat(field.heading(text("field.my-follow-ups"))).isVisible();
        assertThat(page.locator("li.field-card").filter(new Locator.FilterOptions()
                .setHas(field.button(text("field.mark-done")))).first()).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text("field.offline"))))
                .isVisible();

        page.navigate("/sessions");
        assertThat(page.getByText(text("field.needs-connection"))).isVisible();
        assertThat(text("field.needs-connection")).isNotEqualTo(
                ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH).getString("field.needs-connection"));
    }

    private static String text(String key) {
        return FRENCH.getString(key);
    }
}
