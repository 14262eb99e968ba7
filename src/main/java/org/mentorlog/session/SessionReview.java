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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A team leader's decision on a submitted log; the list of them is the session's review history. */
@Entity
@Table(name = "session_review")
class SessionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "reviewer_id", nullable = false)
    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ReviewDecision decision;

    @Column(name = "review_comment")
    private String comment;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected SessionReview() {
    }

    SessionReview(TrainingSession session, Long reviewerId, ReviewDecision decision, String comment,
                  Instant reviewedAt) {
        this.session = session;
        this.reviewerId = reviewerId;
        this.decision = decision;
        this.comment = comment;
        this.reviewedAt = reviewedAt;
    }

    Long getReviewerId() {
        return reviewerId;
    }

    ReviewDecision getDecision() {
        return decision;
    }

    String getComment() {
        return comment;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }
}
