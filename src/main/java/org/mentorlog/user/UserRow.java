package org.mentorlog.user;

import java.util.Set;
import org.mentorlog.security.Role;

/** An account as the administration screen shows it; never the password hash. */
public record UserRow(Long id, String username, String displayName, Role role, Long teamId,
                      Set<Long> grantedMissionIds, boolean enabled, boolean canExport, long version) {

    static UserRow of(AppUser user) {
        return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getTeamId(), user.getGrantedMissionIds(), user.isEnabled(), user.isCanExport(),
                user.getVersion());
    }
}
