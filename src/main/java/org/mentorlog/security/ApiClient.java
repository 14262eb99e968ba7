package org.mentorlog.security;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A headquarters tool authenticated by an API token: which token, for which mission. Not a user, so
 * {@link CurrentAccount} does not know it; it may read its mission's suppressed aggregates only.
 */
public record ApiClient(long tokenId, long missionId, String tokenName) implements AuthenticatedPrincipal {

    /** How the audit trail and the logs name the caller. */
    @Override
    public String getName() {
        return "api-token:" + tokenId;
    }
}
