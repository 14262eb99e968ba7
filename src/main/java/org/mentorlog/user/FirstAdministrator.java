package org.mentorlog.user;

import org.mentorlog.base.DomainException;
import org.mentorlog.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a real deployment (no accounts yet, no demo profile) creates the account
 * {@code admin} with the password from {@code MENTORLOG_ADMIN_PASSWORD}, and refuses to start without
 * it: there is no default password to forget to change.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final String initialPassword;

    FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       @Value("${mentorlog.admin-password:}") String initialPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        try {
            passwordPolicy.check(initialPassword, "admin");
        } catch (DomainException refused) {
            throw new IllegalStateException("First start: set MENTORLOG_ADMIN_PASSWORD (at least "
                    + passwordPolicy.minLength() + " characters, not a common password, not containing 'admin')"
                    + " to create the administrator account 'admin'. Refused: " + refused.messageKey());
        }
        users.save(new AppUser("admin", "Administrator", passwordEncoder.encode(initialPassword), Role.ADMIN, null));
        log.info("Created the administrator account 'admin' from MENTORLOG_ADMIN_PASSWORD.");
    }
}
