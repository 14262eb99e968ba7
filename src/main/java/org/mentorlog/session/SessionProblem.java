package org.mentorlog.session;

/**
 * Something that keeps a log from being submitted, tied to the field it is about.
 *
 * @param field      such as {@code purpose}, {@code topics}, {@code attendance}, {@code followUp.2}
 * @param messageKey translation key of the message shown next to the field
 */
public record SessionProblem(String field, String messageKey) {
}
