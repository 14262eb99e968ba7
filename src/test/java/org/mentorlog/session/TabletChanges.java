package org.mentorlog.session;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Changes as the field app's outbox sends them to {@link SessionService#applyTabletChange}, each with fresh
 * tablet ids: for tests that need a saved draft or a submitted log.
 */
public final class TabletChanges {

    private TabletChanges() {
    }

    /** A log as the field app starts one ({@code blankLog} in field/sync.ts): today, two hours, classroom, French. */
    public static SessionLogBuilder blankLog(long leadMentorId, long siteId) {
        return SessionLogBuilder.from(new SessionLog(null, 0, SessionStatus.DRAFT, leadMentorId, LocalDate.now(), null,
                SessionLimits.DEFAULT_DURATION_MINUTES, siteId, SessionFormat.CLASSROOM, null, null, "fr", null, 0, 0,
                0, false, null, null, null, null, null));
    }

    /** The first change of a log the server has never seen; submitted with it when {@code submit}. */
    public static TabletChange newLog(SessionLog log, boolean submit) {
        return new TabletChange(newId(), newId(), null, null, log, submit);
    }

    /** A change to a log the tablet read from the server, made on the version it read. */
    public static TabletChange change(TabletLog read, SessionLog log, boolean submit) {
        return new TabletChange(read.clientId(), newId(), read.log().version(), null, log, submit);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
