package org.mentorlog.session;

/** How much a team logged in a period: sessions (beyond draft) and their minutes. */
public record TeamActivity(Long teamId, long sessions, long minutes) {

    public double hours() {
        return minutes / 60.0;
    }
}
