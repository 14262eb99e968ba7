package org.mentorlog.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A trainee's attendance in a session and her participation record: role held and quality flags. */
@Entity
@Table(name = "attendance")
class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "trainee_id", nullable = false)
    private Long traineeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AttendanceStatus status = AttendanceStatus.PRESENT;

    @Column(name = "role_id")
    private Long roleId;

    @Column(name = "position_of_authority", nullable = false)
    private boolean positionOfAuthority;

    @Column(name = "non_traditional_role", nullable = false)
    private boolean nonTraditionalRole;

    @Column(name = "spoke_or_asked", nullable = false)
    private boolean spokeOrAsked;

    @Column(name = "led_task", nullable = false)
    private boolean ledTask;

    @Column(name = "hands_on", nullable = false)
    private boolean handsOn;

    @Column(name = "admin_only", nullable = false)
    private boolean adminOnly;

    @Column(nullable = false)
    private boolean interrupted;

    @Column(name = "evidence_note")
    private String evidenceNote;

    protected Attendance() {
    }

    Attendance(TrainingSession session, Long traineeId) {
        this.session = session;
        this.traineeId = traineeId;
    }

    void record(AttendeeLog log) {
        this.status = log.status() == null ? AttendanceStatus.PRESENT : log.status();
        this.roleId = log.roleId();
        this.positionOfAuthority = log.positionOfAuthority();
        this.nonTraditionalRole = log.nonTraditionalRole();
        this.spokeOrAsked = log.spokeOrAsked();
        this.ledTask = log.ledTask();
        this.handsOn = log.handsOn();
        this.adminOnly = log.adminOnly();
        this.interrupted = log.interrupted();
        this.evidenceNote = Texts.optional(log.evidenceNote(), SessionLimits.EVIDENCE_NOTE_MAX,
                "session.error.evidence-too-long");
    }

    AttendeeLog toLog(java.util.Map<Long, Integer> ratings) {
        return new AttendeeLog(traineeId, status, roleId, positionOfAuthority, nonTraditionalRole, spokeOrAsked,
                ledTask, handsOn, adminOnly, interrupted, evidenceNote, ratings);
    }

    Long getId() {
        return id;
    }

    Long getTraineeId() {
        return traineeId;
    }

    AttendanceStatus getStatus() {
        return status;
    }

    Long getRoleId() {
        return roleId;
    }

    boolean isPositionOfAuthority() {
        return positionOfAuthority;
    }

    boolean isNonTraditionalRole() {
        return nonTraditionalRole;
    }
}
