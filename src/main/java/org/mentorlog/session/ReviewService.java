package org.mentorlog.session;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team leader's review of submitted logs: approve, or return to the mentor with a comment. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final TrainingSessionRepository sessions;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(TrainingSessionRepository sessions, CurrentAccount currentAccount, AuditService audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The team's submitted logs, oldest first. */
    @PreAuthorize(Roles.HAS_LEADER)
    public List<ReviewQueueRow> queue() {
        return sessions.reviewQueue(currentAccount.requireTeamId());
    }

    /** How many logs wait for the signed-in leader. */
    @PreAuthorize(Roles.HAS_LEADER)
    public long waiting() {
        return sessions.countByTeamIdAndStatus(currentAccount.requireTeamId(), SessionStatus.SUBMITTED);
    }

    /** Approves a submitted log of the leader's team, if nobody changed it since she opened it. */
    @Transactional
    @PreAuthorize(Roles.HAS_LEADER)
    public void approve(long sessionId, long version) {
        TrainingSession session = submitted(sessionId, version);
        session.approve(currentAccount.require().id(), clock.instant());
        sessions.saveAndFlush(session);
        audit.record("session", sessionId, "APPROVE", "status=REVIEWED");
    }

    /** Returns a submitted log to its mentor with a comment, which is required. */
    @Transactional
    @PreAuthorize(Roles.HAS_LEADER)
    public void returnToMentor(long sessionId, long version, String comment) {
        TrainingSession session = submitted(sessionId, version);
        events.publishEvent(new SessionChanged(sessionId)); // it stops counting
        session.returnToMentor(currentAccount.require().id(), comment, clock.instant());
        sessions.saveAndFlush(session);
        audit.record("session", sessionId, "RETURN", "status=RETURNED, comment length=" + comment.strip().length());
    }

    /** Every review decision on a log of the caller's team, oldest first. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<ReviewEntry> history(long sessionId) {
        TrainingSession session = sessions.findByIdAndTeamId(sessionId, currentAccount.requireTeamId())
                .orElseThrow(() -> new DomainException("session.error.unknown"));
        return session.getReviews().stream()
                .sorted(Comparator.comparing(SessionReview::getReviewedAt))
                .map(review -> new ReviewEntry(review.getReviewedAt(), review.getReviewerId(), review.getDecision(),
                        review.getComment()))
                .toList();
    }

    private TrainingSession submitted(long sessionId, long version) {
        TrainingSession session = sessions.findByIdAndTeamId(sessionId, currentAccount.requireTeamId())
                .orElseThrow(() -> new DomainException("session.error.unknown"));
        if (session.getVersion() != version) {
            throw new DomainException("session.error.changed-elsewhere");
        }
        return session;
    }
}
