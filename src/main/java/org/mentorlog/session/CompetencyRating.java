package org.mentorlog.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.mentorlog.base.DomainException;

/**
 * A trainee's level in one competency (a curriculum topic) as seen in one session: 1 not yet,
 * 2 with support, 3 independently, 4 can instruct others.
 */
@Entity
@Table(name = "competency_rating")
class CompetencyRating {

    static final int LOWEST = 1;
    static final int HIGHEST = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "trainee_id", nullable = false)
    private Long traineeId;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(nullable = false)
    private int level;

    private String evidence;

    protected CompetencyRating() {
    }

    CompetencyRating(TrainingSession session, Long traineeId, Long topicId, int level) {
        this.session = session;
        this.traineeId = traineeId;
        this.topicId = topicId;
        rate(level);
    }

    void rate(int newLevel) {
        if (newLevel < LOWEST || newLevel > HIGHEST) {
            throw new DomainException("session.error.rating-level");
        }
        this.level = newLevel;
    }

    /** Trainee and topic: what makes a rating unique within its session. */
    List<Long> key() {
        return List.of(traineeId, topicId);
    }

    Long getTraineeId() {
        return traineeId;
    }

    Long getTopicId() {
        return topicId;
    }

    int getLevel() {
        return level;
    }

    String getEvidence() {
        return evidence;
    }
}
