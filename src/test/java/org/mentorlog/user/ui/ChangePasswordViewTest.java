package org.mentorlog.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void after_an_administrators_reset_every_page_leads_to_the_change_password_page_until_she_chose_her_own() {
        UserRef mentor = data.user(Role.MENTOR, data.team());
        data.signIn(data.user(Role.ADMIN, null));
        users.resetPassword(mentor.id(), "handed-over-in-person");
        data.signIn(mentor);

        UI.getCurrent().navigate("sessions");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).single().getText())
                .isEqualTo("An administrator set your password. Choose your own before you go on.");

        fill("handed-over-in-person", "my own tablet phrase", "my own tablet phrase");
        test(find(Button.class).withText("Change password").last()).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Your password has been changed.");
        assertThat(passwordEncoder.matches("my own tablet phrase", accounts.loadUserByUsername(mentor.username())
                .getPassword())).isTrue();
        UI.getCurrent().navigate("sessions");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void a_common_password_a_wrong_current_one_and_a_mistyped_repeat_are_refused_with_a_reason() {
        UserRef leader = data.user(Role.TEAM_LEADER, data.team());
        data.signIn(leader);
        navigate(ChangePasswordView.class);

        fill("password", "monkey1234567!", "monkey1234567!");
        test(find(Button.class).withText("Change password").last()).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("This password is one of the most common ones and easy to guess. Choose another.");

        fill("not-my-password", "a quiet river at dawn", "a quiet river at dawn");
        test(find(Button.class).withText("Change password").last()).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("The current password is not right.");

        fill("password", "a quiet river at dawn", "a quiet river at dusk");
        test(find(Button.class).withText("Change password").last()).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("The two new passwords differ. Type the same one twice.");

        fill("password", "short", "short");
        test(find(Button.class).withText("Change password").last()).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("at least 12 characters");

        assertThat(passwordEncoder.matches("password", accounts.loadUserByUsername(leader.username()).getPassword()))
                .isTrue();
    }

    private void fill(String current, String replacement, String repeated) {
        test(find(PasswordField.class).withLabel("Current password").single()).setValue(current);
        test(find(PasswordField.class).withLabel("New password").single()).setValue(replacement);
        test(find(PasswordField.class).withLabel("Repeat the new password").single()).setValue(repeated);
    }
}
