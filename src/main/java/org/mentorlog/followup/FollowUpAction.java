package org.mentorlog.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;
import org.mentorlog.base.PlausibleDates;
import org.mentorlog.base.VersionedEntity;

/** Something to do for one trainee, arising from a session or an observation. */
@Entity
@Table(name = "follow_up_action")
class FollowUpAction extends VersionedEntity {

    @Column(name = "trainee_id", nullable = false)
    private Long traineeId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "observation_id")
    private Long observationId;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    private String outcome;

    @Column(name = "closed_date")
    private LocalDate closedDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUpAction() {
    }

    FollowUpAction(Long sessionId, FollowUpInput input, Instant createdAt) {
        this.sessionId = sessionId;
        this.createdAt = createdAt;
        plan(input);
    }

    /** Changes what is to be done, by whom and when; only while the action is still to do. */
    void plan(FollowUpInput input) {
        if (status.isClosed()) {
            return;
        }
        String text = input.description() == null ? "" : PlainText.clean(input.description());
        if (text.length() > FollowUpLimits.DESCRIPTION_MAX) {
            throw new DomainException("followup.error.description-too-long", FollowUpLimits.DESCRIPTION_MAX);
        }
        if (input.traineeId() == null || input.ownerId() == null || input.dueDate() == null) {
            throw new DomainException("followup.error.incomplete");
        }
        PlausibleDates.require(input.dueDate());
        this.traineeId = input.traineeId();
        this.description = text;
        this.ownerId = input.ownerId();
        this.dueDate = input.dueDate();
    }

    /** Closes the action as done or cancelled, with what came of it (or why it was dropped). */
    void close(FollowUpStatus closing, String outcomeText, LocalDate today) {
        if (!closing.isClosed()) {
            throw new IllegalArgumentException("Not a closing status: " + closing);
        }
        if (status.isClosed()) {
            throw new DomainException("followup.error.already-closed");
        }
        String text = outcomeText == null ? "" : PlainText.cleanMultiline(outcomeText);
        if (text.isEmpty()) {
            throw new DomainException(closing == FollowUpStatus.DONE ? "followup.error.outcome-required"
                    : "followup.error.reason-required");
        }
        if (text.length() > FollowUpLimits.OUTCOME_MAX) {
            throw new DomainException("followup.error.outcome-too-long", FollowUpLimits.OUTCOME_MAX);
        }
        this.status = closing;
        this.outcome = text;
        this.closedDate = today;
    }

    FollowUpInput toInput() {
        return new FollowUpInput(getId(), traineeId, description, ownerId, dueDate);
    }

    /** Overdue: still to do and past its due date. */
    boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueDate.isBefore(today);
    }

    Long getTraineeId() {
        return traineeId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getDescription() {
        return description;
    }

    Long getOwnerId() {
        return ownerId;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    FollowUpStatus getStatus() {
        return status;
    }

    String getOutcome() {
        return outcome;
    }

    LocalDate getClosedDate() {
        return closedDate;
    }
}
