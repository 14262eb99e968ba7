package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends SpringBrowserlessTest {

    private static final Pattern INCIDENT = Pattern.compile("ML-[0-9A-Z]{8}");

    @Autowired
    TestData data;

    @BeforeEach
    void signInAsMentor() {
        data.signIn(data.user(Role.MENTOR, data.team()));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_page_that_fails_to_open_shows_an_incident_id_and_the_exception_only_goes_to_the_log(CapturedOutput log) {
        navigate("test/failing", UnexpectedErrorView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Something went wrong");
        String incident = incidentIn(find(Paragraph.class).withClassName("incident").single().getText());
        assertThat(pageText()).contains("This page could not be opened.")
                .doesNotContain("IllegalStateException").doesNotContain("TypeMismatch").doesNotContain("90098");
        assertThat(find(RouterLink.class).single().getText()).isEqualTo("Back to the start page");
        assertThat(log).contains("ERROR").contains("Incident " + incident + ": Opening 'test/failing' failed")
                .contains("java.lang.IllegalStateException: " + FailingViews.SECRET);
    }

    @Test
    void the_error_page_speaks_the_users_language() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        navigate("test/failing", UnexpectedErrorView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Un problème est survenu");
        assertThat(find(Paragraph.class).withClassName("incident").single().getText()).matches("Incident ML-\\w{8}");
        assertThat(find(RouterLink.class).single().getText()).isEqualTo("Retour à la page d'accueil");
    }

    @Test
    void an_unknown_address_shows_a_not_found_page_that_lists_no_routes() {
        navigate("no/such/page", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(pageText()).doesNotContain("admin/users").doesNotContain("sessions").doesNotContain("ML-");
    }

    @Test
    void a_page_the_mentor_may_not_open_answers_not_found_rather_than_an_error() {
        navigate("admin/users", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void a_service_refusing_the_user_while_a_page_opens_answers_not_found_without_an_incident(CapturedOutput log) {
        navigate("test/refused", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(pageText()).doesNotContain(FailingViews.SECRET);
        assertThat(log).doesNotContain("Incident ML-");
    }

    @Test
    void a_click_that_fails_unexpectedly_shows_an_incident_id_and_no_exception_text(CapturedOutput log) {
        navigate("", com.vaadin.flow.component.Component.class);
        Button button = new Button("Try", click -> {
            throw new IllegalStateException(FailingViews.SECRET);
        });
        UI.getCurrent().add(button);

        clickAsTheBrowserWould(button);

        String text = test(find(Notification.class).last()).getText();
        assertThat(text).startsWith("The action could not be completed.")
                .doesNotContain("IllegalStateException").doesNotContain("TypeMismatch").doesNotContain("90098");
        assertThat(log).contains("Incident " + incidentIn(text) + ": An event handler failed")
                .contains("java.lang.IllegalStateException: " + FailingViews.SECRET);
    }

    @Test
    void a_broken_domain_rule_from_a_click_is_told_in_the_users_language_even_when_wrapped(CapturedOutput log) {
        navigate("", com.vaadin.flow.component.Component.class);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nb"));
        Button button = new Button("Try", click -> {
            throw new IllegalStateException("wrapped by a proxy", new DomainException("error.concurrent-change"));
        });
        UI.getCurrent().add(button);

        clickAsTheBrowserWould(button);

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo(
                "Noen andre har endret denne posten i mellomtiden. Lukk, åpne på nytt og gjør endringen din igjen.");
        assertThat(log).doesNotContain("Incident ML-");
    }

    /**
     * In the browser, Vaadin hands what a listener threw to the session's error handler together with
     * the component; browserless-test throws it into the test instead, so the test hands it over.
     */
    private void clickAsTheBrowserWould(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException thrown) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown, button.getElement().getNode()));
            return;
        }
        throw new AssertionError("the click was expected to fail");
    }

    private static String incidentIn(String text) {
        Matcher matcher = INCIDENT.matcher(text);
        assertThat(matcher.find()).as("an incident id in '%s'", text).isTrue();
        return matcher.group();
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
