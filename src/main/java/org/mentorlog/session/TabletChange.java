package org.mentorlog.session;

import org.mentorlog.base.DomainException;
import org.mentorlog.base.TabletIds;

/**
 * One change to a log, made on a tablet (possibly offline) and sent by the field app's outbox.
 *
 * @param clientId    the log's id on the tablets
 * @param changeId    made by the tablet for this change: the same change sent twice is applied once
 * @param baseVersion the server version the tablet changed; null for a log the server has never confirmed
 * @param previousChangeId the change the tablet sent before this one for the same log, confirmed or not;
 *                    null if none. The server copy is what this change was made on when it holds either
 *                    {@code baseVersion} or this previous change: an answer lost on the way back is then
 *                    no conflict
 * @param submit      whether the mentor submitted the log for review with this change
 */
public record TabletChange(String clientId, String changeId, Long baseVersion, String previousChangeId,
                           SessionLog log, boolean submit) {

    public TabletChange {
        if (clientId == null || !clientId.matches(TabletIds.PATTERN) || changeId == null || !changeId.matches(TabletIds.PATTERN)
                || (previousChangeId != null && !previousChangeId.matches(TabletIds.PATTERN)) || log == null) {
            throw new DomainException("session.error.unknown");
        }
    }

    /** Whether the server copy, at this version and having taken these changes, is what this change was made on. */
    boolean basedOn(long serverVersion, java.util.function.Predicate<String> serverTookChange) {
        return (baseVersion != null && baseVersion == serverVersion)
                || (previousChangeId != null && serverTookChange.test(previousChangeId));
    }
}
