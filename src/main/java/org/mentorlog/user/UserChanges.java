package org.mentorlog.user;

import java.util.Set;
import org.mentorlog.security.Role;

/** An administrator's edit of an account, made against the version she saw. */
public record UserChanges(long version, String displayName, Role role, Long teamId, Set<Long> missionIds,
                          boolean enabled, boolean canExport) {
}
