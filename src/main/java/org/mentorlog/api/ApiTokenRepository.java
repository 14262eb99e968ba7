package org.mentorlog.api;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /**
     * Notes a use of the token, at most once a minute, without touching its version: a tool calling
     * the API must not make an administrator's revocation fail as a concurrent change.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int markUsed(Long id, Instant now, Instant since);
}
