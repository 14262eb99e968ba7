package org.mentorlog.session.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;
import org.mentorlog.base.DomainException;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the log on the form and tells the mentor how it went: in the bar, and next to the field a
 * refusal is about. A save that fails for any reason leaves the form as it is.
 */
final class DraftSaver {

    private static final Logger LOG = LoggerFactory.getLogger(DraftSaver.class);
    private static final String CHANGED_ELSEWHERE = "session.error.changed-elsewhere";

    private final SessionService sessions;
    private final Clock clock;
    private final SaveState state;
    private final SaveProblems problems;
    private final Runnable onConflict;
    private boolean conflict;

    DraftSaver(SessionService sessions, Clock clock, SaveState state, SaveProblems problems, Runnable onConflict) {
        this.sessions = sessions;
        this.clock = clock;
        this.state = state;
        this.problems = problems;
        this.onConflict = onConflict;
    }

    /**
     * The log as the server now holds it, or empty when the server did not confirm the save. After a
     * change made elsewhere nothing is saved any more: the form must be reloaded.
     */
    Optional<SessionLog> save(SessionLog log) {
        if (conflict) {
            return Optional.empty();
        }
        try {
            SessionLog saved = sessions.saveDraft(log);
            problems.clear();
            state.saved(LocalTime.now(clock));
            return Optional.of(saved);
        } catch (DomainException problem) {
            if (CHANGED_ELSEWHERE.equals(problem.messageKey())) {
                conflict = true;
                onConflict.run();
            }
            String message = state.getTranslation(problem.messageKey(), problem.arguments());
            problems.show(problem.messageKey(), message);
            state.refused(message);
        } catch (RuntimeException failure) {
            // A database or server failure: nothing the mentor typed is wrong, so she may simply try again.
            LOG.warn("Session log {} could not be saved", log.id(), failure);
            state.failed();
        }
        return Optional.empty();
    }

    boolean conflict() {
        return conflict;
    }
}
