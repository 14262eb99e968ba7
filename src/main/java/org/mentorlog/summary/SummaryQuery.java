package org.mentorlog.summary;

import java.time.LocalDate;
import java.util.Set;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlausibleDates;
import org.mentorlog.trainee.Agency;

/**
 * What a summary covers: sessions dated from {@code from} to {@code to} (both inclusive), optionally
 * only some teams, sites and agencies (an empty set means all of them), split by {@code groupBy}. A
 * headquarters summary covers one mission: {@code missionId}, or the mission of the named teams, or
 * the only mission the reader reads; it is null when the teams or the reader decide.
 */
public record SummaryQuery(LocalDate from, LocalDate to, Set<Long> teamIds, Set<Long> siteIds,
                           Set<Agency> agencies, Breakdown groupBy, Long missionId) {

    /** The longest period one summary may cover. */
    public static final int MAX_YEARS = 10;

    public SummaryQuery {
        if (from == null || to == null) {
            throw new DomainException("summary.error.period-missing");
        }
        PlausibleDates.require(from);
        PlausibleDates.require(to);
        if (from.isAfter(to)) {
            throw new DomainException("summary.error.period-reversed");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            throw new DomainException("summary.error.period-too-long", MAX_YEARS);
        }
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        groupBy = groupBy == null ? Breakdown.NONE : groupBy;
    }

    /** The whole period, every team, site and agency, split as asked. */
    public static SummaryQuery of(LocalDate from, LocalDate to, Breakdown groupBy) {
        return new SummaryQuery(from, to, Set.of(), Set.of(), Set.of(), groupBy, null);
    }

    /**
     * The first day of "the last twelve months" up to {@code to}: the first of the month eleven months before
     * {@code to}'s, as the dashboard and the API name them. A period that starts within a month reads more of the
     * read model's rows: all of them, unless it is at least five times as long as its days before the next month
     * (issue 10).
     */
    public static LocalDate twelveMonthsBefore(LocalDate to) {
        return to.withDayOfMonth(1).minusMonths(11);
    }

    /** The same query in one mission. */
    public SummaryQuery inMission(Long mission) {
        return new SummaryQuery(from, to, teamIds, siteIds, agencies, groupBy, mission);
    }

    /** The same query from another first day. */
    SummaryQuery startingOn(LocalDate first) {
        return new SummaryQuery(first, to, teamIds, siteIds, agencies, groupBy, missionId);
    }

    public SummaryQuery withTeams(Set<Long> teams) {
        return new SummaryQuery(from, to, teams, siteIds, agencies, groupBy, missionId);
    }

    public SummaryQuery withSites(Set<Long> sites) {
        return new SummaryQuery(from, to, teamIds, sites, agencies, groupBy, missionId);
    }

    public SummaryQuery withAgencies(Set<Agency> selected) {
        return new SummaryQuery(from, to, teamIds, siteIds, selected, groupBy, missionId);
    }

    /** The same period and filters, split another way. */
    public SummaryQuery groupedBy(Breakdown breakdown) {
        return new SummaryQuery(from, to, teamIds, siteIds, agencies, breakdown, missionId);
    }

    /** Agency belongs to registered trainees, so filtering or splitting by it changes what counts. */
    boolean agencyScoped() {
        return !agencies.isEmpty() || groupBy == Breakdown.AGENCY;
    }
}
