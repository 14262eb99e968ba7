package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * Pages that fail while opening, the way real ones can. They live under src/test, so only tests have
 * them; browserless-test and Vaadin's Spring scan find them on the test class path.
 */
final class FailingViews {

    /** What an exception might carry that a user must never see: a class name and the database's version. */
    static final String SECRET = "TypeMismatchDataAccessException: Result value is null [90098-240]";

    private FailingViews() {
    }

    /** Fails like {@code /summary} did on an empty installation. */
    @Route("test/failing")
    @PermitAll
    static class Exploding extends Div {
        Exploding() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** A service's {@code @PreAuthorize} refuses the signed-in user while the page opens. */
    @Route("test/refused")
    @PermitAll
    static class Refused extends Div {
        Refused() {
            throw new AccessDeniedException(SECRET);
        }
    }
}
