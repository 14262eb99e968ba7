package org.mentorlog.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes every successful sign-in to the audit trail. Refused ones are written by the user feature's
 * sign-in guard, which knows whether the account is locked. Only the sign-in form authenticates through
 * Spring Security's manager; API tokens are checked by their own filter and audited with each summary
 * they fetch.
 */
@Component
class SignInAudit {

    private final AuditService audit;

    SignInAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.recordSignIn(event.getAuthentication().getName(), true, null);
    }
}
