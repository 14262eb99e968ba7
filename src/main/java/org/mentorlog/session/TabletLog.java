package org.mentorlog.session;

/**
 * A log as the field app keeps it on a tablet: the log, and the id the tablets know it by.
 *
 * @param clientId made by the tablet that created the log, or by the server for a log written in its former
 *                 editor
 */
public record TabletLog(String clientId, SessionLog log) {
}
