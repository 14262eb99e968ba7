package org.mentorlog.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.observation.ObservationInput;

/** Turns sessions into logs, and into the summaries the audit trail keeps. */
final class SessionLogs {

    private SessionLogs() {
    }

    static SessionLog of(TrainingSession session, List<ObservationInput> observations, List<FollowUpInput> followUps,
                         String returnComment) {
        Map<Long, Map<Long, Integer>> ratings = new HashMap<>();
        session.getRatings().forEach(rating -> ratings.computeIfAbsent(rating.getTraineeId(), id -> new HashMap<>())
                .put(rating.getTopicId(), rating.getLevel()));
        List<AttendeeLog> attendees = session.getAttendance().stream()
                .map(row -> row.toLog(ratings.getOrDefault(row.getTraineeId(), Map.of())))
                .toList();
        return new SessionLog(session.getId(), session.getVersion(), session.getStatus(), session.getLeadMentorId(),
                session.getSessionDate(), session.getStartTime(), session.getDurationMinutes(), session.getSiteId(),
                session.getFormat(), session.getPurpose(), session.getTopicIds(), session.getLanguage(),
                session.getCoMentorIds(), session.getUnregisteredWomen(), session.getUnregisteredMen(),
                session.getUnregisteredUnknown(), session.isGenderContent(), session.getGenderContentNote(),
                attendees, observations, followUps, returnComment);
    }

    static String latestReturnComment(TrainingSession session) {
        if (session.getStatus() != SessionStatus.RETURNED) {
            return null;
        }
        return session.getReviews().stream()
                .filter(review -> review.getDecision() == ReviewDecision.RETURNED)
                .max(Comparator.comparing(SessionReview::getReviewedAt))
                .map(SessionReview::getComment)
                .orElse(null);
    }

    /** What the audit trail keeps of a save: shape and status, never names or free text. */
    static String auditSummary(TrainingSession session) {
        return "status=%s, date=%s, site=%d, minutes=%d, topics=%s, attendees=%d, ratings=%d".formatted(
                session.getStatus(), session.getSessionDate(), session.getSiteId(), session.getDurationMinutes(),
                session.getTopicIds(), session.getAttendance().size(), session.getRatings().size());
    }
}
