package org.mentorlog.mission;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Account;
import org.mentorlog.security.ApiClient;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Missions, their teams and the sites where the teams train. */
@Service
@Transactional(readOnly = true)
public class MissionService {

    private final MissionRepository missions;
    private final TeamRepository teams;
    private final SiteRepository sites;
    private final CurrentAccount currentAccount;
    private final AuditService audit;

    MissionService(MissionRepository missions, TeamRepository teams, SiteRepository sites,
                   CurrentAccount currentAccount, AuditService audit) {
        this.missions = missions;
        this.teams = teams;
        this.sites = sites;
        this.currentAccount = currentAccount;
        this.audit = audit;
    }

    /**
     * The missions the caller reads: every mission for an administrator, the granted ones for a
     * headquarters analyst, her team's for a mentor or leader, its token's for a headquarters tool.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MissionInfo> missions() {
        return readable().stream().map(MissionInfo::of).toList();
    }

    /**
     * One mission the caller reads.
     *
     * @throws AccessDeniedException when it does not exist or the caller may not read it (the same
     *                               answer, so that nobody learns which missions exist)
     */
    @PreAuthorize("isAuthenticated()")
    public MissionInfo requireReadable(long missionId) {
        return readable().stream().filter(mission -> mission.getId() == missionId).findFirst()
                .map(MissionInfo::of)
                .orElseThrow(() -> new AccessDeniedException("Mission " + missionId + " is not readable"));
    }

    /** The mission of the signed-in mentor's or leader's team. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public Optional<MissionInfo> myMission() {
        return teams.findById(currentAccount.requireTeamId()).flatMap(team -> missions.findById(team.getMissionId()))
                .map(MissionInfo::of);
    }

    /** Creates a mission; its code is unique, whatever the case. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public MissionInfo createMission(NewMission details) {
        if (details.settings() == null) {
            throw new DomainException("mission.error.threshold-range", MissionSettings.MIN_THRESHOLD,
                    MissionSettings.MAX_THRESHOLD);
        }
        details.settings().check();
        Mission mission = new Mission(details);
        if (missions.existsByCodeIgnoreCase(mission.getCode())) {
            throw new DomainException("mission.error.duplicate-code", mission.getCode());
        }
        Mission saved = missions.saveAndFlush(mission);
        audit.record("mission", saved.getId(), "CREATE", saved.describe());
        return MissionInfo.of(saved);
    }

    /**
     * Changes a mission's disclosure threshold and parity targets, unless someone else changed the
     * mission since {@code version} was read.
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public MissionInfo configure(long missionId, long version, MissionSettings settings) {
        settings.check();
        Mission mission = missions.findById(missionId).orElseThrow(() -> new DomainException("mission.error.unknown"));
        if (mission.getVersion() != version) {
            throw new DomainException("mission.error.changed");
        }
        String before = mission.settingsText();
        mission.configure(settings);
        missions.flush();
        audit.record("mission", missionId, "UPDATE", before + " -> " + mission.settingsText());
        return MissionInfo.of(mission);
    }

    /** The teams of the missions the caller reads, by code. */
    @PreAuthorize(Roles.HAS_MISSION_READER)
    public List<TeamInfo> teams() {
        Set<Long> readable = readableIds();
        return teams.findAllByOrderByCode().stream().filter(team -> readable.contains(team.getMissionId()))
                .map(TeamInfo::of).toList();
    }

    /** The teams of one mission the caller reads, by code. */
    @PreAuthorize(Roles.HAS_AGGREGATE_READER)
    public List<TeamInfo> teams(long missionId) {
        requireReadable(missionId);
        return teams.findByMissionIdOrderByCode(missionId).stream().map(TeamInfo::of).toList();
    }

    /** The sites of the teams of the missions the caller reads, by name. */
    @PreAuthorize(Roles.HAS_MISSION_READER)
    public List<SiteInfo> sites() {
        List<Long> teamIds = teams().stream().map(TeamInfo::id).toList();
        return teamIds.isEmpty() ? List.of()
                : sites.findByTeamIdInOrderByName(teamIds).stream().map(SiteInfo::of).toList();
    }

    /** The sites of one mission's teams, by name. */
    @PreAuthorize(Roles.HAS_AGGREGATE_READER)
    public List<SiteInfo> sites(long missionId) {
        List<Long> teamIds = teams(missionId).stream().map(TeamInfo::id).toList();
        return teamIds.isEmpty() ? List.of()
                : sites.findByTeamIdInOrderByName(teamIds).stream().map(SiteInfo::of).toList();
    }

    /**
     * One mission with its teams and their sites, for headquarters tools that name teams by code and
     * sites by id; empty when there is no such mission.
     */
    @PreAuthorize(Roles.HAS_AGGREGATE_READER)
    public Optional<MissionStructure> structure(long missionId) {
        return readable().stream().filter(mission -> mission.getId() == missionId).findFirst().map(mission -> {
            List<Team> missionTeams = teams.findByMissionIdOrderByCode(missionId);
            List<Long> teamIds = missionTeams.stream().map(Team::getId).toList();
            List<Site> missionSites = teamIds.isEmpty() ? List.of() : sites.findByTeamIdInOrderByName(teamIds);
            return new MissionStructure(MissionInfo.of(mission), missionTeams.stream().map(TeamInfo::of).toList(),
                    missionSites.stream().map(SiteInfo::of).toList());
        });
    }

    /** The signed-in user's own team. */
    @PreAuthorize("isAuthenticated()")
    public Optional<TeamInfo> myTeam() {
        Long teamId = currentAccount.require().teamId();
        return teamId == null ? Optional.empty() : teams.findById(teamId).map(TeamInfo::of);
    }

    /** The active sites of the signed-in mentor's or leader's team. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<SiteInfo> mySites() {
        return sites.findByTeamIdOrderByName(currentAccount.requireTeamId()).stream()
                .filter(Site::isActive)
                .map(SiteInfo::of)
                .toList();
    }

    /** Creates a team in a mission; team codes and trainee-code prefixes are unique in the installation. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public TeamInfo createTeam(NewTeam newTeam) {
        Mission mission = (newTeam.missionId() == null ? Optional.<Mission>empty() : missions.findById(newTeam.missionId()))
                .orElseThrow(() -> new DomainException("team.error.mission-required"));
        Team team = new Team(mission.getId(), newTeam.code(), newTeam.name(), newTeam.traineeCodePrefix());
        if (teams.existsByCodeIgnoreCase(team.getCode())) {
            throw new DomainException("team.error.duplicate-code", team.getCode());
        }
        if (teams.existsByTraineeCodePrefix(team.getTraineeCodePrefix())) {
            throw new DomainException("team.error.duplicate-prefix", team.getTraineeCodePrefix());
        }
        Team saved = teams.save(team);
        audit.record("team", saved.getId(), "CREATE", "mission=" + mission.getCode() + ", code=" + saved.getCode()
                + ", name=" + saved.getName());
        return TeamInfo.of(saved);
    }

    /** Renames a team. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public TeamInfo renameTeam(Long teamId, String newName) {
        Team team = teams.findById(teamId).orElseThrow(() -> new DomainException("team.error.unknown"));
        String before = team.getName();
        team.rename(newName);
        audit.record("team", teamId, "UPDATE", "name: " + before + " -> " + team.getName());
        return TeamInfo.of(team);
    }

    /** Adds a site where a team trains; names are unique within a team. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public SiteInfo addSite(Long teamId, String name) {
        if (teamId == null || !teams.existsById(teamId)) {
            throw new DomainException("team.error.unknown");
        }
        Site site = new Site(teamId, name);
        if (sites.existsByTeamIdAndNameIgnoreCase(teamId, site.getName())) {
            throw new DomainException("site.error.duplicate-name", site.getName());
        }
        Site saved = sites.save(site);
        audit.record("site", saved.getId(), "CREATE", "team=" + teamId + ", name=" + saved.getName());
        return SiteInfo.of(saved);
    }

    /** Whether a team of that id exists. */
    @PreAuthorize("isAuthenticated()")
    public boolean teamExists(Long teamId) {
        return teamId != null && teams.existsById(teamId);
    }

    /**
     * Takes the next pseudonymous trainee code of a team. Joins the caller's transaction and locks
     * the team row, so codes are never handed out twice.
     */
    @Transactional
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public String takeNextTraineeCode(long teamId) {
        return teams.lockById(teamId).orElseThrow(() -> new DomainException("team.error.unknown"))
                .takeNextTraineeCode();
    }

    private List<Mission> readable() {
        Optional<ApiClient> client = currentAccount.apiClient();
        if (client.isPresent()) {
            return missions.findById(client.get().missionId()).stream().toList();
        }
        Account account = currentAccount.require();
        return switch (account.role()) {
            case ADMIN -> missions.findAllByOrderByCode();
            case HQ_ANALYST -> account.grantedMissionIds().isEmpty() ? List.of()
                    : missions.findByIdInOrderByCode(account.grantedMissionIds());
            case MENTOR, TEAM_LEADER -> teams.findById(account.teamId())
                    .flatMap(team -> missions.findById(team.getMissionId())).stream().toList();
        };
    }

    private Set<Long> readableIds() {
        return readable().stream().map(Mission::getId).collect(Collectors.toSet());
    }
}
