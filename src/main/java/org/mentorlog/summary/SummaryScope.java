package org.mentorlog.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mentorlog.followup.FollowUpStatus;
import org.mentorlog.observation.Approach;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.SessionStatus;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.Sex;

/**
 * The SQL fragments and parameters that restrict every query of one summary to its period, teams,
 * sites and agencies, and that name the breakdown cell of a row. Values only ever travel as bind
 * parameters; the fragments are fixed text chosen by the query's shape.
 */
final class SummaryScope {

    static final String COUNTED_SESSION = countedSession("s");
    static final String COUNTED_ATTENDANCE = "a.status in (:attended)";
    /** Whether the session {@code s} states a purpose, and gender content: 1 or 0, to sum. */
    static final String STATES_PURPOSE = "case when s.purpose is not null and trim(s.purpose) <> '' then 1 else 0 end";
    static final String STATES_GENDER_CONTENT = "case when s.gender_content then 1 else 0 end";
    /** Sessions that count: submitted or reviewed, not a draft or a returned log. */
    static final List<String> COUNTED = names(SessionStatus.SUBMITTED, SessionStatus.REVIEWED);
    /** Attendance that counts: the trainee was there. */
    static final List<String> ATTENDED = names(AttendanceStatus.PRESENT, AttendanceStatus.LATE);

    /**
     * The read model's runs of a trainee's rows ({@link SummaryFacts}): within her mission, her team or
     * her site, named by the suffix of its columns.
     */
    enum Within {
        MISSION, TEAM, SITE;

        String column(String prefix) {
            return "s." + prefix + "_" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final SummaryQuery query;
    private final Set<Long> teamIds;
    private final boolean wholeMission;
    private final boolean facts;
    private final Breakdown breakdown;
    private final LocalDate today;
    /** Where {@link #cutsRuns()}: the trainees who moved within the selection; null until looked up. */
    private final Set<Long> movers;

    SummaryScope(SummaryQuery query, Set<Long> teamIds, LocalDate today) {
        this(query, teamIds, false, today);
    }

    /** {@code wholeMission}: the teams are every team of the mission. */
    SummaryScope(SummaryQuery query, Set<Long> teamIds, boolean wholeMission, LocalDate today) {
        this(query, teamIds, wholeMission, true, query.groupBy(), today, null);
    }

    private SummaryScope(SummaryQuery query, Set<Long> teamIds, boolean wholeMission, boolean facts,
                         Breakdown breakdown, LocalDate today, Set<Long> movers) {
        this.query = query;
        this.teamIds = Set.copyOf(teamIds);
        this.wholeMission = wholeMission;
        this.facts = facts;
        this.breakdown = breakdown;
        this.today = today;
        this.movers = movers == null ? null : Set.copyOf(movers);
    }

    /** The session aliased {@code alias} counts: it was submitted or reviewed, not a draft or a returned log. */
    static String countedSession(String alias) {
        return alias + ".status in (:counted)";
    }

    /** The day the summary is made: no session is dated after the day it is logged. */
    LocalDate today() {
        return today;
    }

    /** The same scope in one cell: the total. */
    SummaryScope total() {
        return new SummaryScope(query, teamIds, wholeMission, facts, Breakdown.NONE, today, movers);
    }

    /** The same scope read from the base tables only, as the read model is checked against. */
    SummaryScope withoutFacts() {
        return new SummaryScope(query, teamIds, wholeMission, false, breakdown, today, null);
    }

    /**
     * Whether the per-trainee families can be read from the read model: in every cell and in the total,
     * a trainee's rows must be consecutive rows of one of its runs (her mission's, team's or site's).
     * Where the filter {@link #cutsRuns() cuts runs}, that holds for the trainees who never moved within
     * it, so the movers must have been looked up ({@link #apartFrom}).
     */
    boolean readsFacts() {
        return facts && (!cutsRuns() || movers != null);
    }

    /**
     * Whether the filter picks some of several teams, or several sites, so that a trainee's rows in it are
     * not the rows of one run. Those of a trainee who never moved between the selected teams (sites) are
     * still the rows of her team's (site's) run: her previous row there is her previous row in the
     * selection. Only the others, the movers, have to be counted from the base tables.
     */
    boolean cutsRuns() {
        return query.siteIds().size() > 1 || query.siteIds().isEmpty() && !wholeMission && teamIds.size() > 1;
    }

    /**
     * The read model's {@code moved} values ({@link SummaryFacts}) of rows whose trainee may have left her
     * run within the selection: by sites, moved at all; by teams, moved to another team.
     */
    private List<Integer> movedValues() {
        return query.siteIds().size() > 1 ? List.of(1, 2) : List.of(2);
    }

    /**
     * The same scope with the trainees who moved within it looked up: the read model counts the others,
     * the base tables these ({@link #movers()}).
     */
    SummaryScope apartFrom(Set<Long> movers) {
        return new SummaryScope(query, teamIds, wholeMission, facts, breakdown, today, movers);
    }

    /** Whether no trainee's rows are left to the base tables: no movers were looked up, or none was found. */
    private boolean noMoversApart() {
        return movers == null || movers.isEmpty();
    }

    /** The scope of the movers alone, read from the base tables; empty when there are none. */
    Optional<SummaryScope> movers() {
        return facts && !noMoversApart()
                ? Optional.of(new SummaryScope(query, teamIds, wholeMission, false, breakdown, today, movers))
                : Optional.empty();
    }

    /**
     * Whether the per-trainee families fold the read model's rows of each attendance and rating per trainee
     * ({@link SummaryFolds}): the model is built, but the filter {@link #cutsRuns() cuts its runs} and too many
     * trainees moved within the selection to count them apart, so {@link #readsFacts()} does not hold.
     */
    boolean foldsRows() {
        return facts && !readsFacts();
    }

    /**
     * The read model's rows ({@code r}) of each attendance or rating in {@code table} of the selection's counted
     * sessions ({@code s}) in the period, found by their sessions. An index by site or team on the rows themselves
     * would serve this better, but H2 2.5 reads such an index whole for the other passes' lists of teams or sites
     * (two sites of a team for one year: 1.5 million rows of the index instead of 5,000).
     */
    String rowsOfSessions(String table) {
        return " from training_session s join " + table + " r on r.session_id = s.id" + teamJoin() + " where "
                + sessionsInPeriodWithoutTeam() + (query.agencies().isEmpty() ? "" : " and r.agency in (:agencies)");
    }

    /**
     * Whether the read model may be read at all (it is built). Its follow-up rows stand alone, so they
     * are read under any filter; the per-trainee families need {@link #readsFacts()} as well.
     */
    boolean readsModel() {
        return facts;
    }

    /**
     * The runs that a cell's rows ({@code total}: the total's) are consecutive rows of: for the trainees who
     * did not move within the selection where it {@link #cutsRuns() cuts runs}.
     */
    Within within(boolean total) {
        Set<Long> sites = query.siteIds();
        if (!total && breakdown == Breakdown.SITE) {
            return Within.SITE;
        }
        if (sites.size() == 1) {
            return Within.SITE;
        }
        if (!sites.isEmpty()) {
            return Within.SITE;
        }
        if (!total && breakdown == Breakdown.TEAM) {
            return Within.TEAM;
        }
        return wholeMission ? Within.MISSION : Within.TEAM;
    }

    /**
     * Whether the date column {@code earlier} (a trainee's previous row of a run) lies before the row's
     * cell ({@code total}: before the period), so that the row is her first there. Null means none.
     */
    String firstInCell(String earlier, boolean total) {
        return "(" + earlier + " is null or " + earlier + " < :from"
                + (total || !byTime() ? "" : " or " + earlier + " < " + cellStart()) + ")";
    }

    /** The opposite of {@link #firstInCell}: the earlier row lies in the same cell. */
    String inCell(String earlier, boolean total) {
        return "(" + earlier + " >= :from" + (total || !byTime() ? "" : " and " + earlier + " >= " + cellStart()) + ")";
    }

    /**
     * The read model's cell of a row ({@code s}), named once per group from {@link #factsGroup()}: by
     * period formatted from its first day, by team looked up (joining the team to every row cost
     * PostgreSQL a quarter of a five-year competency pass by team, issue 10).
     */
    String factsKey() {
        return switch (breakdown) {
            case TEAM -> "(select tm.code from team tm where tm.id = s.team_id)";
            case MONTH, QUARTER, YEAR -> key(cellStart(), null);
            default -> key("s.session_date", "s.agency");
        };
    }

    /** What the read model's rows are grouped by for their cell: a column of the row, not computed per row. */
    String factsGroup() {
        return switch (breakdown) {
            case TEAM -> "s.team_id";
            case SITE -> "s.site_id";
            case MONTH, QUARTER, YEAR -> cellStart();
            default -> factsKey();
        };
    }

    /** The first day of a row's period cell, carried by the read model. */
    private String cellStart() {
        return switch (breakdown) {
            case MONTH -> "s.month_start";
            case QUARTER -> "s.quarter_start";
            case YEAR -> "s.year_start";
            default -> throw new IllegalStateException("not a period: " + breakdown);
        };
    }

    /**
     * The read model's per-trainee rows ({@code s}, attendance and ratings) of the selected teams, sites
     * and agencies whose {@code date} lies within a pass's bounds ({@link #parameters(LocalDate, LocalDate)},
     * a part of the period or all of it). Every team of a mission is picked by the mission's id: H2 tests
     * {@code team_id in (…)} against one team after the other, a fifth of a five-year pass over 20 teams
     * (issue 10). A team never changes mission, so both pick the same rows.
     */
    String factsInScope(String date) {
        return factsInScope(date, ":rowsFrom", ":rowsTo");
    }

    /** As {@link #factsInScope(String)}, between the days the parameters {@code from} and {@code to} name. */
    String factsInScope(String date, String from, String to) {
        return teamsOrMission() + sitesAndAgencies() + " and " + date + " between " + from + " and " + to
                + (noMoversApart() ? "" : " and s.trainee_id not in (:movers)");
    }

    /**
     * Whether the attendance pass may read whole months from the read model's monthly rows: its period starts
     * on the first of a month, so that a month row's previous month lies before the period exactly when her
     * previous attendance does, and no site is selected or broken down by (the monthly rows are by team).
     */
    boolean readsMonths() {
        return readsFacts() && query.from().getDayOfMonth() == 1 && query.siteIds().isEmpty()
                && breakdown != Breakdown.SITE;
    }

    /**
     * How many times as long as its days before the next month a period that starts within a month must be for
     * {@link #nextMonth()}: the correction reads the rows of those days twice more (attendance and competencies),
     * besides the sums from the next month, which costs about as much as reading five times as many days row
     * by row (H2 at 100,000 sessions, from the 16th: three months 212-222 ms either way; one year 161-194 ms
     * corrected, 357-399 ms row by row).
     */
    private static final int CORRECTED_WHEN_LONGER = 5;

    /**
     * Where the period starts within a month, and would otherwise read the read model's monthly rows and sums
     * ({@link #readsMonths()} or {@link #readsSiteMonths()}, with no movers apart): the first of the next month. The
     * per-trainee passes then read the days before it from the rows, the rest as a period from it
     * ({@link #fromNextMonth()}), and correct the trainees (and competencies) with rows on both sides, within the run
     * their cells are judged in (decision 0017; within sites since V52). Empty otherwise, and
     * where the period is shorter than {@link #CORRECTED_WHEN_LONGER} times those days (then read row by row).
     */
    Optional<LocalDate> nextMonth() {
        LocalDate next = firstWholeMonth();
        boolean sums = readsFacts() && noMoversApart();
        long days = query.from().until(next, ChronoUnit.DAYS);
        boolean longEnough = query.from().until(query.to(), ChronoUnit.DAYS) + 1 >= CORRECTED_WHEN_LONGER * days;
        return sums && query.from().getDayOfMonth() != 1 && longEnough ? Optional.of(next) : Optional.empty();
    }

    /** The same scope, of the period from the first of the next month ({@link #nextMonth()}) to its last day. */
    SummaryScope fromNextMonth() {
        return new SummaryScope(query.startingOn(nextMonth().orElseThrow()), teamIds, wholeMission, facts, breakdown,
                today, movers);
    }

    /**
     * The last day of the period's first cell: by month, quarter or year the end of the one its first day lies in
     * (or the period's last day, if sooner); otherwise the period's last day.
     */
    LocalDate firstCellEnd() {
        LocalDate from = query.from();
        LocalDate end = switch (breakdown) {
            case MONTH -> from.withDayOfMonth(1).plusMonths(1);
            case QUARTER -> from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
            case YEAR -> from.withDayOfYear(1).plusYears(1);
            default -> query.to().plusDays(1);
        };
        return end.minusDays(1).isBefore(query.to()) ? end.minusDays(1) : query.to();
    }

    /**
     * Whether the attendance pass may read whole months from the read model's attendance by mission and month
     * (V34): as {@link #readsMonths()}, of a whole mission picked by its id, in one cell, over all agencies.
     */
    boolean readsAttendanceMissionMonths() {
        return readsMonths() && picksMission() && isTotal() && query.agencies().isEmpty();
    }

    /**
     * Whether the attendance pass may read the cells of whole months from the read model's attendance by mission
     * and month (V34), grouped by quarter: as {@link #readsMonths()}, of a whole mission picked by its id, by
     * quarter, over all agencies.
     */
    boolean readsAttendanceMissionQuarters() {
        return readsMonths() && picksMission() && breakdown == Breakdown.QUARTER && query.agencies().isEmpty();
    }

    /**
     * Whether the attendance pass may read whole months from the read model's monthly rows by site (V38): as
     * {@link #readsMonths()}, where a site is selected or broken down by.
     */
    boolean readsSiteMonths() {
        return readsFacts() && query.from().getDayOfMonth() == 1
                && (!query.siteIds().isEmpty() || breakdown == Breakdown.SITE);
    }

    /**
     * Whether the attendance pass may read whole months and years from the read model's attendance sums by site
     * (V44) or team (V45) instead of the monthly and yearly rows: where it reads those of the run its cells are
     * judged within ({@link #readsSiteMonths()} within sites, {@link #readsMonths()} within teams), its cells span
     * the period, no mover is read apart, and fewer days lie from the period's end to today than in it (the rows
     * after the period whose previous row lies in it are read and added back).
     */
    boolean readsRunSums() {
        boolean rows = switch (within(false)) {
            case SITE -> readsSiteMonths();
            case TEAM -> readsMonths();
            case MISSION -> false;
        };
        return rows && noMoversApart() && !byTime()
                && endsSoonerThanItLasts();
    }

    /**
     * Whether fewer days lie from the period's end to today than in the period: then the rows after it, which
     * sums dated by earlier rows count as well, are fewer than those in it, and are read and taken away.
     */
    private boolean endsSoonerThanItLasts() {
        return query.to().until(today, ChronoUnit.DAYS) < query.from().until(query.to(), ChronoUnit.DAYS);
    }

    /**
     * Whether the attendance pass may read whole years from the read model's yearly rows (by team, or by site
     * where it {@link #readsSiteMonths() reads those}): with cells that the yearly rows tell apart (the period,
     * teams, sites, agencies or years).
     */
    boolean readsYears() {
        return (readsMonths() || readsSiteMonths()) && yearsTellCellsApart();
    }

    /** Whether sums by year, team, site and agency tell the cells apart: the period, teams, sites, agencies or years. */
    private boolean yearsTellCellsApart() {
        return breakdown == Breakdown.NONE || breakdown == Breakdown.TEAM || breakdown == Breakdown.SITE
                || breakdown == Breakdown.AGENCY || breakdown == Breakdown.YEAR;
    }

    /**
     * The first day of the period's whole months: its first day if that is a month's first, else the first of the
     * next month (the days before it are then read row by row).
     */
    LocalDate firstWholeMonth() {
        return firstWholeMonth(query.from());
    }

    /** The first of the whole months from {@code from} on: {@code from} if it is a month's first, else the next's. */
    static LocalDate firstWholeMonth(LocalDate from) {
        return from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    }

    /** The first day of the period's whole years: its first day if that is a year's first, else the next year's. */
    LocalDate firstWholeYear() {
        LocalDate from = query.from();
        return from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
    }

    /** The first day after the period's whole years: the first of the year its last day's next day lies in. */
    LocalDate afterWholeYears() {
        return query.to().plusDays(1).withDayOfYear(1);
    }

    /**
     * The first day after the period's whole months: the day after it if it ends on a month's last day, else
     * the first of the month it ends in (which then is read row by row).
     */
    LocalDate afterWholeMonths() {
        return afterWholeMonths(query.to());
    }

    /** The first day after the whole months until {@code to}: its next day, or the first of its month. */
    static LocalDate afterWholeMonths(LocalDate to) {
        LocalDate after = to.plusDays(1);
        return after.getDayOfMonth() == 1 ? after : to.withDayOfMonth(1);
    }

    /**
     * Whether the competency pass may read whole years from the read model's rating sums by year
     * ({@link SummaryFacts}): the cells are the period, teams, agencies or years, which those sums tell apart.
     */
    boolean readsRatingYears() {
        return readsRatingSums() && readsYears();
    }

    /**
     * Whether the competency pass may read whole years from the rating sums by site (V39) instead: as
     * {@link #readsRatingYears()}, where a site is selected or broken down by ({@link #readsSiteMonths()}).
     */
    boolean readsSiteRatingYears() {
        return readsSiteMonths() && noMoversApart() && readsYears();
    }

    /**
     * Whether the competency pass may read the entries (V42) of the run its cells are judged within instead of the
     * rating sums: the cells span the period (the total, teams, sites or agencies), the rating sums of that run
     * may be read ({@link #readsSiteRatingYears()} within sites, else {@link #readsRatingYears()}, of the whole
     * mission picked by its id within the mission), and fewer days lie from the period's end to today than in it
     * (the entries count the ratings after the period too, which are read and taken away).
     */
    boolean readsEntries() {
        boolean sums = switch (within(false)) {
            case SITE -> readsSiteRatingYears();
            case TEAM -> readsRatingYears();
            case MISSION -> readsRatingYears() && picksMission();
        };
        return sums && !byTime()
                && endsSoonerThanItLasts();
    }

    /**
     * Whether the competency pass may read whole years from the whole mission's rating sums, which have no
     * teams: as {@link #readsRatingYears()}, of the whole mission (picked by its id), whose cells are the
     * period, agencies or years, all judged within the mission.
     */
    boolean readsMissionRatingYears() {
        return readsRatingYears() && picksMission() && breakdown != Breakdown.TEAM;
    }

    /**
     * Whether the competency and attendance passes may read the cells of whole months from the read model's
     * sums by month over trainees.
     */
    boolean readsMonthSums() {
        return readsRatingSums() && breakdown == Breakdown.MONTH;
    }

    /**
     * Whether the attendance pass may read the cells of whole months from the read model's sums by mission and
     * month over trainees (V49): as {@link #readsMonthSums()}, of a whole mission picked by its id, whose runs
     * are the mission's.
     */
    boolean readsMissionMonthSums() {
        return readsMonthSums() && picksMission() && within(false) == Within.MISSION;
    }

    /**
     * Whether the competency pass may read the cells of whole months from the read model's competency cells by
     * mission and month (V32): as {@link #readsMonthSums()}, of a whole mission picked by its id, over all
     * agencies.
     */
    boolean readsMissionMonthCells() {
        return readsMonthSums() && picksMission() && readsSumsOverAgencies();
    }

    /**
     * Whether the competency pass may read the cells of whole quarters from the read model's competency cells by
     * quarter within the run its cells are judged within (V53): by quarter, where the monthly rows of that run are
     * read and no mover is apart ({@link #readsRatingSums()} within the mission, picked by its id, or within teams;
     * {@link #readsSiteMonths()} within sites). The cells hold every trainee's ratings by agency, so any agencies
     * may be selected.
     */
    boolean readsQuarterCells() {
        if (breakdown != Breakdown.QUARTER) {
            return false;
        }
        return switch (within(false)) {
            case MISSION -> readsRatingSums() && picksMission();
            case TEAM -> readsRatingSums();
            case SITE -> readsSiteMonths() && noMoversApart();
        };
    }

    /**
     * Whether the competency pass may read the rating sums over all agencies: no agency is selected, and the
     * cells are not agencies.
     */
    boolean readsSumsOverAgencies() {
        return query.agencies().isEmpty() && breakdown != Breakdown.AGENCY;
    }

    /**
     * As {@link #readsMonths()}: an earlier rating that the rating sums name by its month (or by nothing,
     * if it lies before the row's month) lies before the period or a cell exactly when that month does; and
     * no trainee's rows are left out (the sums are of every trainee's), so no movers are apart.
     */
    private boolean readsRatingSums() {
        return readsMonths() && noMoversApart();
    }

    /**
     * The read model's session-level rows ({@code s}, observations) of the selected teams and sites in the
     * period, picked as in {@link #factsInScope}. Their agencies are their attendees', looked up by
     * {@link #sessionAgencyFilter}.
     */
    String sessionFactsInScope() {
        return sessionFactsInScope(":from", ":to");
    }

    /** As {@link #sessionFactsInScope()}, between the days the parameters {@code from} and {@code to} name. */
    String sessionFactsInScope(String from, String to) {
        return teamsOrMission() + sites() + " and s.session_date between " + from + " and " + to;
    }

    /**
     * The read model's session sums by site and month, or observation sums by team and month ({@code s}), of
     * the selection, of the months from the one {@code :rowsFrom} names to the one {@code :rowsTo} names.
     */
    String sessionMonthsInScope() {
        return sumsInScope("s.month_start");
    }

    /**
     * Whether the sessions family may read whole months from the read model's sums by site and month: the
     * model is built, and no agency is selected or broken down by (the sums are of every attendee's sessions).
     */
    boolean readsSessionMonths() {
        return facts && !query.agencyScoped() && breakdown != Breakdown.AGENCY;
    }

    /**
     * Whether the observations family may read whole months from the read model's sums by team and month:
     * as {@link #readsSessionMonths()}, and no site is selected or broken down by (the sums are by team).
     */
    boolean readsObservationMonths() {
        return readsSessionMonths() && query.siteIds().isEmpty() && breakdown != Breakdown.SITE;
    }

    /**
     * Whether the observations family may read whole months from the read model's sums by site, month and agency
     * (V41, V55): where the sessions family reads the rows of each session and agency
     * ({@link #readsSessionAgencies()}).
     */
    boolean readsObservationAgencyMonths() {
        return readsSessionAgencies();
    }

    /**
     * Whether the sessions and observations families may read whole months from the read model's sums by mission,
     * month and agency (V51): where they read those by site or team and agency ({@link #readsSessionAgencies()}), of a
     * whole mission picked by its id, no site selected, and the cells neither teams nor sites.
     */
    boolean readsAgencyMissionMonths() {
        return readsSessionAgencies() && missionSumsServe();
    }

    /**
     * Whether the observations family may read whole years from the read model's sums by site and year (V43): as
     * {@link #readsSessionMonths()}, where a site is selected or broken down by, with cells that years tell apart
     * (the period, teams, sites or years).
     */
    boolean readsObservationSiteYears() {
        return readsSessionMonths() && (!query.siteIds().isEmpty() || breakdown == Breakdown.SITE)
                && (breakdown == Breakdown.NONE || breakdown == Breakdown.TEAM || breakdown == Breakdown.SITE
                || breakdown == Breakdown.YEAR);
    }

    /**
     * As {@link #sessionMonthsInScope()}, of sums dated by {@code period} (their month's or year's first day), from
     * the one {@code :rowsFrom} names to the one {@code :rowsTo} names.
     */
    String sumsInScope(String period) {
        return teamsOrMission() + sites() + " and " + period + " between :rowsFrom and :rowsTo";
    }

    /**
     * Whether the observations family may read whole months from the read model's sums by mission and month
     * (V33): as {@link #readsObservationMonths()}, of a whole mission picked by its id, not by team.
     */
    boolean readsObservationMissionMonths() {
        return readsObservationMonths() && picksMission() && breakdown != Breakdown.TEAM;
    }

    /**
     * Whether the follow-ups opened and closed may read whole months from the read model's sums by site,
     * agency and month: the model is built. Those sums are of every follow-up, like the follow-ups' rows, so
     * any filter reads them.
     */
    boolean readsFollowUpMonths() {
        return facts;
    }

    /**
     * Whether the follow-ups opened and closed may read whole months from the read model's sums by mission, agency
     * and month (V48): as {@link #readsFollowUpMonths()}, of a whole mission picked by its id, no site selected, and
     * the cells neither teams nor sites.
     */
    boolean readsFollowUpMissionMonths() {
        return readsFollowUpMonths() && missionSumsServe();
    }

    /**
     * Whether the follow-ups opened and closed may read whole years from the read model's sums by site, agency and
     * year (V50): where they read those by site and month ({@link #readsFollowUpMonths()}, not
     * {@link #readsFollowUpMissionMonths()}), and years tell the cells apart.
     */
    boolean readsFollowUpYears() {
        return readsFollowUpMonths() && !readsFollowUpMissionMonths() && yearsTellCellsApart();
    }

    /** The follow-up sums ({@code s}) of the selection: of its mission where they are by mission, else of its teams. */
    String followUpSumsOfScope() {
        return (readsFollowUpMissionMonths() ? teamsOrMission() : teams()) + sitesAndAgencies();
    }

    private String teamsOrMission() {
        return picksMission() ? " s.mission_id = :mission" : teams();
    }

    /**
     * Whether sums by mission serve the summary: a whole mission picked by its id, no site selected, and the cells
     * neither teams nor sites.
     */
    private boolean missionSumsServe() {
        return picksMission() && query.siteIds().isEmpty() && breakdown != Breakdown.TEAM && breakdown != Breakdown.SITE;
    }

    private boolean picksMission() {
        return wholeMission && query.missionId() != null && !teamIds.isEmpty();
    }

    /** For person-level rows of the base tables: the trainee is one of {@link #movers()}, if that is the scope. */
    String onlyMovers(String traineeId) {
        return facts || movers == null ? "" : " and " + traineeId + " in (:movers)";
    }

    /** The read model's rows ({@code s}) of the selected teams, sites and agencies, any date. */
    String factsOfScope() {
        return teams() + sitesAndAgencies();
    }

    private String teams() {
        return teamIds.isEmpty() ? " 1 = 0" : " s.team_id in (:teams)";
    }

    private String sites() {
        return query.siteIds().isEmpty() ? "" : " and s.site_id in (:sites)";
    }

    private String sitesAndAgencies() {
        return sites() + (query.agencies().isEmpty() ? "" : " and s.agency in (:agencies)");
    }

    SummaryQuery query() {
        return query;
    }

    boolean isTotal() {
        return breakdown == Breakdown.NONE;
    }

    /** Whether the cells are periods. */
    boolean byTime() {
        return breakdown.isTime();
    }

    /**
     * Whether each row falls in exactly one cell, so that a count's total is the sum of its cells. Not
     * by agency: there a session counts once for every agency among its attendees.
     */
    boolean partitions() {
        return !isTotal() && breakdown != Breakdown.AGENCY;
    }

    /** The values of every fragment, enum constants included: no value is ever written into the SQL. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("counted", COUNTED);
        parameters.put("attended", ATTENDED);
        parameters.put("woman", Sex.WOMAN.name());
        parameters.put("man", Sex.MAN.name());
        parameters.put("notRecorded", Sex.NOT_RECORDED.name());
        parameters.put("transformative", Approach.TRANSFORMATIVE.name());
        parameters.put("done", FollowUpStatus.DONE.name());
        parameters.put("cancelled", FollowUpStatus.CANCELLED.name());
        parameters.put("closedStatuses", names(FollowUpStatus.DONE, FollowUpStatus.CANCELLED));
        parameters.put("openStatuses", names(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS));
        parameters.put("from", query.from());
        parameters.put("to", query.to());
        parameters.put("today", today);
        parameters.put("teams", teamIds);
        parameters.put("mission", query.missionId());
        parameters.put("sites", query.siteIds());
        parameters.put("agencies", query.agencies().stream().map(Enum::name).toList());
        parameters.put("unselectedAgencies", unselectedAgencies());
        parameters.put("moved", movedValues());
        if (movers != null) {
            parameters.put("movers", movers);
        }
        return parameters;
    }

    /** {@link #parameters()} with the bounds {@code rowsFrom} and {@code rowsTo} of a pass over part of the period. */
    Map<String, Object> parameters(LocalDate rowsFrom, LocalDate rowsTo) {
        Map<String, Object> parameters = parameters();
        parameters.put("rowsFrom", rowsFrom);
        parameters.put("rowsTo", rowsTo);
        return parameters;
    }

    /**
     * The cell of a row, from its date and, for the agency breakdown, the given agency column. A period's cell is
     * cut from the date's ISO text ({@code 2026-11-30}): H2 parses {@code to_char}'s format anew for every row, which
     * took a fifth of ten years by month at 100,000 sessions (issue 10). PostgreSQL writes dates in ISO to JDBC
     * (the driver insists on {@code DateStyle} ISO).
     */
    String key(String date, String agency) {
        String iso = "cast(" + date + " as varchar(10))";
        return switch (breakdown) {
            case NONE -> "'" + MissionSummary.TOTAL + "'";
            case MONTH -> "left(" + iso + ", 7)";
            case QUARTER -> "left(" + iso + ", 4) || '-Q' || cast(extract(quarter from " + date + ") as varchar(1))";
            case YEAR -> "left(" + iso + ", 4)";
            case TEAM -> "tm.code";
            case SITE -> "cast(s.site_id as varchar(20))";
            case AGENCY -> agency;
        };
    }

    /**
     * The cell of rows ({@code s}, with a {@code team_id}) grouped by {@link #cellGroup}: as {@link #key}, but by team
     * the team's code looked up once per group instead of joined to every row (ten years by team at 100,000
     * sessions: about 25,000 monthly follow-up sums read for each of two families).
     */
    String cellOfGroup(String date, String agency) {
        return breakdown == Breakdown.TEAM ? factsKey() : key(date, agency);
    }

    /** What rows are grouped by for the cell {@link #cellOfGroup} names. */
    String cellGroup(String date, String agency) {
        return breakdown == Breakdown.TEAM ? factsGroup() : key(date, agency);
    }

    /**
     * The team {@code tm} of the session {@code s}, joined where the cell needs its code. Every session
     * has a team, so leaving the join out drops no row.
     */
    String teamJoin() {
        return breakdown == Breakdown.TEAM ? " join team tm on tm.id = s.team_id" : "";
    }

    /**
     * The trainee {@code t} of a person-level row, joined where the cell or the filter is her agency;
     * elsewhere her sex is looked up after grouping, once per group rather than once per row.
     */
    String agencyJoin(String traineeId) {
        return query.agencyScoped() ? " join trainee t on t.id = " + traineeId : "";
    }

    /**
     * For families counted per trainee, which do not add up across cells: a derived table {@code ct}
     * that repeats each per-trainee row of a cell once for its cell ({@code ct.whole = 0}) and once for
     * the total ({@code ct.whole = 1}), so that one pass yields both. Without a breakdown the cell is the
     * total, and only {@code whole = 1} is there.
     */
    String cellAndTotal() {
        return isTotal() ? "(values (1)) as ct (whole)" : "(values (0), (1)) as ct (whole)";
    }

    /** The cell of a row repeated by {@link #cellAndTotal()}: its own, given as {@code cell}, or the total. */
    String cellOrTotal(String cell) {
        return isTotal() ? cell : "case when ct.whole = 1 then '" + MissionSummary.TOTAL + "' else " + cell + " end";
    }

    /** The cell as the leading window partition column, or nothing for the total. */
    String partition(String date, String agency) {
        return isTotal() ? "" : key(date, agency) + ", ";
    }

    /**
     * Counted sessions ({@code s}, joined to its team {@code tm}) of the selected teams and sites, any
     * date. The teams are always named: a mission without teams has no sessions. They are picked on the
     * team's side of the join: given {@code s.team_id in (…)} with a whole mission's teams, H2 reads all
     * sessions through the (team, date) index instead of one date range per team (a year at 100,000
     * sessions: 100,000 index entries instead of 10,000, three times slower).
     */
    String sessions() {
        return sessions("tm.id");
    }

    /** {@link #sessions()} in the period. */
    String sessionsInPeriod() {
        return sessions() + " and s.session_date between :from and :to";
    }

    /** {@link #sessionsInPeriod()} for queries that do not join the session's team. */
    String sessionsInPeriodWithoutTeam() {
        return sessions("s.team_id") + " and s.session_date between :from and :to";
    }

    private String sessions(String team) {
        return COUNTED_SESSION
                + (teamIds.isEmpty() ? " and 1 = 0" : " and " + team + " in (:teams)")
                + (query.siteIds().isEmpty() ? "" : " and s.site_id in (:sites)");
    }

    /** For person-level rows: the trainee {@code t} is of a selected agency. */
    String traineeAgency() {
        return query.agencies().isEmpty() ? "" : " and t.agency in (:agencies)";
    }

    /**
     * For session-level rows: by agency, a session counts once for every agency of its registered
     * attendees ({@code ag.agency}); with an agency filter, it counts if one of them is of a selected
     * agency. Once it is built, the read model names each session's agencies ({@link SummaryFacts}); until
     * then the session's attendance is read.
     */
    String sessionAgencyJoin(String sessionId) {
        if (breakdown != Breakdown.AGENCY) {
            return "";
        }
        return facts ? " join summary_session_agency ag on ag.session_id = " + sessionId + selectedAgencies("ag")
                : " join (" + attendeeAgencies("xa.session_id, xt.agency") + ") ag on ag.session_id = " + sessionId;
    }

    /**
     * With the read model, a session's attendee agencies are looked up by its id: testing its attendance
     * for a trainee of the agency took PostgreSQL 400-540 ms for the sessions family of five years at
     * 100,000 sessions, this 36-57 ms (issue 10). The period's bounds let PostgreSQL read only the
     * period's rows for its semi-join. Not {@code s.id in (select …)}: H2 runs such a subquery again for
     * every session unless it may reuse its result (not with OPTIMIZE_REUSE_RESULTS off, as in the
     * benchmark, nor in a transaction that wrote the table), minutes instead of milliseconds. With no
     * agency selected (the total of a summary by agency) any agency will do, so only each session's first
     * agency row is looked for: a third of the rows to hash (the total's observations of five years,
     * psql: 60 → 24-35 ms).
     */
    String sessionAgencyFilter(String sessionId) {
        if (!query.agencyScoped() || breakdown == Breakdown.AGENCY) {
            return "";
        }
        return facts ? " and exists (select 1 from summary_session_agency sa where sa.session_id = " + sessionId
                + " and sa.session_date between :from and :to" + standingAgencies("sa") + ")"
                : " and exists (" + attendeeAgencies("1") + " and xa.session_id = " + sessionId + ")";
    }

    /**
     * Whether the sessions family reads the read model's rows of each session and attendee agency alone
     * ({@link #summedSessionAgencies()}): by agency, where agencies are selected (each session once, at the first
     * of them it has), and for the total of a summary by agency, every session with a registered trainee there
     * (each session's first agency).
     */
    boolean readsSessionAgencies() {
        return facts && (breakdown == Breakdown.AGENCY || query.agencyScoped());
    }

    /** Which rows {@code s} of each session and agency the sessions family sums ({@link #readsSessionAgencies()}). */
    String summedSessionAgencies() {
        return breakdown == Breakdown.AGENCY ? selectedAgencies("s") : standingAgencies("s");
    }

    /**
     * Rows {@code alias} of each session and agency that stand for a session in the selection, one per
     * session: with none selected its first agency's; of one selected agency; of several, the first of them the
     * session has, the row of a selected agency none of whose earlier agencies is selected (V54).
     */
    private String standingAgencies(String alias) {
        if (query.agencies().isEmpty()) {
            return " and " + alias + ".earlier_agencies = 0";
        }
        return selectedAgencies(alias) + (query.agencies().size() == 1 ? ""
                : " and " + alias + ".earlier_agencies in (:unselectedAgencies)");
    }

    /**
     * An agency's bit in the read model's sets of agencies (V54): by its place in {@link Agency}, so new agencies go
     * last there, or the model is built again.
     */
    static int agencyBit(Agency agency) {
        return 1 << agency.ordinal();
    }

    /** Every set of agencies, as bits, that holds none of the selected ones. */
    private List<Integer> unselectedAgencies() {
        int selected = query.agencies().stream().mapToInt(SummaryScope::agencyBit).sum();
        return IntStream.range(0, 1 << Agency.values().length).filter(set -> (set & selected) == 0).boxed().toList();
    }

    private String selectedAgencies(String alias) {
        return query.agencies().isEmpty() ? "" : " and " + alias + ".agency in (:agencies)";
    }

    /** Unregistered participants have no agency, so an agency filter or breakdown leaves them out. */
    String unregistered(String column) {
        return query.agencyScoped() ? "0" : "s." + column;
    }

    private String attendeeAgencies(String columns) {
        return "select distinct " + columns + " from attendance xa join trainee xt on xt.id = xa.trainee_id"
                + " where xa.status in (:attended)" + selectedAgencies("xt");
    }

    private static List<String> names(Enum<?>... constants) {
        return Stream.of(constants).map(Enum::name).toList();
    }
}
