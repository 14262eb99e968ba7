package org.mentorlog.mission;

import java.util.List;
import java.util.Optional;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
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

    /** Every mission, for headquarters and administrators. */
    @PreAuthorize(Roles.HAS_MISSION_READER)
    public List<MissionInfo> missions() {
        return missions.findAll().stream().map(MissionInfo::of).toList();
    }

    /**
     * The mission this installation serves (the first one), for anyone signed in: its facts carry no
     * personal data, and every dashboard compares against its targets.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<MissionInfo> mission() {
        return missions.findFirstByOrderById().map(MissionInfo::of);
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

    /** Every team, for headquarters and administrators. */
    @PreAuthorize(Roles.HAS_MISSION_READER)
    public List<TeamInfo> teams() {
        return teams.findAllByOrderByCode().stream().map(TeamInfo::of).toList();
    }

    /** Every site of every team, for headquarters and administrators. */
    @PreAuthorize(Roles.HAS_MISSION_READER)
    public List<SiteInfo> sites() {
        return sites.findAllByOrderByName().stream().map(SiteInfo::of).toList();
    }

    /**
     * One mission with its teams and their sites, for headquarters tools that name teams by code and
     * sites by id; empty when there is no such mission.
     */
    @PreAuthorize(Roles.HAS_AGGREGATE_READER)
    public Optional<MissionStructure> structure(long missionId) {
        return missions.findById(missionId).map(mission -> {
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

    /** Creates a team in the (first) mission; codes and trainee-code prefixes are unique. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public TeamInfo createTeam(NewTeam newTeam) {
        Mission mission = missions.findFirstByOrderById()
                .orElseThrow(() -> new DomainException("team.error.no-mission"));
        Team team = new Team(mission.getId(), newTeam.code(), newTeam.name(), newTeam.traineeCodePrefix());
        if (teams.existsByCodeIgnoreCase(team.getCode())) {
            throw new DomainException("team.error.duplicate-code", team.getCode());
        }
        if (teams.existsByTraineeCodePrefix(team.getTraineeCodePrefix())) {
            throw new DomainException("team.error.duplicate-prefix", team.getTraineeCodePrefix());
        }
        Team saved = teams.save(team);
        audit.record("team", saved.getId(), "CREATE", "code=" + saved.getCode() + ", name=" + saved.getName());
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
}
