package org.mentorlog.session;

/**
 * Published inside the transaction that is about to change a session log (its status, date, site,
 * attendance, ratings or follow-ups), before the change: whatever is derived from logs (the summary's
 * read model) brings itself in step before that transaction commits.
 */
public record SessionChanged(long sessionId) {
}
