package org.mentorlog.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.observation.ObservationInput;

/**
 * A whole session log as the mentor's form shows and saves it.
 *
 * @param version       the version this log was read at; a save against an older one is refused
 * @param returnComment the team leader's comment when the log was returned, else null (read only)
 */
public record SessionLog(Long id, long version, SessionStatus status, Long leadMentorId, LocalDate date,
                         LocalTime startTime, int durationMinutes, Long siteId, SessionFormat format, String purpose,
                         Set<Long> topicIds, String language, Set<Long> coMentorIds, int unregisteredWomen,
                         int unregisteredMen, int unregisteredUnknown, boolean genderContent,
                         String genderContentNote, List<AttendeeLog> attendees, List<ObservationInput> observations,
                         List<FollowUpInput> followUps, String returnComment) {

    public SessionLog {
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        coMentorIds = coMentorIds == null ? Set.of() : Set.copyOf(coMentorIds);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        observations = observations == null ? List.of() : List.copyOf(observations);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** Whether the lead mentor may still change it: a draft, or a log the leader returned. */
    public boolean editable() {
        return status == SessionStatus.DRAFT || status == SessionStatus.RETURNED;
    }
}
