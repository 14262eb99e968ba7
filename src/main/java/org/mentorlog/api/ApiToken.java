package org.mentorlog.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentorlog.base.VersionedEntity;

/** A mission's API token, known only by its hash; revoked tokens are kept for the record. */
@Entity
@Table(name = "api_token")
class ApiToken extends VersionedEntity {

    @Column(name = "mission_id", nullable = false)
    private Long missionId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** From this instant on the token is refused; null for tokens issued before tokens expired. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(Long missionId, String name, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        this.missionId = missionId;
        this.name = ApiTokenLimits.requireName(name);
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    /** Revokes the token; a revoked token keeps its first revocation time. */
    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Long getMissionId() {
        return missionId;
    }

    String getName() {
        return name;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
