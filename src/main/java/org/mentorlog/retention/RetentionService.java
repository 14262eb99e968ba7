package org.mentorlog.retention;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.progress.ProgressService;
import org.mentorlog.security.Roles;
import org.mentorlog.trainee.TraineeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the end of a mission, erases what identifies its trainees (their names, the leaders' notes about
 * them) and keeps the pseudonymous records every summary is computed from. Irreversible.
 */
@Service
@Transactional(readOnly = true)
public class RetentionService {

    private final MissionService missions;
    private final TraineeService trainees;
    private final ProgressService progress;
    private final AuditService audit;

    RetentionService(MissionService missions, TraineeService trainees, ProgressService progress, AuditService audit) {
        this.missions = missions;
        this.trainees = trainees;
        this.progress = progress;
        this.audit = audit;
    }

    /** Every mission with what erasing its names would remove. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<NamedData> missions() {
        return missions.missions().stream().map(mission -> {
            Set<Long> teams = teamsOf(mission.id());
            return new NamedData(mission.id(), mission.code(), mission.name(), trainees.countNamed(teams),
                    progress.countNotes(teams));
        }).toList();
    }

    /**
     * Erases the names of every trainee of the mission's teams and the leaders' notes about them, for
     * good, once the administrator typed the mission's code; audited per record and for the mission.
     *
     * @throws DomainException with key {@code retention.error.code-mismatch} when the typed code is not
     *                         the mission's
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public NamedData eraseNames(long missionId, String typedCode) {
        MissionInfo mission = missions.requireReadable(missionId);
        if (typedCode == null || !typedCode.strip().equalsIgnoreCase(mission.code())) {
            throw new DomainException("retention.error.code-mismatch");
        }
        Set<Long> teams = teamsOf(missionId);
        int notes = progress.eraseNotes(teams);
        int names = trainees.eraseNames(teams);
        audit.record("mission", missionId, "ERASE_NAMES", "code=%s, teams=%d, names=%d, notes=%d"
                .formatted(mission.code(), teams.size(), names, notes));
        return new NamedData(missionId, mission.code(), mission.name(), names, notes);
    }

    private Set<Long> teamsOf(long missionId) {
        return missions.teams(missionId).stream().map(TeamInfo::id).collect(Collectors.toSet());
    }
}
