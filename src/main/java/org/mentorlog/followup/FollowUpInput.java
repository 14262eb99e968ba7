package org.mentorlog.followup;

import java.time.LocalDate;

/**
 * A follow-up action as the mentor writes it in a session log.
 *
 * @param id null for an action not saved yet
 */
public record FollowUpInput(Long id, Long traineeId, String description, Long ownerId, LocalDate dueDate) {
}
