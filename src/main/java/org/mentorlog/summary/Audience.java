package org.mentorlog.summary;

/** Who will see a summary, which decides its scope and its protection. */
public enum Audience {
    /** Headquarters analysts and administrators: any team, small numbers suppressed. */
    HEADQUARTERS,
    /** A team leader: her own team only, unsuppressed, since the team knows its trainees anyway. */
    TEAM
}
