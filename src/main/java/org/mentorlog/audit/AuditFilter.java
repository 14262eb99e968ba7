package org.mentorlog.audit;

import java.time.LocalDate;

/**
 * What an administrator narrows the audit trail to; every part may be left empty.
 *
 * @param actor      part of the username (or API token) that acted, any case
 * @param entityType the kind of record, such as "trainee" or "sign-in"
 * @param action     part of the action, such as "UPDATE" or "EXPORT"
 * @param from       first day, inclusive, in the server's time zone
 * @param to         last day, inclusive
 * @param entityId   the id of one record
 */
public record AuditFilter(String actor, String entityType, String action, LocalDate from, LocalDate to,
                          Long entityId) {

    /** The whole trail. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
