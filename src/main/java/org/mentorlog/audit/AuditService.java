package org.mentorlog.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mentorlog.base.PlainText;
import org.mentorlog.base.PlausibleDates;
import org.mentorlog.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the audit trail: every change to a record is written here, in the changing transaction;
 * every export, API summary and sign-in in a transaction of its own. Nothing changes or deletes an
 * event once written.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    // The strategy the sign-in and token filters write to.
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock, SecurityContextHolderStrategy contexts) {
        this.events = events;
        this.contexts = contexts;
        this.clock = clock;
    }

    /**
     * Records a change made by the signed-in user (or "system" when nobody is signed in).
     *
     * @param summary what changed, before and after; never a trainee's name
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, String summary) {
        events.save(new AuditEvent(clock.instant(), actor(), entityType, entityId, action, summary));
    }

    /**
     * Records that the signed-in user (or API token) read data out of the application, such as an
     * export or an API summary. Written in a transaction of its own, since reads run read-only or
     * outside any transaction.
     *
     * @param summary what was asked for: the query, never its result
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccess(String entityType, Long entityId, String action, String summary) {
        events.save(new AuditEvent(clock.instant(), actor(), entityType, entityId, action, summary));
    }

    /**
     * Records a sign-in attempt under the username that was typed, whether or not it exists.
     *
     * @param outcome what the sign-in came to, such as the reason of a refusal
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(String username, boolean succeeded, String outcome) {
        events.save(new AuditEvent(clock.instant(), username == null ? "" : username, "sign-in", null,
                succeeded ? "SIGN_IN" : "SIGN_IN_FAILED", outcome));
    }

    /** The trail of one record, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<AuditEntry> trailOf(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream()
                .map(AuditEntry::of)
                .toList();
    }

    /** One page of the events that match the filter, newest first unless the page is sorted. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return events.search(contains(filter.actor()), type(filter.entityType()), contains(filter.action()),
                since(filter.from()), until(filter.to()), id(filter.entityId()), sorted).stream()
                .map(AuditEntry::of)
                .toList();
    }

    /** How many events match the filter, for lazy grids. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public long count(AuditFilter filter) {
        return events.countMatches(contains(filter.actor()), type(filter.entityType()), contains(filter.action()),
                since(filter.from()), until(filter.to()), id(filter.entityId()));
    }

    /** The kinds of record the trail holds, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<String> entityTypes() {
        return events.entityTypes();
    }

    private static String contains(String text) {
        String value = text == null ? "" : PlainText.clean(text).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return "";
        }
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String type(String entityType) {
        return entityType == null ? "" : PlainText.clean(entityType);
    }

    private Instant since(LocalDate from) {
        return PlausibleDates.clamp(from == null ? PlausibleDates.EARLIEST : from).atStartOfDay(clock.getZone())
                .toInstant();
    }

    private Instant until(LocalDate to) {
        return PlausibleDates.clamp(to == null ? PlausibleDates.LATEST : to).plusDays(1).atStartOfDay(clock.getZone())
                .toInstant();
    }

    private static long id(Long entityId) {
        return entityId == null ? 0 : entityId;
    }

    private String actor() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
