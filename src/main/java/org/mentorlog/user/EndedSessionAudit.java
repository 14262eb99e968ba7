package org.mentorlog.user;

import org.mentorlog.audit.AuditService;
import org.mentorlog.security.SessionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts every session ended by a change of the account into the account's audit trail. */
@Component
class EndedSessionAudit {

    private final AppUserRepository users;
    private final AuditService audit;

    EndedSessionAudit(AppUserRepository users, AuditService audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void record(SessionEnded ended) {
        Long userId = users.findByUsername(ended.username()).map(AppUser::getId).orElse(null);
        audit.record("user", userId, "SESSION_ENDED", "username=" + ended.username() + ", reason=" + ended.reason());
    }
}
