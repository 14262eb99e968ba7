package org.mentorlog.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The signed-in user as the services see it: who, what role, which team (null outside a team) and,
 * for a headquarters analyst, the missions an administrator granted her. The security stamp changes
 * whenever any of her rights (or her password) changes; a session signed in with another stamp is ended.
 * While {@code mustChangePassword} holds (an administrator set her password), every page sends her to
 * the change-password page.
 */
public record Account(Long id, String username, String displayName, Role role, Long teamId, boolean canExport,
                      Set<Long> grantedMissionIds, String securityStamp, boolean mustChangePassword) {

    public Account {
        grantedMissionIds = grantedMissionIds == null ? Set.of() : Set.copyOf(grantedMissionIds);
    }

    public boolean isInTeam(Long otherTeamId) {
        return teamId != null && teamId.equals(otherTeamId);
    }

    /** What {@code hasRole} and {@code hasAuthority} check: the role, and the export permission if granted. */
    public List<GrantedAuthority> authorities() {
        return canExport ? AuthorityUtils.createAuthorityList(role.authority(), Roles.EXPORT)
                : AuthorityUtils.createAuthorityList(role.authority());
    }
}
