package org.mentorlog.security;

import java.util.Set;

/**
 * The signed-in user as the services see it: who, what role, which team (null outside a team) and,
 * for a headquarters analyst, the missions an administrator granted her.
 */
public record Account(Long id, String username, String displayName, Role role, Long teamId, boolean canExport,
                      Set<Long> grantedMissionIds) {

    public Account {
        grantedMissionIds = grantedMissionIds == null ? Set.of() : Set.copyOf(grantedMissionIds);
    }

    public boolean isInTeam(Long otherTeamId) {
        return teamId != null && teamId.equals(otherTeamId);
    }
}
