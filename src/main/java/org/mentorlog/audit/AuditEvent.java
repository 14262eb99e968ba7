package org.mentorlog.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.mentorlog.base.PlainText;

/** Who changed what, when; written once, never edited. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    static final int ACTOR_MAX = 50;
    static final int ENTITY_TYPE_MAX = 40;
    static final int ACTION_MAX = 20;
    static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false)
    private String action;

    private String summary;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String entityType, Long entityId, String action, String summary) {
        this.occurredAt = occurredAt;
        this.actor = fit(actor, ACTOR_MAX);
        this.entityType = fit(entityType, ENTITY_TYPE_MAX);
        this.entityId = entityId;
        this.action = fit(action, ACTION_MAX);
        this.summary = summary == null ? null : fit(summary, SUMMARY_MAX);
    }

    /**
     * Plain text cut to its column. A typed username of a failed sign-in lands here as it was typed,
     * so the trail must take anything without failing the sign-in or the change it records.
     */
    private static String fit(String text, int max) {
        String clean = PlainText.cleanMultiline(text == null ? "" : text);
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getEntityType() {
        return entityType;
    }

    Long getEntityId() {
        return entityId;
    }

    String getAction() {
        return action;
    }

    String getSummary() {
        return summary;
    }
}
