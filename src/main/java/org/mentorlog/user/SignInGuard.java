package org.mentorlog.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@code mentorlog.sign-in.lock-duration} (15 minutes) after
 * {@code mentorlog.sign-in.max-failures} (5) wrong passwords in a row, and writes every refused sign-in
 * to the audit trail with why it was refused. While locked, every attempt is refused like a wrong
 * password, the right password included, so guessing on goes nowhere; attempts then are audited but do
 * not prolong the lock. A successful sign-in starts counting again.
 */
@Component
class SignInGuard {

    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    SignInGuard(AppUserRepository users, AuditService audit, Clock clock,
                @Value("${mentorlog.sign-in.max-failures:5}") int maxFailures,
                @Value("${mentorlog.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = Math.max(1, maxFailures);
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    void refused(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        Optional<AppUser> account = validUsername(typed).flatMap(users::findByUsername);
        Instant now = clock.instant();
        Instant lockedUntil = account.map(user -> user.lockedUntil(now)).orElse(null);
        if (lockedUntil != null) {
            audit.recordSignIn(typed, false, "reason=locked until " + lockedUntil);
            return;
        }
        audit.recordSignIn(typed, false, "reason=" + event.getException().getClass().getSimpleName());
        if (account.isPresent() && event.getException() instanceof BadCredentialsException) {
            AppUser user = account.get();
            users.countFailedSignIn(user.getId());
            Instant until = now.plus(lockDuration);
            if (users.lockIfReached(user.getId(), maxFailures, until) > 0) {
                audit.record("user", user.getId(), "LOCK", "username=" + user.getUsername() + ", " + maxFailures
                        + " failed sign-ins in a row, locked until " + until);
            }
        }
    }

    /** Only a well-formed username is looked up: PostgreSQL would refuse a NUL someone typed. */
    private static Optional<String> validUsername(String typed) {
        try {
            return Optional.of(AppUser.normaliseUsername(typed));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(user -> users.clearFailedSignIns(user.getId()));
    }
}
