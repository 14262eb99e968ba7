package org.mentorlog.audit;

import java.time.Instant;

/** One audited change, as an administrator reads it. */
public record AuditEntry(Instant occurredAt, String actor, String entityType, Long entityId, String action,
                         String summary) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getOccurredAt(), event.getActor(), event.getEntityType(), event.getEntityId(),
                event.getAction(), event.getSummary());
    }
}
