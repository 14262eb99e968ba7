package org.mentorlog.user;

import org.mentorlog.security.Role;

/** An administrator's edit of an account, made against the version she saw. */
public record UserChanges(long version, String displayName, Role role, Long teamId, boolean enabled,
                          boolean canExport) {
}
