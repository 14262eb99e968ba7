package org.mentorlog.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mission-level summaries. Headquarters sees every team's aggregates with small numbers suppressed;
 * a team leader sees her own team's, unsuppressed. No trainee name or code ever leaves this service.
 */
@Service
@Transactional(readOnly = true)
public class SummaryService {

    private static final String HEADQUARTERS_OR_OWN_TEAM = "(#audience == T(org.mentorlog.summary.Audience).HEADQUARTERS and "
            + Roles.HAS_AGGREGATE_READER + ") or (#audience == T(org.mentorlog.summary.Audience).TEAM and "
            + Roles.HAS_LEADER + ")";

    private final SummaryQueries queries;
    private final MissionService missions;
    private final SummaryCalculator calculator;
    private final SummaryFacts facts;
    private final CurrentAccount currentAccount;
    private final Clock clock;

    SummaryService(SummaryQueries queries, MissionService missions, SummaryCalculator calculator, SummaryFacts facts,
                   CurrentAccount currentAccount, Clock clock) {
        this.queries = queries;
        this.missions = missions;
        this.calculator = calculator;
        this.facts = facts;
        this.currentAccount = currentAccount;
        this.clock = clock;
    }

    /**
     * The indicators of the query's period for the given audience, per breakdown cell and in total.
     * Only submitted and reviewed sessions count. For {@link Audience#HEADQUARTERS} (headquarters
     * analysts, administrators and API clients) the query's teams are honoured and every value is protected by
     * the mission's disclosure threshold. For {@link Audience#TEAM} (team leaders) the summary covers
     * the leader's own team only, whatever teams the query names, and is not suppressed.
     *
     * @throws DomainException with key {@code summary.error.unknown-team} or {@code summary.error.unknown-site}
     *                         when the query names a team or site that does not exist
     * @throws AccessDeniedException when the audience does not fit the user's role, or a team leader
     *                               asks for another team or its sites
     */
    @PreAuthorize(HEADQUARTERS_OR_OWN_TEAM)
    public MissionSummary summarize(SummaryQuery query, Audience audience) {
        requireKnown(query);
        if (audience == Audience.TEAM) {
            SummaryQuery own = query.withTeams(Set.of(ownTeam(query)));
            return summarize(own, own.teamIds(), false, audience, null);
        }
        MissionInfo mission = missions.requireReadable(missionOf(query));
        // Read here, not through the mission service, which would check the mission's rights again.
        Set<Long> missionTeams = queries.teamsOf(mission.id());
        if (!missionTeams.containsAll(query.teamIds())) {
            throw new DomainException("summary.error.unknown-team", query.teamIds());
        }
        if (!queries.sitesOutside(query.siteIds(), missionTeams).isEmpty()) {
            throw new DomainException("summary.error.unknown-site", query.siteIds());
        }
        Set<Long> teams = query.teamIds().isEmpty() ? missionTeams : query.teamIds();
        return summarize(query.inMission(mission.id()), teams, teams.equals(missionTeams), audience,
                mission.disclosureThreshold());
    }

    /**
     * The summary of {@code teams} (none: nothing counts; {@code wholeMission}: every team of the mission),
     * protected by {@code threshold} unless it is null.
     */
    private MissionSummary summarize(SummaryQuery scoped, Set<Long> teams, boolean wholeMission, Audience audience,
                                     Integer threshold) {
        SummaryScope scope = new SummaryScope(scoped, teams, wholeMission, LocalDate.now(clock));
        SummaryCalculator.Computed computed = calculator.compute(scoped, facts.ready() ? scope : scope.withoutFacts());
        Map<String, String> labels = queries.labels(scoped.groupBy());
        List<String> keys = computed.keys().stream()
                .sorted(Comparator.comparing((String key) -> labels.getOrDefault(key, key)))
                .toList();
        if (threshold == null) {
            return new MissionSummary(scoped, audience, null, keys, labelsOf(keys, labels),
                    Disclosure.open(computed.measures()));
        }
        return new MissionSummary(scoped, audience, threshold, keys, labelsOf(keys, labels),
                new Disclosure(threshold, scoped.groupBy()).protect(computed.measures()));
    }

    /**
     * The signed-in team leader's own team over a period, unsuppressed.
     *
     * @see #summarize(SummaryQuery, Audience)
     */
    @PreAuthorize(Roles.HAS_LEADER)
    public MissionSummary summarizeMyTeam(LocalDate from, LocalDate to, Breakdown groupBy) {
        return summarize(SummaryQuery.of(from, to, groupBy), Audience.TEAM);
    }

    private void requireKnown(SummaryQuery query) {
        List<Long> teams = queries.unknownTeams(query.teamIds());
        if (!teams.isEmpty()) {
            throw new DomainException("summary.error.unknown-team", teams);
        }
        List<Long> sites = queries.unknownSites(query.siteIds());
        if (!sites.isEmpty()) {
            throw new DomainException("summary.error.unknown-site", sites);
        }
    }

    /** The query's mission, else its teams' mission, else the reader's only mission. */
    private long missionOf(SummaryQuery query) {
        if (query.missionId() != null) {
            return query.missionId();
        }
        if (!query.teamIds().isEmpty()) {
            List<Long> ofTeams = queries.missionsOf(query.teamIds());
            if (ofTeams.size() > 1) {
                throw new DomainException("summary.error.several-missions");
            }
            return ofTeams.getFirst();
        }
        List<MissionInfo> readable = missions.missions();
        if (readable.isEmpty()) {
            throw new DomainException("summary.error.no-mission");
        }
        if (readable.size() > 1) {
            throw new DomainException("summary.error.choose-mission");
        }
        return readable.getFirst().id();
    }

    private long ownTeam(SummaryQuery query) {
        long own = currentAccount.requireTeamId();
        if (!query.teamIds().isEmpty() && !query.teamIds().equals(Set.of(own))) {
            throw new AccessDeniedException("A team leader sees only her own team's summary");
        }
        if (!queries.sitesOutside(query.siteIds(), Set.of(own)).isEmpty()) {
            throw new AccessDeniedException("A team leader sees only her own team's sites");
        }
        return own;
    }

    private static Map<String, String> labelsOf(List<String> keys, Map<String, String> labels) {
        return keys.stream().filter(labels::containsKey)
                .collect(Collectors.toMap(k -> k, labels::get));
    }
}
