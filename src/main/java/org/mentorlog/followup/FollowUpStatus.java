package org.mentorlog.followup;

import java.util.Arrays;
import java.util.List;

/** OPEN and IN_PROGRESS are still to do; overdue is derived from the due date, never stored. */
public enum FollowUpStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    private static final List<String> TO_DO = Arrays.stream(values()).filter(status -> !status.isClosed())
            .map(FollowUpStatus::name).toList();

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /** The statuses still to do as the database stores them, to bind to a query. */
    public static List<String> toDoNames() {
        return TO_DO;
    }
}
