package org.mentorlog.user;

import java.util.Set;
import org.mentorlog.security.Role;

/**
 * What an administrator types to create an account: a mentor or leader needs a team, a headquarters
 * analyst reads the missions granted to her (others ignore {@code missionIds}) and may be allowed to
 * export summaries.
 */
public record NewUser(String username, String displayName, Role role, Long teamId, Set<Long> missionIds,
                      boolean canExport, String password) {
}
