package org.mentorlog.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: nothing here changes or deletes an event, so nothing in the app can. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    /** Empty texts and an entity id of 0 mean "any"; the period is half-open, [since, until). */
    String MATCHES = """
            (:actor = '' or lower(e.actor) like :actor)
            and (:entityType = '' or e.entityType = :entityType)
            and (:action = '' or lower(e.action) like :action)
            and e.occurredAt >= :since and e.occurredAt < :until
            and (:entityId = 0 or e.entityId = :entityId)
            """;

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, Long entityId);

    @Query("select e from AuditEvent e where " + MATCHES)
    List<AuditEvent> search(String actor, String entityType, String action, Instant since, Instant until,
                            long entityId, Pageable page);

    @Query("select count(e) from AuditEvent e where " + MATCHES)
    long countMatches(String actor, String entityType, String action, Instant since, Instant until, long entityId);

    @Query("select distinct e.entityType from AuditEvent e order by e.entityType")
    List<String> entityTypes();
}
