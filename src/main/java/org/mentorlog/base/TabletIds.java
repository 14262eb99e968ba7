package org.mentorlog.base;

/** Ids a tablet makes for what it creates offline (logs, trainees, changes): UUIDs, checked before use. */
public final class TabletIds {

    /** A UUID, or the {@code server-} ids of logs created on the server. */
    public static final String PATTERN = "[A-Za-z0-9-]{1,36}";

    private TabletIds() {
    }
}
