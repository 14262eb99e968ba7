package org.mentorlog.audit;

import java.time.Clock;
import java.util.List;
import org.mentorlog.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the audit trail: every change to a record is written here, in the changing transaction. */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a change made by the signed-in user (or "system" when nobody is signed in).
     *
     * @param summary what changed, before and after; never a trainee's name
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, String summary) {
        events.save(new AuditEvent(clock.instant(), actor(), entityType, entityId, action, summary));
    }

    /** The trail of one record, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<AuditEntry> trailOf(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream()
                .map(AuditEntry::of)
                .toList();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
