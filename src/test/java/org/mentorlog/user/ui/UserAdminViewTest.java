package org.mentorlog.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    private UserRef existing;

    @BeforeEach
    void signInAsAdministrator() {
        data.team();
        existing = data.user(Role.MENTOR, data.team());
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_duplicate_username_is_explained_and_the_dialog_keeps_what_was_typed() {
        navigate(UserAdminView.class);
        long before = data.count("app_user");

        fillNewUser(existing.username(), "Twin", "long-enough-pw1");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("The username " + existing.username() + " is already taken.");
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(find(TextField.class).withLabel("Full name").single().getValue()).isEqualTo("Twin");
        assertThat(data.count("app_user")).isEqualTo(before);
    }

    @Test
    void messages_come_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(UserAdminView.class);

        test(find(Button.class).withText("Nouvel utilisateur").single()).click();
        test(find(TextField.class).withLabel("Nom d'utilisateur").single()).setValue("nouvelle");
        test(find(TextField.class).withLabel("Nom complet").single()).setValue("Nouvelle");
        test(find(PasswordField.class).withLabel("Mot de passe").single()).setValue("court");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).contains("au moins 12 caractères");
    }

    @Test
    void a_new_headquarters_analyst_appears_in_the_list() {
        navigate(UserAdminView.class);

        fillNewUser("hq-analyst-new", "Hilde Haugen", "long-enough-pw1");
        test(find(Select.class).withLabel("Role").single()).selectItem("Headquarters analyst");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(data.count("app_user where username = 'hq-analyst-new' and role = 'HQ_ANALYST'")).isEqualTo(1);
    }

    @Test
    void a_new_headquarters_analyst_may_export_summaries_from_the_start() {
        navigate(UserAdminView.class);

        fillNewUser("hq-exporter-new", "Eva Eide", "long-enough-pw1");
        test(find(Select.class).withLabel("Role").single()).selectItem("Headquarters analyst");
        test(find(Checkbox.class).withLabel("May export summaries").single()).click();
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(data.count("app_user where username = 'hq-exporter-new' and can_export")).isEqualTo(1);
    }

    private void fillNewUser(String username, String displayName, String password) {
        test(find(Button.class).withText("New user").single()).click();
        test(find(TextField.class).withLabel("Username").single()).setValue(username);
        test(find(TextField.class).withLabel("Full name").single()).setValue(displayName);
        test(find(PasswordField.class).withLabel("Password").single()).setValue(password);
    }
}
