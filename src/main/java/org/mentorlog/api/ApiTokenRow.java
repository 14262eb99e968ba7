package org.mentorlog.api;

import java.time.Instant;

/**
 * An API token as administrators list it: never the token, never its hash. {@code expiresAt} is null for
 * tokens issued before tokens expired.
 */
public record ApiTokenRow(Long id, Long missionId, String name, String createdBy, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt, Instant expiresAt) {

    static ApiTokenRow of(ApiToken token) {
        return new ApiTokenRow(token.getId(), token.getMissionId(), token.getName(), token.getCreatedBy(),
                token.getCreatedAt(), token.getLastUsedAt(), token.getRevokedAt(), token.getExpiresAt());
    }

    /** Whether the API refuses the token at that instant because its expiry date has passed. */
    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
