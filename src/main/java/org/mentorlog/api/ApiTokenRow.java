package org.mentorlog.api;

import java.time.Instant;

/** An API token as administrators list it: never the token, never its hash. */
public record ApiTokenRow(Long id, Long missionId, String name, String createdBy, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt) {

    static ApiTokenRow of(ApiToken token) {
        return new ApiTokenRow(token.getId(), token.getMissionId(), token.getName(), token.getCreatedBy(),
                token.getCreatedAt(), token.getLastUsedAt(), token.getRevokedAt());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
