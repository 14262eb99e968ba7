package org.mentorlog.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in to the audit trail, successful or refused, under the username typed. Only
 * the sign-in form authenticates through Spring Security's manager; API tokens are checked by their
 * own filter and audited with each summary they fetch.
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

    /** The reason is the kind of refusal (bad credentials, disabled account), never the password typed. */
    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        audit.recordSignIn(event.getAuthentication().getName(), false,
                "reason=" + event.getException().getClass().getSimpleName());
    }
}
