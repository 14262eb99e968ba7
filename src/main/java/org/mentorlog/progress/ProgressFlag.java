package org.mentorlog.progress;

/** What makes a team leader look at a trainee. */
public enum ProgressFlag {
    /** No follow-up action opened for her in the last 90 days. */
    NO_FOLLOW_UP,
    /** At least one of her actions is past its due date. */
    OVERDUE,
    /** No position of authority in her last N exercises (N is configurable, default 5). */
    NO_AUTHORITY
}
