package org.mentorlog.security;

/** The signed-in user as the services see it: who, what role, which team (null outside a team). */
public record Account(Long id, String username, String displayName, Role role, Long teamId, boolean canExport) {

    public boolean isInTeam(Long otherTeamId) {
        return teamId != null && teamId.equals(otherTeamId);
    }
}
