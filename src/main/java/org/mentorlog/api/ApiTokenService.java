package org.mentorlog.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.ApiClient;
import org.mentorlog.security.ApiClientLookup;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: administrators issue them per mission, see each once, and revoke them. */
@Service
@Transactional(readOnly = true)
public class ApiTokenService implements ApiClientLookup {

    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final MissionService missions;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, MissionService missions, CurrentAccount currentAccount,
                    AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.missions = missions;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token valid for {@link ApiTokenLimits#DEFAULT_VALID_DAYS} days; see {@link #create(long, String, LocalDate)}. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public IssuedApiToken create(long missionId, String name) {
        return create(missionId, name, defaultExpiry());
    }

    /**
     * Issues a new token for a mission, valid up to and including {@code lastValidDay} (in the server's
     * time zone). The returned token is the only copy: the database keeps its SHA-256 hash.
     *
     * @throws DomainException {@code api-token.error.unknown-mission}, {@code api-token.error.expiry}, or a
     *                         name that is empty or too long
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public IssuedApiToken create(long missionId, String name, LocalDate lastValidDay) {
        if (missions.missions().stream().map(MissionInfo::id).noneMatch(id -> id == missionId)) {
            throw new DomainException("api-token.error.unknown-mission");
        }
        LocalDate today = LocalDate.now(clock);
        if (lastValidDay == null || lastValidDay.isBefore(today)
                || lastValidDay.isAfter(today.plusDays(ApiTokenLimits.MAX_VALID_DAYS))) {
            throw new DomainException("api-token.error.expiry", ApiTokenLimits.MAX_VALID_DAYS);
        }
        Instant expiresAt = lastValidDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String token = TokenSecrets.newToken();
        ApiToken saved = tokens.save(new ApiToken(missionId, name, TokenSecrets.hash(token),
                currentAccount.require().username(), now(), expiresAt));
        audit.record("api_token", saved.getId(), "CREATE", "name=" + saved.getName() + ", mission=" + missionId
                + ", expires=" + expiresAt);
        return new IssuedApiToken(ApiTokenRow.of(saved), token);
    }

    /** The expiry date a new token gets unless the administrator picks another. */
    public LocalDate defaultExpiry() {
        return LocalDate.now(clock).plusDays(ApiTokenLimits.DEFAULT_VALID_DAYS);
    }

    /** One page of tokens, newest first unless the page says otherwise. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<ApiTokenRow> list(Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.desc("createdAt"),
                Sort.Order.desc("id")));
        return tokens.findAll(sorted).stream().map(ApiTokenRow::of).toList();
    }

    /**
     * Revokes a token: from now on it is refused with 401. Revoking a revoked token changes nothing.
     *
     * @throws DomainException {@code api-token.error.unknown} when there is no such token
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public ApiTokenRow revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new DomainException("api-token.error.unknown"));
        if (!token.isRevoked()) {
            token.revoke(now());
            audit.record("api_token", tokenId, "REVOKE", "name=" + token.getName() + ", mission="
                    + token.getMissionId());
        }
        return ApiTokenRow.of(tokens.saveAndFlush(token));
    }

    /**
     * The client behind a token presented to the API (not revoked, not expired), and notes when it was
     * last used. Open to
     * everyone on purpose: it is how the API's filter authenticates a request in the first place.
     */
    @Override
    @Transactional
    public Optional<ApiClient> verify(String token) {
        if (!TokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(TokenSecrets.hash(token))
                .filter(found -> !found.isRevoked() && !found.isExpired(clock.instant()))
                .map(found -> {
                    Instant now = now();
                    tokens.markUsed(found.getId(), now, now.minus(LAST_USED_PRECISION));
                    return new ApiClient(found.getId(), found.getMissionId(), found.getName());
                });
    }

    /** Now, as precisely as the database keeps it, so that what a method returns is what a list shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
