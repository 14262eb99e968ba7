package org.mentorlog.security;

/** What a user may do. One role per account. */
public enum Role {
    MENTOR,
    TEAM_LEADER,
    HQ_ANALYST,
    ADMIN;

    /** Mentors and team leaders work inside one team and must belong to it. */
    public boolean needsTeam() {
        return this == MENTOR || this == TEAM_LEADER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
