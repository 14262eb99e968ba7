package org.mentorlog.session;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.mission.MissionService;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.TeamMember;
import org.mentorlog.user.UserService;
import org.springframework.stereotype.Component;

/**
 * Checks that everything a log points at belongs to the mentor's team (site, trainees, colleagues)
 * or to the right reference list, so that a forged request cannot reach into another team.
 */
@Component
class SessionReferences {

    private final MissionService missions;
    private final ReferenceService reference;
    private final TraineeService trainees;
    private final UserService users;

    SessionReferences(MissionService missions, ReferenceService reference, TraineeService trainees,
                      UserService users) {
        this.missions = missions;
        this.reference = reference;
        this.trainees = trainees;
        this.users = users;
    }

    private boolean isMySite(Long siteId) {
        return missions.mySites().stream().anyMatch(site -> site.id().equals(siteId));
    }

    void check(SessionLog log) {
        if (!isMySite(log.siteId())) {
            throw new DomainException("session.error.unknown-site");
        }
        require(ids(ReferenceKind.TOPIC).containsAll(log.topicIds()));
        Set<Long> roles = ids(ReferenceKind.SESSION_ROLE);
        require(log.attendees().stream().allMatch(a -> a.roleId() == null || roles.contains(a.roleId())));

        Set<Long> colleagues = users.myTeamMembers().stream().map(TeamMember::id).collect(Collectors.toSet());
        require(colleagues.containsAll(log.coMentorIds()));
        require(log.followUps().stream().map(FollowUpInput::ownerId).allMatch(id -> id == null || colleagues.contains(id)));

        Set<Long> named = new HashSet<>();
        log.attendees().forEach(attendee -> named.add(attendee.traineeId()));
        log.observations().stream().map(ObservationInput::traineeId).filter(id -> id != null).forEach(named::add);
        log.followUps().stream().map(FollowUpInput::traineeId).filter(id -> id != null).forEach(named::add);
        List<TraineeRow> ownTrainees = trainees.ownTrainees(named);
        if (ownTrainees.size() != named.size()) {
            throw new DomainException("trainee.error.unknown");
        }
    }

    private Set<Long> ids(ReferenceKind kind) {
        // A retired entry stays valid: a draft written before it was retired keeps it.
        return reference.optionsWithRetired(kind, Locale.ENGLISH).stream().map(ReferenceOption::id)
                .collect(Collectors.toSet());
    }

    private static void require(boolean known) {
        if (!known) {
            throw new DomainException("session.error.unknown-reference");
        }
    }
}
