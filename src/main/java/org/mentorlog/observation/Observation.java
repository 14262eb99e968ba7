package org.mentorlog.observation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;

/** What a mentor observed about women's participation in a session, optionally about one trainee. */
@Entity
@Table(name = "observation")
class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "trainee_id")
    private Long traineeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Approach approach;

    @Column(name = "mowip_area_id")
    private Long mowipAreaId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "norm_source")
    private NormSource normSource;

    private String note;

    /** Barrier and enabler tags. The harassment tag is a flag only: no detail is ever stored. */
    @ElementCollection
    @CollectionTable(name = "observation_tag", joinColumns = @JoinColumn(name = "observation_id"))
    @Column(name = "tag_id")
    private Set<Long> tagIds = new LinkedHashSet<>();

    protected Observation() {
    }

    Observation(Long sessionId, ObservationInput input) {
        this.sessionId = sessionId;
        update(input);
    }

    /** Takes the mentor's input; lengths are checked here so that nothing oversized is stored. */
    void update(ObservationInput input) {
        if (input.approach() == null) {
            throw new DomainException("observation.error.approach-required");
        }
        String trimmed = input.note() == null ? "" : PlainText.cleanMultiline(input.note());
        if (trimmed.length() > ObservationLimits.NOTE_MAX) {
            throw new DomainException("observation.error.note-too-long", ObservationLimits.NOTE_MAX);
        }
        this.approach = input.approach();
        this.mowipAreaId = input.mowipAreaId();
        this.polarity = input.polarity();
        this.normSource = input.normSource();
        this.note = trimmed.isEmpty() ? null : trimmed;
        this.traineeId = input.traineeId();
        this.tagIds.clear();
        this.tagIds.addAll(input.tagIds());
    }

    ObservationInput toInput() {
        return new ObservationInput(approach, mowipAreaId, polarity, normSource, tagIds, note, traineeId);
    }

    Long getId() {
        return id;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getTraineeId() {
        return traineeId;
    }

    Approach getApproach() {
        return approach;
    }

    Set<Long> getTagIds() {
        return tagIds;
    }
}
