package org.mentorlog.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class FirstAdministratorTest {

    @Test
    void a_first_start_without_an_administrator_password_refuses_to_start() {
        AppUserRepository noUsers = mock(AppUserRepository.class);
        when(noUsers.count()).thenReturn(0L);
        FirstAdministrator first = new FirstAdministrator(noUsers, mock(PasswordEncoder.class), new PasswordPolicy(12), "");

        assertThatThrownBy(() -> first.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MENTORLOG_ADMIN_PASSWORD");
    }

    @Test
    void a_common_administrator_password_is_refused_at_the_first_start_too() {
        AppUserRepository noUsers = mock(AppUserRepository.class);
        when(noUsers.count()).thenReturn(0L);
        FirstAdministrator first = new FirstAdministrator(noUsers, mock(PasswordEncoder.class), new PasswordPolicy(12),
                "qwertyuiop123");

        assertThatThrownBy(() -> first.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 characters, not a common password");
    }
}
