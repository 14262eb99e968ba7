package org.mentorlog.session;

/** DRAFT → SUBMITTED → REVIEWED, or RETURNED to the mentor with a comment. */
public enum SessionStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    RETURNED
}
