package org.mentorlog.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;
import org.mentorlog.base.VersionedEntity;

/** One course, exercise or mentoring visit as its lead mentor logged it. */
@Entity
@Table(name = "training_session")
class TrainingSession extends VersionedEntity {

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "lead_mentor_id", nullable = false)
    private Long leadMentorId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SessionFormat format;

    private String purpose;

    @Column(nullable = false)
    private String language;

    @Column(name = "unregistered_women", nullable = false)
    private int unregisteredWomen;

    @Column(name = "unregistered_men", nullable = false)
    private int unregisteredMen;

    @Column(name = "unregistered_unknown", nullable = false)
    private int unregisteredUnknown;

    @Column(name = "gender_content", nullable = false)
    private boolean genderContent;

    @Column(name = "gender_content_note")
    private String genderContentNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /**
     * The id the log is known by on tablets: made by the tablet that created it, or here for a log written
     * in the former server-side editor.
     */
    @Column(name = "client_id", updatable = false)
    private String clientId;

    /** The last change from a tablet this log took; the same change sent again is not applied twice. */
    @Column(name = "last_change_id")
    private String lastChangeId;

    @ElementCollection
    @CollectionTable(name = "session_co_mentor", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "user_id")
    private Set<Long> coMentorIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "session_topic", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "topic_id")
    private Set<Long> topicIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CompetencyRating> ratings = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SessionReview> reviews = new ArrayList<>();

    protected TrainingSession() {
    }

    TrainingSession(Long teamId, Long leadMentorId, Long siteId, LocalDate sessionDate, int durationMinutes,
                    SessionFormat format, String language, Instant now, String clientId) {
        this.clientId = clientId;
        this.teamId = teamId;
        this.leadMentorId = leadMentorId;
        this.siteId = siteId;
        this.sessionDate = sessionDate;
        this.durationMinutes = durationMinutes;
        this.format = format;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the header of the mentor's log, refusing anything out of bounds. */
    void recordHeader(SessionLog log, LocalDate today, Instant now) {
        if (log.date() == null) {
            throw new DomainException("session.error.date-required");
        }
        if (log.date().isAfter(today)) {
            throw new DomainException("session.error.date-future");
        }
        if (log.date().isBefore(today.minusYears(SessionLimits.OLDEST_YEARS))) {
            throw new DomainException("session.error.date-too-old", SessionLimits.OLDEST_YEARS);
        }
        if (log.durationMinutes() < 1 || log.durationMinutes() > SessionLimits.DURATION_MAX_MINUTES) {
            throw new DomainException("session.error.duration", SessionLimits.DURATION_MAX_MINUTES);
        }
        if (log.format() == null) {
            throw new DomainException("session.error.format-required");
        }
        requireHeadcount(log.unregisteredWomen());
        requireHeadcount(log.unregisteredMen());
        requireHeadcount(log.unregisteredUnknown());
        this.sessionDate = log.date();
        this.startTime = log.startTime();
        this.durationMinutes = log.durationMinutes();
        this.siteId = log.siteId();
        this.format = log.format();
        this.purpose = Texts.optional(log.purpose(), SessionLimits.PURPOSE_MAX, "session.error.purpose-too-long");
        this.language = language(log.language());
        this.unregisteredWomen = log.unregisteredWomen();
        this.unregisteredMen = log.unregisteredMen();
        this.unregisteredUnknown = log.unregisteredUnknown();
        this.genderContent = log.genderContent();
        this.genderContentNote = Texts.optional(log.genderContentNote(), SessionLimits.GENDER_NOTE_MAX,
                "session.error.gender-note-too-long");
        this.topicIds.clear();
        this.topicIds.addAll(log.topicIds());
        this.coMentorIds.clear();
        this.coMentorIds.addAll(log.coMentorIds());
        this.updatedAt = now;
    }

    /**
     * Brings attendance and ratings in line with the log. Rows are updated in place (never deleted
     * and re-inserted) so that the unique keys hold during the flush.
     */
    void recordAttendance(List<AttendeeLog> attendees) {
        Map<Long, AttendeeLog> wanted = new LinkedHashMap<>();
        attendees.forEach(attendee -> wanted.put(attendee.traineeId(), attendee));
        attendance.removeIf(row -> !wanted.containsKey(row.getTraineeId()));
        Map<Long, Attendance> byTrainee = new LinkedHashMap<>();
        attendance.forEach(row -> byTrainee.put(row.getTraineeId(), row));
        for (AttendeeLog attendee : wanted.values()) {
            byTrainee.computeIfAbsent(attendee.traineeId(), id -> {
                Attendance row = new Attendance(this, id);
                attendance.add(row);
                return row;
            }).record(attendee);
        }
        recordRatings(wanted.values());
    }

    private void recordRatings(Collection<AttendeeLog> attendees) {
        Map<List<Long>, Integer> wanted = new LinkedHashMap<>();
        for (AttendeeLog attendee : attendees) {
            if (!attendee.attended()) {
                continue;
            }
            attendee.ratings().forEach((topicId, level) -> {
                if (!topicIds.contains(topicId)) {
                    throw new DomainException("session.error.rating-topic");
                }
                wanted.put(List.of(attendee.traineeId(), topicId), level);
            });
        }
        ratings.removeIf(rating -> !wanted.containsKey(rating.key()));
        Map<List<Long>, CompetencyRating> existing = new LinkedHashMap<>();
        ratings.forEach(rating -> existing.put(rating.key(), rating));
        wanted.forEach((key, level) -> {
            CompetencyRating rating = existing.get(key);
            if (rating == null) {
                ratings.add(new CompetencyRating(this, key.get(0), key.get(1), level));
            } else {
                rating.rate(level);
            }
        });
    }

    /** Sends the log to the team leader; it is read only for the mentor from now on. */
    void submit(Instant now) {
        if (status != SessionStatus.DRAFT && status != SessionStatus.RETURNED) {
            throw new DomainException("session.error.not-editable");
        }
        this.status = SessionStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The team leader's approval: the log becomes a reviewed record. */
    void approve(Long reviewerId, Instant now) {
        requireSubmitted();
        reviews.add(new SessionReview(this, reviewerId, ReviewDecision.APPROVED, null, now));
        this.status = SessionStatus.REVIEWED;
        this.updatedAt = now;
    }

    /** Back to the mentor with the leader's comment, which she sees at the top of the log. */
    void returnToMentor(Long reviewerId, String comment, Instant now) {
        requireSubmitted();
        String text = comment == null ? "" : PlainText.cleanMultiline(comment);
        if (text.isEmpty()) {
            throw new DomainException("review.error.comment-required");
        }
        if (text.length() > SessionLimits.REVIEW_COMMENT_MAX) {
            throw new DomainException("review.error.comment-too-long", SessionLimits.REVIEW_COMMENT_MAX);
        }
        reviews.add(new SessionReview(this, reviewerId, ReviewDecision.RETURNED, text, now));
        this.status = SessionStatus.RETURNED;
        this.updatedAt = now;
    }

    private void requireSubmitted() {
        if (status != SessionStatus.SUBMITTED) {
            throw new DomainException("review.error.not-submitted");
        }
    }

    /** Notes the tablet change just applied. */
    void tookChange(String changeId) {
        this.lastChangeId = changeId;
    }

    /** Whether this tablet change is the last one the log took, i.e. it is being sent again. */
    boolean tookAlready(String changeId) {
        return changeId.equals(lastChangeId);
    }

    String getClientId() {
        return clientId;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isEditable() {
        return status == SessionStatus.DRAFT || status == SessionStatus.RETURNED;
    }

    /** A language tag such as "fr" or "en-GB"; French, the trainees' language, when none is given. */
    private static String language(String tag) {
        String value = tag == null ? "" : PlainText.clean(tag);
        if (value.isEmpty()) {
            return "fr";
        }
        if (!value.matches(SessionLimits.LANGUAGE_PATTERN)) {
            throw new DomainException("session.error.language");
        }
        return value;
    }

    private static void requireHeadcount(int count) {
        if (count < 0 || count > SessionLimits.HEADCOUNT_MAX) {
            throw new DomainException("session.error.headcount", SessionLimits.HEADCOUNT_MAX);
        }
    }

    int getUnregisteredWomen() {
        return unregisteredWomen;
    }

    int getUnregisteredMen() {
        return unregisteredMen;
    }

    int getUnregisteredUnknown() {
        return unregisteredUnknown;
    }

    String getGenderContentNote() {
        return genderContentNote;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getLeadMentorId() {
        return leadMentorId;
    }

    Long getSiteId() {
        return siteId;
    }

    LocalDate getSessionDate() {
        return sessionDate;
    }

    LocalTime getStartTime() {
        return startTime;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    SessionFormat getFormat() {
        return format;
    }

    String getPurpose() {
        return purpose;
    }

    String getLanguage() {
        return language;
    }

    SessionStatus getStatus() {
        return status;
    }

    boolean isGenderContent() {
        return genderContent;
    }

    Set<Long> getTopicIds() {
        return topicIds;
    }

    Set<Long> getCoMentorIds() {
        return coMentorIds;
    }

    List<Attendance> getAttendance() {
        return attendance;
    }

    List<CompetencyRating> getRatings() {
        return ratings;
    }

    List<SessionReview> getReviews() {
        return reviews;
    }
}
