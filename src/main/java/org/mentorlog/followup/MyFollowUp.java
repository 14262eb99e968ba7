package org.mentorlog.followup;

import java.time.LocalDate;

/** An action still to do, as its owner sees it in her list. */
public record MyFollowUp(Long id, long version, Long traineeId, String traineeLabel, String description,
                         LocalDate dueDate, FollowUpStatus status, boolean overdue) {
}
