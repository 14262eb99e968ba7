package org.mentorlog.trainee;

import java.io.Serial;
import java.util.List;
import org.mentorlog.base.DomainException;

/** A trainee added on a tablet has the name of one (or more) already on the team's register. */
public class PossibleDuplicateException extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<TraineeRow> candidates;

    PossibleDuplicateException(List<TraineeRow> candidates) {
        super("trainee.error.possible-duplicate");
        this.candidates = List.copyOf(candidates);
    }

    /** The team's trainees of that name. */
    public List<TraineeRow> candidates() {
        return candidates;
    }
}
