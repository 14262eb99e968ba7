package org.mentorlog.followup;

/** OPEN and IN_PROGRESS are still to do; overdue is derived from the due date, never stored. */
public enum FollowUpStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
