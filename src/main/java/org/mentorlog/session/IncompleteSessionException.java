package org.mentorlog.session;

import java.io.Serial;
import java.util.List;
import org.mentorlog.base.DomainException;

/** The log cannot be submitted yet; each problem names its field. Nothing was changed. */
public class IncompleteSessionException extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<SessionProblem> problems;

    IncompleteSessionException(List<SessionProblem> problems) {
        super("session.error.incomplete", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<SessionProblem> problems() {
        return problems;
    }
}
