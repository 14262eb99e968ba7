package org.mentorlog.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.observation.ObservationInput;

/** Turns sessions into logs and back into checks: completeness and audit summaries. */
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

    /** What keeps a log from being submitted, each tied to its field. */
    static List<SessionProblem> problems(SessionLog log) {
        List<SessionProblem> problems = new ArrayList<>();
        if (log.purpose() == null || log.purpose().isBlank()) {
            problems.add(new SessionProblem("purpose", "session.problem.purpose"));
        }
        if (log.topicIds().isEmpty()) {
            problems.add(new SessionProblem("topics", "session.problem.topics"));
        }
        boolean anyoneThere = log.attendees().stream().anyMatch(AttendeeLog::attended)
                || log.unregisteredWomen() + log.unregisteredMen() + log.unregisteredUnknown() > 0;
        if (!anyoneThere) {
            problems.add(new SessionProblem("attendance", "session.problem.attendance"));
        }
        for (int i = 0; i < log.observations().size(); i++) {
            ObservationInput observation = log.observations().get(i);
            if (observation.mowipAreaId() == null || observation.polarity() == null) {
                problems.add(new SessionProblem("observation." + i, "session.problem.observation"));
            }
        }
        for (int i = 0; i < log.followUps().size(); i++) {
            FollowUpInput followUp = log.followUps().get(i);
            if (followUp.description() == null || followUp.description().isBlank()) {
                problems.add(new SessionProblem("followUp." + i, "session.problem.follow-up"));
            }
        }
        return problems;
    }

    /** What the audit trail keeps of a save: shape and status, never names or free text. */
    static String auditSummary(TrainingSession session) {
        return "status=%s, date=%s, site=%d, minutes=%d, topics=%s, attendees=%d, ratings=%d".formatted(
                session.getStatus(), session.getSessionDate(), session.getSiteId(), session.getDurationMinutes(),
                session.getTopicIds(), session.getAttendance().size(), session.getRatings().size());
    }
}
