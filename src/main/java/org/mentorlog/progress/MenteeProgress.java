package org.mentorlog.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mentorlog.trainee.TraineeRow;

/** Everything a team leader reads about one mentee, oldest first within each list. */
public record MenteeProgress(TraineeRow trainee, List<Attended> attendance, List<Rating> ratings,
                             List<Observed> observations, List<Action> actions, List<Note> notes) {

    /** A session she attended (or missed), with the role she held. */
    public record Attended(Long sessionId, LocalDate date, String format, String site, String status, String roleCode,
                           boolean positionOfAuthority, boolean nonTraditionalRole) {
    }

    /** One competency rating: its topic code and level 1–4 on the session's date. */
    public record Rating(LocalDate date, String topicCode, int level) {
    }

    /** An observation that names her. */
    public record Observed(LocalDate date, String approach, String areaCode, String polarity, String note) {
    }

    /** A follow-up action for her. */
    public record Action(String description, LocalDate dueDate, String status, String outcome, LocalDate closedDate,
                         boolean overdue) {
    }

    /** A team leader's note. */
    public record Note(Instant writtenAt, String author, String text) {
    }
}
