package org.mentorlog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestData data;

    private TeamRef team;
    private UserRef admin;

    @BeforeEach
    void signInAsAdministrator() {
        team = data.team();
        admin = data.user(Role.ADMIN, null);
        data.signIn(admin);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_administrator_creates_a_mentor_who_can_then_sign_in() {
        UserRow created = users.create(new NewUser(" Astrid.Lund ", "Astrid Lund", Role.MENTOR, team.id(), Set.of(), false, "long-enough-pw1"));

        assertThat(created.username()).isEqualTo("astrid.lund");
        var details = userDetails.loadUserByUsername("astrid.lund");
        assertThat(passwordEncoder.matches("long-enough-pw1", details.getPassword())).isTrue();
        assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MENTOR");
    }

    @Test
    void a_duplicate_username_is_refused_and_nothing_is_stored() {
        users.create(new NewUser("sigrid", "Sigrid", Role.MENTOR, team.id(), Set.of(), false, "long-enough-pw1"));
        long before = data.count("app_user");

        assertThatThrownBy(() -> users.create(new NewUser("SIGRID", "Another", Role.MENTOR, team.id(), Set.of(), false, "long-enough-pw1")))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "user.error.duplicate-username");
        assertThat(data.count("app_user")).isEqualTo(before);
    }

    @Test
    void a_mentor_needs_an_existing_team() {
        assertThatThrownBy(() -> users.create(new NewUser("nils", "Nils", Role.MENTOR, null, Set.of(), false, "long-enough-pw1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.team-required");
        assertThatThrownBy(() -> users.create(new NewUser("nils", "Nils", Role.MENTOR, 999_999L, Set.of(), false, "long-enough-pw1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.unknown-team");
    }

    @Test
    void empty_and_too_long_fields_are_refused() {
        assertThatThrownBy(() -> users.create(new NewUser("", "Nils", Role.HQ_ANALYST, null, Set.of(), false, "long-enough-pw1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.username-required");
        assertThatThrownBy(() -> users.create(new NewUser("nils", " ", Role.HQ_ANALYST, null, Set.of(), false, "long-enough-pw1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.display-name-required");
        assertThatThrownBy(() -> users.create(new NewUser("nils", "N".repeat(UserLimits.DISPLAY_NAME_MAX + 1),
                Role.HQ_ANALYST, null, Set.of(), false, "long-enough-pw1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.display-name-too-long");
        assertThatThrownBy(() -> users.create(new NewUser("nils", "Nils", Role.HQ_ANALYST, null, Set.of(), false, "short")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.password-too-short");
        assertThatThrownBy(() -> users.create(new NewUser("<script>", "Nils", Role.HQ_ANALYST, null, Set.of(), false, "long-enough-pw1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.username-format");
    }

    @Test
    void a_disabled_account_can_no_longer_sign_in() {
        UserRow created = users.create(new NewUser("olav", "Olav", Role.HQ_ANALYST, null, Set.of(), false, "long-enough-pw1"));

        users.update(created.id(), new UserChanges(created.version(), "Olav", Role.HQ_ANALYST, null, Set.of(), false, false));

        assertThat(userDetails.loadUserByUsername("olav").isEnabled()).isFalse();
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        UserRow created = users.create(new NewUser("tove", "Tove", Role.TEAM_LEADER, team.id(), Set.of(), false, "first-password"));

        users.resetPassword(created.id(), "second-password");

        String hash = userDetails.loadUserByUsername("tove").getPassword();
        assertThat(passwordEncoder.matches("second-password", hash)).isTrue();
        assertThat(passwordEncoder.matches("first-password", hash)).isFalse();
    }

    @Test
    void passwords_shorter_than_twelve_characters_common_or_the_username_are_refused() {
        assertThatThrownBy(() -> users.create(new NewUser("ida", "Ida", Role.MENTOR, team.id(), Set.of(), false, "eleven-char")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.password-too-short");
        assertThatThrownBy(() -> users.create(new NewUser("ida", "Ida", Role.MENTOR, team.id(), Set.of(), false, "qwertyuiop123")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.password-common");
        assertThatThrownBy(() -> users.create(new NewUser("ida", "Ida", Role.MENTOR, team.id(), Set.of(), false, "Password2026!!")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.password-common");
        assertThatThrownBy(() -> users.create(new NewUser("ida.strand", "Ida", Role.MENTOR, team.id(), Set.of(), false,
                "ida.strand2026!")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.password-is-username");
        assertThat(users.create(new NewUser("ida", "Ida", Role.MENTOR, team.id(), Set.of(), false, "river stones 12"))
                .mustChangePassword()).isFalse();
    }

    @Test
    void a_reset_password_must_be_changed_at_the_next_sign_in() {
        UserRow created = users.create(new NewUser("rune", "Rune", Role.MENTOR, team.id(), Set.of(), false, "first-password"));

        users.resetPassword(created.id(), "second-password");

        assertThat(users.list(org.springframework.data.domain.Pageable.ofSize(500)).stream()
                .filter(row -> row.id().equals(created.id())).findFirst().orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void an_administrator_cannot_lock_herself_out() {
        UserRow self = users.list(org.springframework.data.domain.Pageable.ofSize(500)).stream()
                .filter(row -> row.username().equals(admin.username())).findFirst().orElseThrow();

        assertThatThrownBy(() -> users.update(self.id(), new UserChanges(self.version(), "Me", Role.ADMIN, null, Set.of(), false, false)))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.cannot-demote-self");
    }

    @Test
    void only_administrators_manage_accounts() {
        data.signIn(data.user(Role.TEAM_LEADER, team));

        assertThatThrownBy(() -> users.create(new NewUser("eve", "Eve", Role.ADMIN, null, Set.of(), false, "long-enough-pw1")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
