package org.mentorlog.field;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mentorlog.followup.MyFollowUp;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.session.TabletLog;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.user.TeamMember;
import tools.jackson.databind.JsonNode;

/**
 * Everything the field app keeps on the mentor's tablet to work offline, fetched whenever it is online:
 * who she is, her team's sites, register and colleagues, the reference lists in her language, her open
 * follow-ups and recent logs, the completeness rules and the texts of the app. Nothing of another team.
 *
 * @param csrfHeader the header that must carry {@code csrfToken} on every change sent
 */
record FieldSnapshot(Me me, LocalDate today, String csrfHeader, String csrfToken, List<SiteInfo> sites,
                     List<ReferenceOption> topics, List<ReferenceOption> roles, List<ReferenceOption> areas,
                     List<ReferenceOption> tags, List<TeamMember> colleagues, List<TraineeRow> trainees,
                     List<MyFollowUp> followUps, List<String> recentPurposes, List<TabletLog> logs,
                     JsonNode completenessRules, Map<String, String> messages) {

    /** The signed-in mentor. */
    record Me(Long id, String username, String displayName, Long teamId, String teamName, String language) {
    }
}
