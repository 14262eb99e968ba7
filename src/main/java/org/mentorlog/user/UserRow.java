package org.mentorlog.user;

import java.time.Instant;
import java.util.Set;
import org.mentorlog.security.Role;

/**
 * An account as the administration screen shows it; never the password hash. {@code lockedUntil} is set
 * while too many failed sign-ins keep the account locked.
 */
public record UserRow(Long id, String username, String displayName, Role role, Long teamId,
                      Set<Long> grantedMissionIds, boolean enabled, boolean canExport, long version,
                      Instant lockedUntil, boolean mustChangePassword) {

    static UserRow of(AppUser user, Instant lockedUntil) {
        return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getTeamId(), user.getGrantedMissionIds(), user.isEnabled(), user.isCanExport(),
                user.getVersion(), lockedUntil, user.isMustChangePassword());
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
