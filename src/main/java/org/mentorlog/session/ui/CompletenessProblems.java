package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import org.mentorlog.session.SessionProblem;

/** Shows, next to each field, what keeps a log from being submitted. */
final class CompletenessProblems {

    private final BasicsSection basics;
    private final AttendanceSection attendance;
    private final CardList<?> observations;
    private final CardList<?> followUps;

    CompletenessProblems(BasicsSection basics, AttendanceSection attendance, CardList<?> observations,
                         CardList<?> followUps) {
        this.basics = basics;
        this.attendance = attendance;
        this.observations = observations;
        this.followUps = followUps;
    }

    void show(List<SessionProblem> problems) {
        problems.forEach(this::show);
    }

    private void show(SessionProblem problem) {
        String message = basics.getTranslation(problem.messageKey());
        String[] field = problem.field().split("\\.");
        switch (field[0]) {
            case "purpose" -> invalid(basics.purpose, message);
            case "topics" -> invalid(basics.topics, message);
            case "attendance" -> attendance.showProblem(message);
            case "observation" -> observations.showProblem(Integer.parseInt(field[1]), message);
            case "followUp" -> followUps.showProblem(Integer.parseInt(field[1]), message);
            default -> throw new IllegalArgumentException("Unknown field " + problem.field());
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clear() {
        basics.purpose.setInvalid(false);
        basics.topics.setInvalid(false);
        attendance.showProblem(null);
        observations.clearProblems();
        followUps.clearProblems();
    }
}
