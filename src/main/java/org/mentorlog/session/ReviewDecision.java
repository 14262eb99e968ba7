package org.mentorlog.session;

public enum ReviewDecision {
    APPROVED,
    RETURNED
}
