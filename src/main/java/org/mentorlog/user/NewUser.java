package org.mentorlog.user;

import org.mentorlog.security.Role;

/** What an administrator types to create an account. */
public record NewUser(String username, String displayName, Role role, Long teamId, String password) {
}
