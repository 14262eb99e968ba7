package org.mentorlog.trainee;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;
import org.mentorlog.base.TabletIds;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee register of the signed-in user's team. Every method for mentors and leaders is scoped to
 * that team: a trainee of another team is, to the caller, a trainee that does not exist. Administrators
 * only count and erase names, at the end of a mission.
 */
@Service
@Transactional(readOnly = true)
public class TraineeService {

    private final TraineeRepository trainees;
    private final MissionService missions;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    TraineeService(TraineeRepository trainees, MissionService missions, CurrentAccount currentAccount,
                   AuditService audit, ApplicationEventPublisher events) {
        this.trainees = trainees;
        this.missions = missions;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.events = events;
    }

    /** One page of the team's trainees whose code or name contains the text, by code unless sorted. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<TraineeRow> search(String text, boolean includeInactive, Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("code"));
        return trainees.search(currentAccount.requireTeamId(), pattern(text), includeInactive, sorted).stream()
                .map(TraineeRow::of)
                .toList();
    }

    /** How many of the team's trainees match, for lazy lists. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public long count(String text, boolean includeInactive) {
        return trainees.countMatches(currentAccount.requireTeamId(), pattern(text), includeInactive);
    }

    /** The team's trainees among the given ids (others are silently left out), by code. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<TraineeRow> ownTrainees(Collection<Long> traineeIds) {
        if (traineeIds.isEmpty()) {
            return List.of();
        }
        return trainees.findByTeamIdAndIdInOrderByCode(currentAccount.requireTeamId(), traineeIds).stream()
                .map(TraineeRow::of)
                .toList();
    }

    /** Adds a trainee to the team under the next free code; mentors may do this from a session. */
    @Transactional
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public TraineeRow register(TraineeDetails details) {
        long teamId = currentAccount.requireTeamId();
        Trainee trainee = new Trainee(teamId, missions.takeNextTraineeCode(teamId), details);
        Trainee saved = trainees.save(trainee);
        audit.record("trainee", saved.getId(), "CREATE", saved.auditSummary());
        return TraineeRow.of(saved);
    }

    /**
     * Adds a trainee a mentor added on her tablet, possibly offline. The tablet's id makes a retried
     * upload return the trainee it already added. Unless the mentor confirmed that she is someone new,
     * a trainee of the team with the same name stops it: the tablet offers to use that one instead.
     *
     * @throws PossibleDuplicateException naming the team's trainees of that name
     */
    @Transactional
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public TraineeRow registerFromTablet(String clientId, TraineeDetails details, boolean confirmedNew) {
        long teamId = currentAccount.requireTeamId();
        if (clientId == null || !clientId.matches(TabletIds.PATTERN)) {
            throw new DomainException("trainee.error.unknown");
        }
        var earlier = trainees.findByClientId(clientId);
        if (earlier.isPresent()) {
            if (!earlier.get().getTeamId().equals(teamId)) {
                throw new DomainException("trainee.error.unknown");
            }
            return TraineeRow.of(earlier.get());
        }
        String name = details.fullName() == null ? "" : PlainText.clean(details.fullName());
        if (!confirmedNew && !name.isEmpty()) {
            List<TraineeRow> sameName = trainees.sameName(teamId, name).stream().map(TraineeRow::of).toList();
            if (!sameName.isEmpty()) {
                throw new PossibleDuplicateException(sameName);
            }
        }
        Trainee saved = trainees.save(new Trainee(teamId, missions.takeNextTraineeCode(teamId), details, clientId));
        audit.record("trainee", saved.getId(), "CREATE", saved.auditSummary() + ", from a tablet");
        return TraineeRow.of(saved);
    }

    /** The whole register of the caller's team, former trainees included, for her tablet. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<TraineeRow> wholeRegister() {
        return trainees.findByTeamIdOrderByCode(currentAccount.requireTeamId()).stream().map(TraineeRow::of).toList();
    }

    /** Corrects a trainee's details, if nobody changed them in the meantime. */
    @Transactional
    @PreAuthorize(Roles.HAS_LEADER)
    public TraineeRow update(Long traineeId, long version, TraineeDetails details) {
        Trainee trainee = ownTrainee(traineeId, version);
        String before = trainee.auditSummary();
        trainee.update(details);
        events.publishEvent(TraineeChanged.details(traineeId)); // her sex and agency are counted with her past
        audit.record("trainee", traineeId, "UPDATE", before + " -> " + trainee.auditSummary());
        return TraineeRow.of(trainees.saveAndFlush(trainee));
    }

    /** Takes a trainee off the active register; her history stays. */
    @Transactional
    @PreAuthorize(Roles.HAS_LEADER)
    public TraineeRow setActive(Long traineeId, long version, boolean active) {
        Trainee trainee = ownTrainee(traineeId, version);
        if (active) {
            trainee.reactivate();
        } else {
            trainee.deactivate();
        }
        audit.record("trainee", traineeId, active ? "REACTIVATE" : "DEACTIVATE", trainee.auditSummary());
        return TraineeRow.of(trainees.saveAndFlush(trainee));
    }

    /** How many trainees of these teams still have a name on record. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public long countNamed(Collection<Long> teamIds) {
        return teamIds.isEmpty() ? 0 : trainees.countByTeamIdInAndFullNameIsNotNull(teamIds);
    }

    /**
     * Erases the name of every trainee of these teams, for good, and audits each erasure; codes and
     * everything else stay. Joins the caller's transaction.
     *
     * @return how many names were erased
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public int eraseNames(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return 0;
        }
        List<Trainee> named = trainees.findByTeamIdInAndFullNameIsNotNullOrderByCode(teamIds);
        if (named.isEmpty()) {
            return 0;
        }
        int erased = trainees.eraseNames(named.stream().map(Trainee::getId).toList());
        named.forEach(trainee -> audit.record("trainee", trainee.getId(), "ERASE_NAME",
                "code=" + trainee.getCode() + ", named=false"));
        return erased;
    }

    private Trainee ownTrainee(Long traineeId, long version) {
        Trainee trainee = trainees.findByIdAndTeamId(traineeId, currentAccount.requireTeamId())
                .orElseThrow(() -> new DomainException("trainee.error.unknown"));
        if (trainee.getVersion() != version) {
            throw new DomainException("error.concurrent-change");
        }
        return trainee;
    }

    private static String pattern(String text) {
        String trimmed = text == null ? "" : PlainText.clean(text).toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return "";
        }
        String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
