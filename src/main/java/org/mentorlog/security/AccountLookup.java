package org.mentorlog.security;

import java.util.Optional;

/** Finds enabled accounts by username; implemented by the user feature. */
public interface AccountLookup {

    Optional<Account> findEnabled(String username);
}
