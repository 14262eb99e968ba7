package org.mentorlog.summary;

import jakarta.persistence.EntityManager;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mentorlog.followup.FollowUpStatus;
import org.mentorlog.observation.Approach;
import org.mentorlog.session.SessionChanged;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.TraineeChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary's read model (decision 0017): {@code summary_attendance} and {@code summary_rating}, a row per
 * counted attendance and rating with its session's date (and the first day of its month, quarter and
 * year), team and site, the trainee's sex and agency, and the date of the trainee's previous row within
 * her mission, team and site (for ratings, of the same competency, with the one before it and the change
 * of level). With those, unique trainees and competency progress are sums over the period's rows instead
 * of a grouping per trainee. {@code summary_session_agency} names the agencies of each counted session's
 * attendees, derived from those rows, so that the session-level families find a session's agencies
 * without reading its attendance; each row carries the session's columns that the sessions family sums,
 * so that by agency it reads these rows alone, and the session's agencies before it, so that a session counts
 * once for several agencies. {@code summary_attendance_month} sums a trainee's attendance rows by
 * team and month, with the month of her previous such row, for periods that start on the first of a
 * month, {@code summary_attendance_year} those by year, for their whole years, and
 * {@code summary_attendance_month_sums} those of a team's month summed over its trainees, for cells by month
 * ({@code summary_attendance_mission_month_sums} those of a mission's month, for a whole mission's), and
 * {@code summary_attendance_mission_month} those of a mission's month summed by the month of each row's previous
 * one, for a whole mission's total; {@code summary_attendance_site_month} and {@code summary_attendance_site_year}
 * hold the same rows by site ({@link AttendanceRuns}), for sites and cells by site, and
 * {@code summary_attendance_team_month_sums}, {@code summary_attendance_site_month_sums} and their yearly twins
 * those summed over trainees by team (site), with the rows that follow each on later
 * ({@link AttendanceRuns#sumsRows}).
 * {@code summary_session} holds the counted sessions with the columns the sessions family sums,
 * {@code summary_session_month} those summed by site and month, {@code summary_observation} the
 * sessions' observations, each with the session's mission, team, site, date and month, and
 * {@code summary_observation_month} those summed by team, month, area and polarity (and
 * {@code summary_observation_mission_month} those by mission instead of team, and
 * {@code summary_observation_site_year} those by site and year), so that their families read a date range of
 * narrow rows (or whole months' and years' sums) and group them by month.
 * {@code summary_rating_year}, {@code summary_rating_mission_year} (the same without teams), their
 * coarser {@code summary_rating_later_year} and {@code summary_rating_mission_later_year}, and
 * {@code summary_rating_month} sum the rating rows of many trainees ({@link RatingSums}), for the
 * competency pass of periods that start on the first of a month; each of them has a copy summed over the
 * trainees' agencies as well ({@code _all_agencies}), for the summaries that select no agency;
 * {@code summary_rating_site_year} and {@code summary_rating_site_later_year} are their twins by site;
 * {@code summary_rating_mission_since_month}, {@code summary_rating_mission_since_year} and their twins by team
 * and by site (and over all agencies) date the ratings' entries within each run at their earlier ratings instead
 * ({@link Entries}); {@code summary_rating_mission_quarter_cells} and its twins by team and by site hold competency
 * progress by quarter within each run ({@link QuarterCells}).
 * {@code summary_session_agency_month} sums the rows of each session and agency by site and month, and
 * {@code summary_observation_agency_month} the observations by site, month and attendee agency, for the
 * sessions and observations families by agency, and {@code summary_session_agency_mission_month} and
 * {@code summary_observation_agency_mission_month} the same by mission. {@code summary_follow_up_month} sums the
 * follow-ups by team, site, agency and month, and {@code summary_follow_up_mission_month} those by mission instead.
 *
 * <p>Every row is derived from the base tables by one statement per table (on H2, a rebuild runs the
 * per-trainee ones once per slice of trainees, {@link #slicesOfTrainees()}, and the sessions' agencies once
 * per slice of sessions). A row depends only on the
 * trainee's earlier rows, so a change dated D is followed by deriving her rows from D on again: those of
 * a session's trainees from its date (before and after the change), those of a follow-up's trainee from
 * {@value #FOLLOW_UP_REACH} days before it was planned, all of them when her sex or agency changes. This
 * happens in the transaction that made the change ({@link SessionChanged}, {@link TraineeChanged}), just
 * before it commits, and leaves older rows where they lie on disk, in date order; the agencies of the
 * sessions whose rows of hers changed are derived again after them, the rating sums (the attendance by
 * mission and month, the follow-ups by site or mission and month) lose her old rating (monthly, follow-up) rows' part and
 * gain her new ones', and the rows of every changed session and of its
 * observations are derived again. The whole model is
 * rebuilt on start when the database says it is not built (a new or upgraded database, or data written
 * around the services, such as the demo's).
 */
@Component
@Order(10) // after the demo data
public class SummaryFacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SummaryFacts.class);

    /** Rows from this date on: all of them. */
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

    /**
     * A follow-up counts for attendances less than 91 days before it was planned; one day more covers
     * the difference between the UTC date of its time and the date the database compares it with.
     */
    private static final int FOLLOW_UP_REACH = 92;

    /** Counted attendance with its cell columns and whether a follow-up came within 91 days. */
    private static final String ATTENDANCE_ROWS = "select a.session_id, a.trainee_id, tm.mission_id, s.team_id,"
            + " s.site_id, s.session_date, t.sex, t.agency, s.duration_minutes as minutes,"
            + " case when a.position_of_authority then 1 else 0 end as authority,"
            + " case when exists (select 1 from follow_up_action f join training_session fs on fs.id = f.session_id"
            + " where f.trainee_id = a.trainee_id and fs.status in (:counted) and f.status <> :cancelled"
            + " and f.created_at >= s.session_date and f.created_at < s.session_date + interval '91' day)"
            + " then 1 else 0 end as followed_up"
            + " from attendance a join training_session s on s.id = a.session_id join team tm on tm.id = s.team_id"
            + " join trainee t on t.id = a.trainee_id where a.status in (:attended) and s.status in (:counted)";

    private static final String RATING_ROWS = "select cr.session_id, cr.trainee_id, cr.topic_id, tm.mission_id,"
            + " s.team_id, s.site_id, s.session_date, t.sex, t.agency, cr.level"
            + " from competency_rating cr join training_session s on s.id = cr.session_id"
            + " join team tm on tm.id = s.team_id join trainee t on t.id = cr.trainee_id"
            + " where s.status in (:counted)";

    /**
     * Follow-ups of counted sessions, placed by their session's team and site and their trainee's agency.
     * The inner join leaves out actions without a session: the app plans every action in a session log,
     * so a missing session means a deleted draft, which never counted.
     */
    private static final String FOLLOW_UP_ROWS = "select f.id as follow_up_id, f.trainee_id, s.team_id, s.site_id,"
            + " t.agency, f.status, cast(f.created_at as date) as created_date, f.closed_date, f.due_date"
            + " from follow_up_action f join training_session s on s.id = f.session_id"
            + " join trainee t on t.id = f.trainee_id where s.status in (:counted)";

    /**
     * A trainee's attendance rows summed by month and by year, per team (V18, V25) or per site (V38): a
     * summary whose period starts on the first of a month reads whole months and years from them, the runs by
     * site for sites and cells by site. Each row carries the month of her previous row within her mission, her
     * team and (by site) her site, and of her previous followed-up one; rows of one month follow each other in
     * the order of their team (site), so only the first is her first in the month.
     */
    enum AttendanceRuns {
        TEAM("team", "summary_attendance_month", "summary_attendance_year", List.of("mission", "team")),
        SITE("site", "summary_attendance_site_month", "summary_attendance_site_year", List.of("mission", "team", "site"));

        private final String unit;
        final String months;
        final String years;
        private final List<String> within;
        /**
         * The monthly rows summed over trainees by the run's place, month, agency and sex, with the rows that
         * follow each on later (V44, V45: {@link #sumsRows}), and those summed by year.
         */
        private final KeptSums monthSums;
        private final KeptSums yearSums;

        AttendanceRuns(String unit, String months, String years, List<String> within) {
            this.unit = unit;
            this.months = months;
            this.years = years;
            this.within = within;
            List<String> places = within.stream().map(run -> run + "_id").toList();
            List<String> sums = List.of("entries", "sessions", "minutes", "authority", "followed", "later",
                    "followed_later");
            this.monthSums = new NamedSums("summary_attendance_" + unit + "_month_sums",
                    Stream.concat(places.stream(), Stream.of("month_start", "agency", "sex")).toList(), sums);
            this.yearSums = new NamedSums("summary_attendance_" + unit + "_year_sums",
                    Stream.concat(places.stream(), Stream.of("year_start", "agency", "sex")).toList(), sums);
        }

        /** The table of {@link #monthSums}. */
        String monthSums() {
            return monthSums.table();
        }

        /** The table of {@link #yearSums}. */
        String yearSums() {
            return yearSums.table();
        }

        /**
         * The monthly rows that meet {@code condition} summed by the run's place, month, agency and sex, each also
         * adding one "later" to the month of her previous row in the run (and, followed up, one "followed later" to
         * that of her previous followed-up one there).
         */
        String sumsRows(String condition) {
            String places = places();
            return "select " + places + ", month_start, agency, sex, " + String.join(", ", monthSums.sums().stream()
                    .map(c -> "sum(" + c + ") as " + c).toList()) + " from (select " + places + ", month_start,"
                    + " agency, sex, 1 as entries, sessions, minutes, authority, followed_up as followed, 0 as later,"
                    + " 0 as followed_later from " + months + " where " + condition + " union all select " + places
                    + ", prev_" + unit + ", agency, sex, 0, 0, 0, 0, 0, 1, 0 from " + months + " where prev_" + unit
                    + " is not null and " + condition + " union all select " + places + ", prev_followed_" + unit
                    + ", agency, sex, 0, 0, 0, 0, 0, 0, 1 from " + months + " where followed_up = 1 and prev_followed_"
                    + unit + " is not null and " + condition + ") e group by " + places + ", month_start, agency, sex";
        }

        /** The columns of the run's place, in {@link #monthSums}: the mission's, the team's (and the site's). */
        private String places() {
            return String.join(", ", monthSums.columns().subList(0, monthSums.columns().size() - 3));
        }

        /** Inserts the sums by month from every monthly row, and those by year from them. */
        List<String> insertSums() {
            String places = places();
            String year = "cast(date_trunc('year', month_start) as date)";
            return List.of("insert into " + monthSums.table() + " (" + String.join(", ", monthSums.columnsAndSums())
                            + ") " + sumsRows("1 = 1") + " order by month_start, " + unit + "_id",
                    "insert into " + yearSums.table() + " (" + String.join(", ", yearSums.columnsAndSums())
                            + ") select " + places + ", " + year + ", agency, sex, " + String.join(", ",
                            monthSums.sums().stream().map(c -> "sum(" + c + ")").toList()) + " from "
                            + monthSums.table() + " group by " + places + ", " + year + ", agency, sex order by "
                            + year + ", " + unit + "_id");
        }

        /** The columns of a monthly row ({@code period}: month_start) or a yearly one (year_start). */
        private String columns(String period, List<String> periods) {
            List<String> columns = new ArrayList<>(List.of("trainee_id", unit + "_id", period, "mission_id"));
            if (!unit.equals("team")) {
                columns.add("team_id");
            }
            columns.addAll(periods);
            columns.addAll(List.of("sex", "agency", "sessions", "minutes", "authority", "followed_up"));
            within.forEach(run -> columns.add("prev_" + run));
            within.forEach(run -> columns.add("prev_followed_" + run));
            return String.join(", ", columns);
        }

        String monthColumns() {
            return columns("month_start", List.of("quarter_start", "year_start"));
        }

        String yearColumns() {
            return columns("year_start", List.of());
        }

        /**
         * The trainee's attendance rows summed by month, each with the month of her previous one within each run,
         * and of her previous one followed up: an insert into {@link #months}. {@code rows}: a condition on the
         * attendance rows summed; {@code kept}: one on the months kept.
         */
        String insertMonths(String rows, String kept) {
            String team = unit.equals("team") ? "" : " min(team_id) as team_id,";
            List<String> earlier = new ArrayList<>();
            for (String prefix : List.of("prev_", "prev_followed_")) {
                String function = prefix.equals("prev_") ? "lag(m.month_start)"
                        : "max(case when m.followed_up = 1 then m.month_start end)";
                String frame = prefix.equals("prev_") ? "" : " rows between unbounded preceding and 1 preceding";
                for (String run : within) {
                    earlier.add(function + " over (partition by m.trainee_id, m." + run + "_id order by m.month_start"
                            + (run.equals(unit) ? "" : ", m." + unit + "_id") + frame + ") as " + prefix + run);
                }
            }
            return "insert into " + months + " (" + monthColumns() + ") select " + monthColumns()
                    + " from (select m.*, " + String.join(", ", earlier) + " from (select trainee_id, " + unit + "_id,"
                    + " month_start, min(mission_id) as mission_id," + team + " min(quarter_start) as quarter_start,"
                    + " min(year_start) as year_start, min(sex) as sex, min(agency) as agency, count(*) as sessions,"
                    + " sum(minutes) as minutes, sum(authority) as authority, max(followed_up) as followed_up"
                    + " from summary_attendance" + rows + " group by trainee_id, " + unit + "_id, month_start) m) w"
                    + kept + " order by month_start, trainee_id";
        }

        /**
         * The trainee's monthly rows summed by year, each with the previous row of her first month there and the
         * previous followed-up row of her first followed-up month there: the smallest, unless one is null, which
         * only her first row (followed-up row) ever is. An insert into {@link #years}; {@code condition}: one on
         * the months.
         */
        String insertYears(String condition) {
            List<String> earlier = new ArrayList<>();
            within.forEach(run -> earlier.add(firstMonths("prev_" + run, "")));
            within.forEach(run -> earlier.add(firstMonths("prev_followed_" + run, "followed_up = 1")));
            return "insert into " + years + " (" + yearColumns() + ") select trainee_id, " + unit + "_id, year_start,"
                    + " min(mission_id)," + (unit.equals("team") ? "" : " min(team_id),") + " min(sex), min(agency),"
                    + " sum(sessions), sum(minutes), sum(authority), max(followed_up), " + String.join(", ", earlier)
                    + " from " + months + condition + " group by trainee_id, " + unit + "_id, year_start"
                    + " order by year_start, trainee_id";
        }
    }

    private static final String MONTH_SUMS_COLUMNS = "mission_id, team_id, month_start, sex, agency, sessions,"
            + " minutes, authority, first_mission, first_team, followed_mission, followed_team";

    /**
     * The monthly rows summed over trainees by mission, month, sex and earlier month (V34): a row adds its
     * sessions, minutes, authority roles and one first to the month of her previous row within the mission, a
     * followed-up row one followed to the month of her previous followed-up row. {@code %s}: a condition on the
     * monthly rows.
     */
    private static final String MISSION_MONTH_ROWS = "select mission_id, month_start, sex, earlier_month,"
            + " count(*) as entries, sum(sessions) as sessions, sum(minutes) as minutes, sum(authority) as authority,"
            + " sum(firsts) as firsts, sum(followed) as followed from (select mission_id, month_start, sex,"
            + " prev_mission as earlier_month, sessions, minutes, authority, 1 as firsts, 0 as followed"
            + " from summary_attendance_month where %1$s union all select mission_id, month_start, sex,"
            + " prev_followed_mission, 0, 0, 0, 0, 1 from summary_attendance_month where followed_up = 1 and %1$s) c"
            + " group by mission_id, month_start, sex, earlier_month";

    /**
     * The monthly rows summed over trainees by team, month, sex and agency, with how many are a trainee's
     * first in the month (and first followed-up one) within her mission and her team (V26). {@code %s}: a
     * condition on the monthly rows.
     */
    private static final String MONTH_SUMS_ROWS = "select min(mission_id), team_id, month_start, sex, agency,"
            + " sum(sessions), sum(minutes), sum(authority), " + firstInMonth("prev_mission", "") + ", "
            + firstInMonth("prev_team", "") + ", " + firstInMonth("prev_followed_mission", "followed_up = 1 and ")
            + ", " + firstInMonth("prev_followed_team", "followed_up = 1 and ")
            + " from summary_attendance_month%s group by team_id, month_start, sex, agency order by month_start, team_id";

    /**
     * The monthly sums by team summed over a mission's teams (V49), with the firsts within the mission. {@code %s}: a
     * condition on the sums by team.
     */
    private static final String MISSION_MONTH_SUMS_ROWS = "insert into summary_attendance_mission_month_sums"
            + " (mission_id, month_start, sex, agency, sessions, minutes, authority, first_mission, followed_mission)"
            + " select mission_id, month_start, sex, agency, sum(sessions), sum(minutes), sum(authority),"
            + " sum(first_mission), sum(followed_mission) from summary_attendance_month_sums%s"
            + " group by mission_id, month_start, sex, agency order by mission_id, month_start";

    /**
     * Competency progress by mission and month (V32), summed from the monthly rating sums over all agencies:
     * the trainees rated twice or more within the month and their change of level there. {@code %s}: a
     * condition on those sums.
     */
    private static final String MONTH_CELLS_ROWS = "insert into summary_rating_month_cells (mission_id, month_start,"
            + " topic_id, sex, trainees, delta) select mission_id, month_start, topic_id, sex,"
            + " sum(case when prev_mission >= month_start and (prev2_mission is null or prev2_mission < month_start)"
            + " then ratings else 0 end), sum(case when prev_mission >= month_start then delta_mission else 0 end)"
            + " from summary_rating_month_all_agencies%s group by mission_id, month_start, topic_id, sex"
            + " order by mission_id, month_start";

    /** Observations of counted sessions, placed by their session's mission, team, site and date. */
    private static final String OBSERVATION_ROWS = "select o.id as observation_id, o.session_id, tm.mission_id,"
            + " s.team_id, s.site_id, s.session_date, cast(date_trunc('month', s.session_date) as date) as month_start,"
            + " o.mowip_area_id, o.polarity,"
            + " case when o.approach = :transformative then 1 else 0 end as transformative"
            + " from observation o join training_session s on s.id = o.session_id join team tm on tm.id = s.team_id"
            + " where s.status in (:counted)";

    private static final String OBSERVATION_COLUMNS = "observation_id, session_id, mission_id, team_id, site_id,"
            + " session_date, month_start, mowip_area_id, polarity, transformative";

    private static final String OBSERVATION_MONTH_COLUMNS = "mission_id, team_id, month_start, mowip_area_id, polarity,"
            + " observations, transformative";

    /** The observations' rows summed by team, month, area and polarity (V30). {@code %s}: a condition on the rows. */
    private static final String OBSERVATION_MONTH_ROWS = "select min(mission_id), team_id, month_start, mowip_area_id,"
            + " polarity, count(*), sum(transformative) from summary_observation%s"
            + " group by team_id, month_start, mowip_area_id, polarity order by month_start, team_id";

    /**
     * The observations' rows summed by site, year, area and polarity (V43). {@code %s}: a condition on the rows.
     */
    private static final String OBSERVATION_SITE_YEAR_ROWS = "select min(mission_id) as mission_id,"
            + " min(team_id) as team_id, site_id, cast(date_trunc('year', session_date) as date) as year_start,"
            + " mowip_area_id, polarity, count(*) as observations, sum(transformative) as transformative"
            + " from summary_observation%s group by site_id, cast(date_trunc('year', session_date) as date),"
            + " mowip_area_id, polarity";

    private static final String OBSERVATION_AGENCY_MONTH_COLUMNS = "mission_id, team_id, site_id, month_start, agency,"
            + " earlier_agencies, mowip_area_id, polarity, observations, transformative";

    /**
     * The observations' rows, once for each agency of their session's attendees, summed by site, month, agency,
     * the session's earlier agencies, area and polarity (V41, V54, V55). {@code %s}: a condition on the observations.
     */
    private static final String OBSERVATION_AGENCY_MONTH_ROWS = "select min(o.mission_id), min(o.team_id), o.site_id,"
            + " o.month_start, a.agency, a.earlier_agencies, o.mowip_area_id, o.polarity, count(*), sum(o.transformative)"
            + " from summary_observation o join summary_session_agency a on a.session_id = o.session_id%s"
            + " group by o.site_id, o.month_start, a.agency, a.earlier_agencies, o.mowip_area_id, o.polarity"
            + " order by o.month_start, o.site_id";

    /**
     * The monthly observation sums by team summed over the mission's teams (V33). {@code %s}: a condition on the
     * sums by team.
     */
    private static final String OBSERVATION_MISSION_MONTH_ROWS = "insert into summary_observation_mission_month"
            + " (mission_id, month_start, mowip_area_id, polarity, observations, transformative)"
            + " select mission_id, month_start, mowip_area_id, polarity, sum(observations), sum(transformative)"
            + " from summary_observation_month%s group by mission_id, month_start, mowip_area_id, polarity"
            + " order by mission_id, month_start";

    private static final String SESSION_COLUMNS = "session_id, mission_id, team_id, site_id, session_date,"
            + " month_start, minutes, with_purpose, with_gender_content, unregistered_women, unregistered_men,"
            + " unregistered_unknown";

    /** Whether the session {@code s} states a purpose and gender content, as numbers to sum. */
    private static final String SESSION_CONTENT = SummaryScope.STATES_PURPOSE + " as with_purpose, "
            + SummaryScope.STATES_GENDER_CONTENT + " as with_gender_content";

    /** Counted sessions with the columns the sessions family sums, each stated as a number. */
    private static final String SESSION_ROWS = "select s.id as session_id, tm.mission_id, s.team_id, s.site_id,"
            + " s.session_date, cast(date_trunc('month', s.session_date) as date) as month_start,"
            + " s.duration_minutes as minutes, " + SESSION_CONTENT + ","
            + " s.unregistered_women, s.unregistered_men, s.unregistered_unknown"
            + " from training_session s join team tm on tm.id = s.team_id where s.status in (:counted)";

    private static final String SESSION_MONTH_COLUMNS = "mission_id, team_id, site_id, month_start, sessions, minutes,"
            + " with_purpose, with_gender_content, unregistered_women, unregistered_men, unregistered_unknown,"
            + " unregistered_women_minutes, unregistered_men_minutes";

    /** The sessions' rows summed by site and month (V27). {@code %s}: a condition on the rows. */
    private static final String SESSION_MONTH_ROWS = "select min(mission_id), min(team_id), site_id, month_start,"
            + " count(*), sum(minutes), sum(with_purpose), sum(with_gender_content), sum(unregistered_women),"
            + " sum(unregistered_men), sum(unregistered_unknown), sum(unregistered_women * minutes),"
            + " sum(unregistered_men * minutes) from summary_session%s group by site_id, month_start"
            + " order by month_start, site_id";

    private static final String SESSION_AGENCY_MONTH_COLUMNS = "mission_id, team_id, site_id, month_start, agency,"
            + " earlier_agencies, sessions, minutes, with_purpose, with_gender_content";

    /**
     * The rows of each session and attendee agency summed by site, month, agency and the session's earlier
     * agencies (V40, V54). {@code %s}: a condition on the rows.
     */
    private static final String SESSION_AGENCY_MONTH_ROWS = "select min(mission_id), min(team_id), site_id,"
            + " month_start, agency, earlier_agencies, count(*), sum(minutes), sum(with_purpose), sum(with_gender_content)"
            + " from (select a.*, cast(date_trunc('month', a.session_date) as date) as month_start"
            + " from summary_session_agency a%s) a group by site_id, month_start, agency, earlier_agencies"
            + " order by month_start, site_id";

    /**
     * The sessions' sums by site, month and agency summed over the mission's sites (V51). {@code %s}: a condition on
     * the sums by site.
     */
    private static final String SESSION_AGENCY_MISSION_MONTH_ROWS = "insert into summary_session_agency_mission_month"
            + " (mission_id, month_start, agency, earlier_agencies, sessions, minutes, with_purpose, with_gender_content)"
            + " select mission_id, month_start, agency, earlier_agencies, sum(sessions), sum(minutes), sum(with_purpose),"
            + " sum(with_gender_content) from summary_session_agency_month%s"
            + " group by mission_id, month_start, agency, earlier_agencies order by mission_id, month_start";

    /**
     * The observations' sums by team, month and agency summed over the mission's teams (V51). {@code %s}: a condition
     * on the sums by team.
     */
    private static final String OBSERVATION_AGENCY_MISSION_MONTH_ROWS = "insert into"
            + " summary_observation_agency_mission_month (mission_id, month_start, agency, earlier_agencies, mowip_area_id,"
            + " polarity, observations, transformative) select mission_id, month_start, agency, earlier_agencies,"
            + " mowip_area_id, polarity, sum(observations), sum(transformative) from summary_observation_agency_month%s"
            + " group by mission_id, month_start, agency, earlier_agencies, mowip_area_id, polarity"
            + " order by mission_id, month_start";

    private static final String FOLLOW_UP_MONTH_COLUMNS = "team_id, site_id, agency, month_start, opened, closed,"
            + " on_time, cancelled";

    /**
     * The follow-ups' rows summed by team, site, agency and month (V28, V36): by the month planned, and those
     * closed or cancelled by the month closed. {@code %1$s}, {@code %2$s}: conditions on the rows counted as planned
     * and as closed.
     */
    private static final String FOLLOW_UP_MONTH_ROWS = "select team_id, site_id, agency, month_start,"
            + " sum(opened) as opened, sum(closed) as closed, sum(on_time) as on_time, sum(cancelled) as cancelled"
            + " from (select team_id, site_id, agency,"
            + " cast(date_trunc('month', created_date) as date) as month_start, 1 as opened, 0 as closed,"
            + " 0 as on_time, 0 as cancelled from summary_follow_up where 1 = 1%1$s"
            + " union all select team_id, site_id, agency, cast(date_trunc('month', closed_date) as date), 0,"
            + " case when status = :done then 1 else 0 end,"
            + " case when status = :done and closed_date <= due_date then 1 else 0 end,"
            + " case when status = :cancelled then 1 else 0 end from summary_follow_up"
            // A site's month of them is sought by its closed date: tested as a column, the status led H2 to seek them
            // by status (summary_follow_up_open), every closed follow-up, and a log's refresh sums dozens of months.
            + " where coalesce(status, '') in (:closedStatuses) and closed_date is not null%2$s) f"
            + " group by team_id, site_id, agency, month_start order by month_start, site_id";

    /** A trainee's follow-ups' part of the sums by site, agency and month, with their team's mission. */
    private static final String HER_FOLLOW_UP_SUMS = "select tm.mission_id, f.* from ("
            + FOLLOW_UP_MONTH_ROWS.formatted(" and trainee_id = :trainee", " and trainee_id = :trainee")
            + ") f join team tm on tm.id = f.team_id";

    /** The follow-ups by mission, agency and month (V48): those by site summed over the mission's teams and sites. */
    private static final String FOLLOW_UP_MISSION_MONTH_ROWS = "insert into summary_follow_up_mission_month"
            + " (mission_id, agency, month_start, opened, closed, on_time, cancelled)"
            + " select tm.mission_id, s.agency, s.month_start, sum(s.opened), sum(s.closed), sum(s.on_time),"
            + " sum(s.cancelled) from summary_follow_up_month s join team tm on tm.id = s.team_id"
            + " group by tm.mission_id, s.agency, s.month_start order by tm.mission_id, s.month_start";

    /** The follow-ups by team, site, agency and year (V50): those by month summed over each year. */
    private static final String FOLLOW_UP_YEAR_ROWS = "insert into summary_follow_up_year"
            + " (team_id, site_id, agency, year_start, opened, closed, on_time, cancelled)"
            + " select team_id, site_id, agency, cast(date_trunc('year', month_start) as date), sum(opened), sum(closed),"
            + " sum(on_time), sum(cancelled) from summary_follow_up_month"
            + " group by team_id, site_id, agency, cast(date_trunc('year', month_start) as date) order by 4, 1, 2";

    private static final String SESSION_AGENCY_COLUMNS = "session_id, agency, session_date, mission_id, team_id,"
            + " site_id, minutes, with_purpose, with_gender_content, earlier_agencies";

    /**
     * The attendee agencies of counted sessions, with the session's columns that the sessions family sums
     * by agency, and the session's agencies before each (alphabetically) as a set of bits
     * ({@link SummaryScope#agencyBit}, 0 for its first): from the attendance rows
     * {@code %s} picks (a condition on {@code summary_attendance} that takes all of a session's rows, or
     * nothing), so one row per session and agency of a registered trainee who was there.
     */
    private static final String SESSION_AGENCY_ROWS = "select a.session_id, a.agency, a.session_date, a.mission_id,"
            + " a.team_id, a.site_id, a.minutes, " + SESSION_CONTENT + ","
            + " coalesce(sum(" + agencyBit("a.agency") + ") over (partition by a.session_id order by a.agency"
            + " rows between unbounded preceding and 1 preceding), 0) as earlier_agencies"
            + " from (select distinct session_id, agency, session_date, mission_id, team_id, site_id, minutes"
            + " from summary_attendance%s) a join training_session s on s.id = a.session_id";

    /** Sessions whose agencies are derived in one statement: a trainee's attendance since a change, in bounds. */
    private static final int SESSIONS_AT_ONCE = 1000;

    private static final String FOLLOW_UP_COLUMNS = "follow_up_id, trainee_id, team_id, site_id, agency, status,"
            + " created_date, closed_date, due_date";

    /**
     * The trainee's next row within the mission, the team and the site, and on a followed-up row her next followed-up
     * one.
     */
    private static final List<String> NEXT_ATTENDANCE = List.of("next_mission", "next_team", "next_followed_mission",
            "next_followed_team", "next_site", "next_followed_site");

    /** The columns of {@link #NEXT_ATTENDANCE}, over the trainee's rows {@code x}. */
    private static final String ATTENDANCE_FUTURE = attendanceFuture("mission") + ", " + attendanceFuture("team") + ", "
            + attendanceFuture("site");

    private static final String ATTENDANCE_COLUMNS = "session_id, trainee_id, mission_id, team_id, site_id,"
            + " session_date, month_start, quarter_start, year_start, sex, agency, minutes, authority, followed_up,"
            + " prev_mission, prev_team, prev_site, prev_followed_mission, prev_followed_team, prev_followed_site, moved, "
            + String.join(", ", NEXT_ATTENDANCE);

    /** The next two ratings of the competency within the mission, the team and the site, and the change at the next one. */
    private static final List<String> NEXT_RATINGS = List.of("next_mission", "next2_mission", "next_delta_mission",
            "next_team", "next2_team", "next_delta_team", "next_site", "next2_site", "next_delta_site");

    /** The next rows that a trainee's attendance rows name ({@link LaterRows}). */
    private static final LaterRows LATER_ATTENDANCE = LaterRows.of("summary_attendance",
            List.of("session_id", "trainee_id"), NEXT_ATTENDANCE, ATTENDANCE_FUTURE);

    /**
     * The next ratings that a trainee's rating rows name: the change at the next rating is that rating's change
     * since its previous one.
     */
    private static final LaterRows LATER_RATINGS = LaterRows.of("summary_rating",
            List.of("session_id", "trainee_id", "topic_id"), NEXT_RATINGS,
            ratingFuture("mission", "lead(x.delta_mission)%s") + ", " + ratingFuture("team", "lead(x.delta_team)%s")
                    + ", " + ratingFuture("site", "lead(x.delta_site)%s"));

    private static final String RATING_COLUMNS = "session_id, trainee_id, topic_id, mission_id, team_id, site_id,"
            + " session_date, month_start, quarter_start, year_start, sex, agency, level, prev_mission, prev2_mission,"
            + " delta_mission, prev_team, prev2_team, delta_team, prev_site, prev2_site, delta_site, moved,"
            + " " + String.join(", ", NEXT_RATINGS);

    /** The first day of the session's month, quarter and year: where a period's cells begin. */
    private static final String STARTS = "cast(date_trunc('month', x.session_date) as date) as month_start,"
            + " cast(date_trunc('quarter', x.session_date) as date) as quarter_start,"
            + " cast(date_trunc('year', x.session_date) as date) as year_start";

    /**
     * Whether the trainee had moved by this row: her rows so far within her mission outnumber those within
     * its team (2: she was in another team) or those within the team outnumber those at its site (1). The
     * rows of one session are peers in this order, so each count takes in all of them: a rating's flag
     * speaks of all her ratings so far, of any competency.
     */
    private static final String MOVED = "case when " + rowsSoFar("mission") + " > " + rowsSoFar("team") + " then 2"
            + " when " + rowsSoFar("team") + " > " + rowsSoFar("site") + " then 1 else 0 end as moved";

    /**
     * Rows are written in date order, so that a period's rows lie together on disk: in the order the
     * window functions leave them (by trainee) a one-year period at 100,000 sessions touched pages of
     * every year, and PostgreSQL took 230 ms instead of 25 ms to read its 150,000 ratings.
     */
    private static final String IN_DATE_ORDER = " order by w.session_date, w.session_id";

    /**
     * About how many ratings (for the sessions' agencies, attendance rows) a rebuild on H2 derives at a time,
     * unless {@code mentorlog.summary.rebuild-slice} says.
     */
    public static final int REBUILD_SLICE = 200_000;

    /** The rows of one slice of trainees ({@link #slicesOfTrainees()}); {@code %1$s}: the alias naming her. */
    private static final String IN_SLICE = " and " + inSlice("%1$s.trainee_id");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    /** On H2, about how many rows a rebuild derives at a time ({@link #slices}). */
    private final int rebuildSlice;
    private volatile boolean ready;

    SummaryFacts(JdbcClient jdbc, DataSource dataSource, EntityManager entityManager, TransactionTemplate transactions,
                 @Value("${mentorlog.summary.rebuild-slice:" + REBUILD_SLICE + "}") int rebuildSlice) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.rebuildSlice = rebuildSlice;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            if (!lock()) {
                long started = System.nanoTime();
                rebuild();
                log.info("Summary read model built in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        });
        ready = true;
    }

    /**
     * Whether summaries may read the model: once this instance found it built, or built it. Until then
     * (the first minutes after an upgrade) they read the base tables, slower but right.
     */
    boolean ready() {
        return ready;
    }

    /** Derives the whole read model again, in the caller's transaction. */
    public void rebuild() {
        boolean postgres = "PostgreSQL".equals(databaseProduct());
        List<String> tables = Stream.concat(Stream.of("summary_attendance", "summary_rating", "summary_follow_up",
                "summary_session", "summary_session_month", "summary_follow_up_month", FOLLOW_UPS_BY_MISSION_MONTH.table(),
                FOLLOW_UPS_BY_YEAR.table(),
                "summary_session_agency", "summary_session_agency_month", "summary_observation_agency_month",
                "summary_session_agency_mission_month", "summary_observation_agency_mission_month",
                "summary_observation", "summary_observation_month", "summary_observation_mission_month",
                OBSERVATIONS_BY_SITE_YEAR.table(),
                "summary_attendance_month_sums", "summary_attendance_mission_month_sums",
                "summary_attendance_mission_month",
                "summary_rating_month_cells"), Stream.of(
                Arrays.stream(AttendanceRuns.values()).flatMap(runs -> Stream.of(runs.months, runs.years,
                        runs.monthSums(), runs.yearSums())),
                Arrays.stream(RatingSums.values()).map(sums -> sums.table),
                Arrays.stream(QuarterCells.values()).map(cells -> cells.sums.table()),
                Arrays.stream(Entries.values()).flatMap(entries -> entries.sums.stream()).map(KeptSums::table))
                .flatMap(named -> named)).toList();
        if (postgres) {
            // Deleted rows would stay in the tables' files beside the new ones until a VACUUM FULL: at
            // 100,000 sessions ten-year summaries read them 10-15 % slower even after autovacuum (issue 10).
            // PostgreSQL truncates within the transaction, and gives the tables new, empty files.
            jdbc.sql("truncate table " + String.join(", ", tables)).update();
        } else {
            tables.forEach(table -> jdbc.sql("delete from " + table).update());
        }
        List<Map<String, Object>> slices = postgres ? List.of(parameters()) : slicesOfTrainees();
        slices.forEach(slice -> insert(postgres ? "" : IN_SLICE, "", slice));
        jdbc.sql("insert into summary_follow_up_month (" + FOLLOW_UP_MONTH_COLUMNS + ") "
                + FOLLOW_UP_MONTH_ROWS.formatted("", "")).params(parameters()).update();
        jdbc.sql(FOLLOW_UP_MISSION_MONTH_ROWS).update();
        jdbc.sql(FOLLOW_UP_YEAR_ROWS).update();
        (postgres ? List.of(parameters()) : slicesOfSessions()).forEach(slice -> jdbc.sql("insert into"
                + " summary_session_agency (" + SESSION_AGENCY_COLUMNS + ") "
                + SESSION_AGENCY_ROWS.formatted(postgres ? "" : " where " + inSlice("session_id"))
                + " order by a.session_date, a.session_id").params(slice).update());
        jdbc.sql("insert into summary_session_agency_month (" + SESSION_AGENCY_MONTH_COLUMNS + ") "
                + SESSION_AGENCY_MONTH_ROWS.formatted("")).update();
        jdbc.sql(SESSION_AGENCY_MISSION_MONTH_ROWS.formatted("")).update();
        jdbc.sql("insert into summary_session (" + SESSION_COLUMNS + ") " + SESSION_ROWS + " order by s.session_date, s.id")
                .params(parameters()).update();
        jdbc.sql("insert into summary_session_month (" + SESSION_MONTH_COLUMNS + ") " + SESSION_MONTH_ROWS.formatted(""))
                .update();
        jdbc.sql("insert into summary_observation (" + OBSERVATION_COLUMNS + ") " + OBSERVATION_ROWS
                + " order by s.session_date, o.id").params(parameters()).update();
        jdbc.sql("insert into summary_observation_month (" + OBSERVATION_MONTH_COLUMNS + ") "
                + OBSERVATION_MONTH_ROWS.formatted("")).update();
        jdbc.sql(OBSERVATION_MISSION_MONTH_ROWS.formatted("")).update();
        jdbc.sql("insert into " + OBSERVATIONS_BY_SITE_YEAR.table() + " (" + String.join(", ",
                OBSERVATIONS_BY_SITE_YEAR.columnsAndSums()) + ") " + OBSERVATION_SITE_YEAR_ROWS.formatted("")
                + " order by year_start, site_id").update();
        jdbc.sql("insert into summary_observation_agency_month (" + OBSERVATION_AGENCY_MONTH_COLUMNS + ") "
                + OBSERVATION_AGENCY_MONTH_ROWS.formatted("")).update();
        jdbc.sql(OBSERVATION_AGENCY_MISSION_MONTH_ROWS.formatted("")).update();
        for (AttendanceRuns runs : AttendanceRuns.values()) {
            slices.forEach(slice -> jdbc.sql(runs.insertMonths(postgres ? "" : " where " + inSlice("trainee_id"), ""))
                    .params(slice).update());
            jdbc.sql(runs.insertYears("")).update();
        }
        jdbc.sql("insert into summary_attendance_month_sums (" + MONTH_SUMS_COLUMNS + ") " + MONTH_SUMS_ROWS.formatted(""))
                .update();
        jdbc.sql(MISSION_MONTH_SUMS_ROWS.formatted("")).update();
        jdbc.sql("insert into summary_attendance_mission_month (" + String.join(", ",
                MISSION_ATTENDANCE.columnsAndSums()) + ") " + MISSION_MONTH_ROWS.formatted("1 = 1")
                + " order by mission_id, month_start").update();
        for (AttendanceRuns runs : AttendanceRuns.values()) {
            runs.insertSums().forEach(insert -> jdbc.sql(insert).update());
        }
        for (RatingSums sums : RatingSums.values()) {
            jdbc.sql(sums.insertAll()).update();
        }
        jdbc.sql(MONTH_CELLS_ROWS.formatted("")).update();
        for (Entries entries : Entries.values()) {
            entries.insertAll().forEach(insert -> jdbc.sql(insert).update());
        }
        for (QuarterCells cells : QuarterCells.values()) {
            jdbc.sql("insert into " + cells.sums.table() + " (" + String.join(", ", cells.sums.columnsAndSums()) + ") "
                    + cells.rows("1 = 1") + " order by quarter_start").update();
        }
        jdbc.sql("update summary_facts_state set built = true where id = 1").update();
        // The planner needs to know the new rows at once: without statistics PostgreSQL takes the
        // tables for tiny and reads a five-year period through an index (1.8 s instead of 0.4 s).
        for (String table : tables) {
            jdbc.sql((postgres ? "analyze " : "analyze table ") + table).update();
        }
    }

    /**
     * The parameters of each slice of trainees (by id, about {@link #rebuildSlice} ratings each) that a
     * rebuild on H2 derives at a time ({@link #IN_SLICE}). H2 holds all the rows of a window query in memory:
     * at 1,000,000 sessions the ratings' window functions ran out of a 6 GB heap (issue 10). The windows
     * partition by trainee, so the rows are the same; they lie in date order within each slice.
     */
    private List<Map<String, Object>> slicesOfTrainees() {
        return slices("select trainee_id, count(*) from competency_rating group by trainee_id order by trainee_id");
    }

    /**
     * The parameters of each slice of sessions (by id, about {@link #rebuildSlice} attendance rows each) whose
     * agencies a rebuild on H2 derives at a time: their window partitions by session, over about 2.5 million
     * rows at 1,000,000 sessions.
     */
    private List<Map<String, Object>> slicesOfSessions() {
        return slices("select session_id, count(*) from summary_attendance group by session_id order by session_id");
    }

    /**
     * Slices of ids that {@code counts} lists with their rows, in order, cut after about {@link #rebuildSlice}
     * rows: the parameters {@link #inSlice} names.
     */
    private List<Map<String, Object>> slices(String counts) {
        List<Long> lastOfSlices = new ArrayList<>();
        long[] rows = {0};
        jdbc.sql(counts).query(rs -> {
            rows[0] += rs.getLong(2);
            if (rows[0] >= rebuildSlice) {
                lastOfSlices.add(rs.getLong(1));
                rows[0] = 0;
            }
        });
        lastOfSlices.add(Long.MAX_VALUE); // and every id without rows after the last slice's
        List<Map<String, Object>> slices = new ArrayList<>();
        long after = Long.MIN_VALUE;
        for (long last : lastOfSlices) {
            Map<String, Object> parameters = parameters();
            parameters.put("sliceAfter", after);
            parameters.put("sliceLast", last);
            slices.add(parameters);
            after = last;
        }
        return slices;
    }

    /** Whether the id {@code column} names is in the slice ({@link #slices}). */
    private static String inSlice(String column) {
        return column + " > :sliceAfter and " + column + " <= :sliceLast";
    }

    /** Derives every row of these trainees again, in the caller's transaction. */
    public void refresh(Collection<Long> traineeIds) {
        SumChanges sums = new SumChanges();
        new LinkedHashSet<>(traineeIds).forEach(trainee -> refresh(trainee, EVER, sums));
        apply(sums);
    }

    /** Derives the rows of these sessions and of their observations again, in the caller's transaction. */
    public void refreshSessions(Collection<Long> sessionIds) {
        deriveSessions(new LinkedHashSet<>(sessionIds));
    }

    @EventListener
    void sessionChanged(SessionChanged event) {
        Pending pending = pending();
        if (pending == null) {
            SumChanges sums = new SumChanges();
            traineesOf(event.sessionId()).forEach((trainee, since) -> refresh(trainee, since, sums));
            apply(sums);
            deriveSessions(Set.of(event.sessionId()));
            return;
        }
        entityManager.flush();
        pending.add(traineesOf(event.sessionId())); // those it may lose, from its date before the change
        pending.sessions.add(event.sessionId());
    }

    @EventListener
    void traineeChanged(TraineeChanged event) {
        LocalDate since = event.followUpPlanned() == null ? EVER
                : LocalDate.ofInstant(event.followUpPlanned(), ZoneOffset.UTC).minusDays(FOLLOW_UP_REACH);
        Pending pending = pending();
        if (pending == null) {
            SumChanges sums = new SumChanges();
            refresh(event.traineeId(), since, sums);
            apply(sums);
            return;
        }
        pending.add(Map.of(event.traineeId(), since));
    }

    /**
     * Derives the trainee's rows dated {@code since} or later again, and all her follow-ups (a few dozen).
     * Her rating rows' part of the rating sums, her monthly rows' part of the attendance by mission and
     * month, and her follow-ups' part of their sums by site and month, is taken away before and added after,
     * to {@code sums}, which also notes her teams' months before and after, whose attendance sums are summed
     * again.
     */
    private void refresh(long trainee, LocalDate since, SumChanges sums) {
        lock();
        Map<String, Object> parameters = parameters();
        parameters.put("trainee", trainee);
        parameters.put("since", since);
        String hers = " where trainee_id = :trainee and session_date >= :since";
        String sessions = "select session_id from summary_attendance" + hers;
        Set<Long> attended = new HashSet<>(jdbc.sql(sessions).params(parameters).query(Long.class).list());
        sums.add(parameters, -1);
        sums.addFollowUps(parameters, -1);
        jdbc.sql("delete from summary_attendance" + hers).params(parameters).update();
        jdbc.sql("delete from summary_rating" + hers).params(parameters).update();
        jdbc.sql("delete from summary_follow_up where trainee_id = :trainee").params(parameters).update();
        insert(" and %s.trainee_id = :trainee", " where w.session_date >= :since", parameters);
        LATER_ATTENDANCE.setAgain(jdbc, parameters);
        LATER_RATINGS.setAgain(jdbc, parameters);
        attended.addAll(jdbc.sql(sessions).params(parameters).query(Long.class).list());
        sums.addFollowUps(parameters, 1);
        sums.noteAgencyMonths(attended);
        deriveAgencies(attended);
        sums.noteAgencyMonths(attended);
        parameters.put("sinceMonth", since.withDayOfMonth(1));
        String herMonths = "select team_id, month_start from summary_attendance_month"
                + " where trainee_id = :trainee and month_start >= :sinceMonth";
        sums.note(sums.months, herMonths, parameters);
        sums.addAttendance(parameters, -1);
        for (AttendanceRuns runs : AttendanceRuns.values()) {
            jdbc.sql("delete from " + runs.months + " where trainee_id = :trainee and month_start >= :sinceMonth")
                    .params(parameters).update();
            jdbc.sql(runs.insertMonths(" where trainee_id = :trainee", " where w.month_start >= :sinceMonth"))
                    .params(parameters).update();
        }
        sums.note(sums.months, herMonths, parameters);
        sums.addAttendance(parameters, 1);
        parameters.put("sinceYear", since.withDayOfYear(1));
        String herYears = " where trainee_id = :trainee and year_start >= :sinceYear";
        for (AttendanceRuns runs : AttendanceRuns.values()) {
            jdbc.sql("delete from " + runs.years + herYears).params(parameters).update();
            jdbc.sql(runs.insertYears(herYears)).params(parameters).update();
        }
        sums.add(parameters, 1);
    }

    /**
     * Sums the noted months' attendance again (a month's rows, about a hundred, once however many of its
     * trainees changed), and the noted sites' (teams') months of sessions (observations) by agency, and adds
     * these changes to the kept sums ({@link KeptSums}: the rating sums, the attendance by mission and month, the
     * competency cells by quarter and the follow-ups by month): a group's row gains or loses rows and their sums,
     * is inserted if there was none, and deleted once it holds none, as a rebuild would leave it. The refreshes
     * that gathered them took the model's lock.
     */
    private void apply(SumChanges changes) {
        sumAgain(changes.months, "summary_attendance_month_sums", "team_id", "insert into summary_attendance_month_sums ("
                + MONTH_SUMS_COLUMNS + ") " + MONTH_SUMS_ROWS.formatted(" where team_id = :id and month_start = :month"));
        sumAgain(missionsOf(changes.months), "summary_attendance_mission_month_sums", "mission_id",
                MISSION_MONTH_SUMS_ROWS.formatted(" where mission_id = :id and month_start = :month"));
        sumAgain(changes.agencyMonths, "summary_session_agency_month", "site_id", "insert into"
                + " summary_session_agency_month (" + SESSION_AGENCY_MONTH_COLUMNS + ") " + SESSION_AGENCY_MONTH_ROWS
                .formatted(" where a.session_date >= :month and a.session_date < :next and a.site_id = :id"));
        sumAgain(changes.agencyMissionMonths, "summary_session_agency_mission_month", "mission_id",
                SESSION_AGENCY_MISSION_MONTH_ROWS.formatted(" where mission_id = :id and month_start = :month"));
        sumObservationAgenciesAgain(changes.agencyTeamMonths, changes.agencyMissionMonths);
        changes.groups.forEach((group, change) -> {
            if (Arrays.stream(change).allMatch(value -> value == 0)) {
                return;
            }
            KeptSums sums = group.sums();
            Map<String, Object> parameters = new HashMap<>();
            List<String> columns = sums.columns();
            List<String> values = new ArrayList<>();
            List<String> equal = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Object value = group.values().get(i);
                parameters.put("g" + i, value);
                values.add(":g" + i);
                equal.add(columns.get(i) + (value == null ? " is null" : " = :g" + i));
            }
            List<String> summed = sums.sums();
            List<String> added = new ArrayList<>();
            for (int i = 0; i < summed.size(); i++) {
                parameters.put("s" + i, change[i]);
                added.add(summed.get(i) + " = " + summed.get(i) + " + :s" + i);
            }
            String where = " where " + String.join(" and ", equal);
            int updated = jdbc.sql("update " + sums.table() + " set " + String.join(", ", added) + where)
                    .params(parameters).update();
            if (updated == 0) {
                jdbc.sql("insert into " + sums.table() + " (" + String.join(", ", sums.columnsAndSums()) + ") values ("
                        + String.join(", ", values) + ", "
                        + String.join(", ", IntStream.range(0, summed.size()).mapToObj(i -> ":s" + i).toList()) + ")")
                        .params(parameters).update();
            } else if (Arrays.stream(change).anyMatch(value -> value < 0)) {
                jdbc.sql("delete from " + sums.table() + where + " and " + String.join(" and ",
                        summed.stream().map(column -> column + " = 0").toList())).params(parameters).update();
            }
        });
        sumAgain(missionMonths(changes), "summary_rating_month_cells", "mission_id",
                MONTH_CELLS_ROWS.formatted(" where mission_id = :id and month_start = :month"));
    }

    /** The missions' months whose monthly rating sums over all agencies changed: their cells are summed again. */
    private static Set<GroupMonth> missionMonths(SumChanges changes) {
        List<String> columns = RatingSums.MONTH_ALL_AGENCIES.columns();
        int mission = columns.indexOf("mission_id");
        int month = columns.indexOf("month_start");
        Set<GroupMonth> months = new LinkedHashSet<>();
        changes.groups.forEach((group, change) -> {
            if (group.sums() == RatingSums.MONTH_ALL_AGENCIES && Arrays.stream(change).anyMatch(value -> value != 0)) {
                months.add(new GroupMonth(((Number) group.values().get(mission)).longValue(),
                        (LocalDate) group.values().get(month)));
            }
        });
        return months;
    }

    /**
     * Changes to the rating sums gathered over the trainees a transaction refreshed: per table and group,
     * the ratings and the changes of level (within the mission, within the team) to add.
     */
    private final class SumChanges {

        private final Map<SumGroup, long[]> groups = new LinkedHashMap<>();
        /** The teams' months whose attendance sums are summed again from their trainees' monthly rows. */
        private final Set<GroupMonth> months = new LinkedHashSet<>();
        /**
         * The sites' and teams' months whose sums by agency (the sessions', the observations') are summed again
         * from the rows of each session and agency.
         */
        private final Set<GroupMonth> agencyMonths = new LinkedHashSet<>();
        private final Set<GroupMonth> agencyTeamMonths = new LinkedHashSet<>();
        private final Set<GroupMonth> agencyMissionMonths = new LinkedHashSet<>();

        /**
         * Adds the sites', teams' and missions' months of these sessions' rows of each session and agency, as they
         * are now.
         */
        void noteAgencyMonths(Set<Long> sessions) {
            List<Long> ids = List.copyOf(sessions);
            for (int from = 0; from < ids.size(); from += SESSIONS_AT_ONCE) {
                jdbc.sql("select distinct site_id, team_id, cast(date_trunc('month', session_date) as date), mission_id"
                                + " from summary_session_agency where session_id in (:sessions)")
                        .param("sessions", ids.subList(from, Math.min(ids.size(), from + SESSIONS_AT_ONCE)))
                        .query(rs -> {
                            LocalDate month = rs.getObject(3, LocalDate.class);
                            agencyMonths.add(new GroupMonth(rs.getLong(1), month));
                            agencyTeamMonths.add(new GroupMonth(rs.getLong(2), month));
                            agencyMissionMonths.add(new GroupMonth(rs.getLong(4), month));
                        });
            }
        }

        /** Adds the months {@code query} lists (a team's or a site's id, a month's first day) to those of {@code to}. */
        void note(Set<GroupMonth> to, String query, Map<String, Object> parameters) {
            to.addAll(jdbc.sql(query).params(parameters).query(GroupMonth.ROW).list());
        }

        /**
         * Adds the sums of the trainee's rating rows dated {@code since} or later, {@code sign} times. The
         * mission's yearly sums, the later years' sums and the sums over all agencies group the same ratings
         * as the yearly or monthly sums by team and agency, or more coarsely, so they are gathered from the
         * same rows instead of being read again (fourteen queries fewer per trainee), and those by site from the
         * yearly sums by site and agency; the competency cells by
         * quarter within each run are summed from her rows apart. Dates are read as
         * {@link LocalDate}s, so that groups gathered from both databases' rows compare equal.
         */
        void add(Map<String, Object> parameters, int sign) {
            for (RatingSums sums : List.of(RatingSums.YEAR, RatingSums.MONTH, RatingSums.SITE_YEAR)) {
                jdbc.sql(sums.select("s.trainee_id = :trainee and s.session_date >= :since")).params(parameters)
                        .query(rs -> {
                            Map<String, Object> row = row(rs, sums);
                            for (RatingSums coarser : RatingSums.values()) {
                                if (coarser.period.equals(sums.period) && sums.bySite() == coarser.bySite()) {
                                    gather(coarser, coarser.fromYearRow(row), sign);
                                }
                            }
                        });
            }
            for (QuarterCells cells : QuarterCells.values()) {
                jdbc.sql(cells.rows("s.trainee_id = :trainee and s.session_date >= :since")).params(parameters)
                        .query(rs -> {
                            gather(cells.sums, row(rs, cells.sums), sign);
                        });
            }
            for (Entries entries : Entries.values()) {
                jdbc.sql(entries.rows("s.trainee_id = :trainee and s.session_date >= :since")).params(parameters)
                        .query(rs -> {
                            Map<String, Object> row = row(rs, entries.sums.getFirst());
                            Map<String, Object> byYear = new HashMap<>(row);
                            byYear.put("earlier", ((LocalDate) row.get("earlier")).withDayOfYear(1));
                            for (KeptSums sums : entries.sums) {
                                gather(sums, Entries.byYear(sums) ? byYear : row, sign);
                            }
                        });
            }
        }

        /**
         * Adds the trainee's monthly rows from {@code sinceMonth} on to the mission's monthly attendance
         * ({@link #MISSION_MONTH_ROWS}) and to the teams' and sites' sums ({@link AttendanceRuns#sumsRows}),
         * {@code sign} times.
         */
        void addAttendance(Map<String, Object> parameters, int sign) {
            String hers = "trainee_id = :trainee and month_start >= :sinceMonth";
            jdbc.sql(MISSION_MONTH_ROWS.formatted(hers)).params(parameters).query(rs -> {
                gather(MISSION_ATTENDANCE, row(rs, MISSION_ATTENDANCE), sign);
            });
            for (AttendanceRuns runs : AttendanceRuns.values()) {
                jdbc.sql(runs.sumsRows(hers)).params(parameters).query(rs -> {
                    Map<String, Object> row = row(rs, runs.monthSums);
                    gather(runs.monthSums, row, sign);
                    row.put("year_start", ((LocalDate) row.get("month_start")).withDayOfYear(1));
                    gather(runs.yearSums, row, sign);
                });
            }
        }

        /** The current row of {@code sums} by column name, its dates read as {@link LocalDate}s. */
        private static Map<String, Object> row(ResultSet rs, KeptSums sums) throws SQLException {
            Map<String, Object> row = new HashMap<>();
            for (String column : sums.columnsAndSums()) {
                Object value = rs.getObject(column);
                row.put(column, value instanceof Date date ? date.toLocalDate() : value);
            }
            return row;
        }

        /** Adds these sessions' observations to their sums by site and year, {@code sign} times. */
        void addObservations(Set<Long> sessions, int sign) {
            List<Long> ids = List.copyOf(sessions);
            for (int from = 0; from < ids.size(); from += SESSIONS_AT_ONCE) {
                jdbc.sql(OBSERVATION_SITE_YEAR_ROWS.formatted(" where session_id in (:sessions)"))
                        .param("sessions", ids.subList(from, Math.min(ids.size(), from + SESSIONS_AT_ONCE)))
                        .query(rs -> {
                            gather(OBSERVATIONS_BY_SITE_YEAR, row(rs, OBSERVATIONS_BY_SITE_YEAR), sign);
                        });
            }
        }

        /**
         * Adds the trainee's follow-ups' part of the sums by site and month, by site and year, and by mission, agency
         * and month, {@code sign} times.
         */
        void addFollowUps(Map<String, Object> parameters, int sign) {
            jdbc.sql(HER_FOLLOW_UP_SUMS).params(parameters).query(rs -> {
                Map<String, Object> bySite = row(rs, FOLLOW_UPS_BY_MONTH);
                gather(FOLLOW_UPS_BY_MONTH, bySite, sign);
                bySite.put("year_start", ((LocalDate) bySite.get("month_start")).withDayOfYear(1));
                gather(FOLLOW_UPS_BY_YEAR, bySite, sign);
                gather(FOLLOW_UPS_BY_MISSION_MONTH, row(rs, FOLLOW_UPS_BY_MISSION_MONTH), sign);
            });
        }

        /** Adds a row of sums (by column name) to its group of {@code sums}, {@code sign} times. */
        private void gather(KeptSums sums, Map<String, Object> row, int sign) {
            List<Object> values = sums.columns().stream().map(row::get).toList();
            List<String> summed = sums.sums();
            long[] change = groups.computeIfAbsent(new SumGroup(sums, values), g -> new long[summed.size()]);
            for (int i = 0; i < summed.size(); i++) {
                change[i] += sign * ((Number) row.get(summed.get(i))).longValue();
            }
        }
    }

    /** A team's or a site's month of the monthly sums. */
    private record GroupMonth(long id, LocalDate start) {
        /** Read from a row of an id and a month's first day. */
        static final RowMapper<GroupMonth> ROW = (rs, n) -> new GroupMonth(rs.getLong(1),
                rs.getObject(2, LocalDate.class));
    }

    /** A row of kept sums: its table and the values of its group's columns ({@link KeptSums#columns()}). */
    private record SumGroup(KeptSums sums, List<Object> values) {
    }

    /**
     * A table of sums kept by adding the changes of a transaction's refreshes to its groups' rows
     * ({@link #apply}), instead of summing groups again.
     */
    private interface KeptSums {
        String table();

        /** The columns a row's group is named by. */
        List<String> columns();

        /**
         * The columns summed over a group's rows; each of its rows adds to one of them at least, so a row whose
         * sums are all zero holds none and is deleted.
         */
        List<String> sums();

        /** The columns of a row of these sums: its group's, then its sums. */
        default List<String> columnsAndSums() {
            return Stream.concat(columns().stream(), sums().stream()).toList();
        }
    }

    /** Kept sums named by their columns. */
    private record NamedSums(String table, List<String> columns, List<String> sums) implements KeptSums {
    }

    /** The attendance by mission, month, sex and earlier month (V34, {@link #MISSION_MONTH_ROWS}). */
    private static final KeptSums MISSION_ATTENDANCE = new NamedSums("summary_attendance_mission_month",
            List.of("mission_id", "month_start", "sex", "earlier_month"),
            List.of("entries", "sessions", "minutes", "authority", "firsts", "followed"));

    /** The observations by site, year, area and polarity (V43, {@link #OBSERVATION_SITE_YEAR_ROWS}). */
    private static final KeptSums OBSERVATIONS_BY_SITE_YEAR = new NamedSums("summary_observation_site_year",
            List.of("mission_id", "team_id", "site_id", "year_start", "mowip_area_id", "polarity"),
            List.of("observations", "transformative"));

    /** The follow-ups by team, site, agency and month (V28, V36, {@link #FOLLOW_UP_MONTH_ROWS}). */
    private static final KeptSums FOLLOW_UPS_BY_MONTH = new NamedSums("summary_follow_up_month",
            List.of("team_id", "site_id", "agency", "month_start"),
            List.of("opened", "closed", "on_time", "cancelled"));

    /** The follow-ups by team, site, agency and year (V50, {@link #FOLLOW_UP_YEAR_ROWS}). */
    private static final KeptSums FOLLOW_UPS_BY_YEAR = new NamedSums("summary_follow_up_year",
            List.of("team_id", "site_id", "agency", "year_start"), FOLLOW_UPS_BY_MONTH.sums());

    /** The follow-ups by mission, agency and month (V48, {@link #FOLLOW_UP_MISSION_MONTH_ROWS}). */
    private static final KeptSums FOLLOW_UPS_BY_MISSION_MONTH = new NamedSums("summary_follow_up_mission_month",
            List.of("mission_id", "agency", "month_start"), FOLLOW_UPS_BY_MONTH.sums());

    /**
     * The entries of the rating rows within each run (V42): within a trainee's run of ratings of one competency (in
     * the mission, the team or the site), a rating adds one trainee and its change of level at its previous rating,
     * and takes the trainee away at its second previous one. They are summed by the run's mission (team, site), the
     * month of the earlier rating they are dated by, agency, sex and competency; and as coarsely by its year, and
     * over all agencies. Each entry adds to its rows on its own.
     */
    private enum Entries {
        MISSION("mission", "mission_id"),
        TEAM("team", "mission_id, team_id"),
        SITE("site", "mission_id, team_id, site_id");

        private final String run;
        private final String places;
        /** The sums by month and agency, over all agencies, by year and agency, by year over all agencies. */
        private final List<KeptSums> sums;

        Entries(String run, String places) {
            this.run = run;
            this.places = places;
            this.sums = Stream.of("month", "month_all_agencies", "year", "year_all_agencies")
                    .<KeptSums>map(kind -> new NamedSums("summary_rating_" + run + "_since_" + kind,
                            Stream.concat(Arrays.stream(places.split(", ")), Stream.of("earlier", "agency", "sex",
                                    "topic_id")).filter(c -> !c.equals("agency") || !kind.endsWith("agencies")).toList(),
                            List.of("entries", "trainees", "delta")))
                    .toList();
        }

        /** The entries of the rating rows {@code s} that meet {@code condition}, summed by month and agency. */
        String rows(String condition) {
            String month = "cast(date_trunc('month', earlier) as date)";
            return "select " + places + ", " + month + " as earlier, agency, sex, topic_id, count(*) as entries,"
                    + " sum(trainees) as trainees, sum(delta) as delta from (select " + places + ", agency, sex, topic_id,"
                    + " prev_" + run + " as earlier, 1 as trainees, coalesce(delta_" + run + ", 0) as delta"
                    + " from summary_rating s where " + condition + " and prev_" + run + " is not null union all select "
                    + places + ", agency, sex, topic_id, prev2_" + run + ", -1, 0 from summary_rating s where " + condition
                    + " and prev2_" + run + " is not null) e group by " + places + ", " + month + ", agency, sex, topic_id";
        }

        /** Whether {@code sums}, one of {@link #sums}, names each earlier rating by its year instead of its month. */
        static boolean byYear(KeptSums sums) {
            return sums.table().contains("_since_year");
        }

        /** Inserts every sum: by month and agency from the rating rows, the others from those. */
        List<String> insertAll() {
            List<String> inserts = new ArrayList<>();
            KeptSums byMonth = sums.getFirst();
            inserts.add("insert into " + byMonth.table() + " (" + String.join(", ", byMonth.columnsAndSums()) + ") "
                    + rows("1 = 1") + " order by earlier");
            for (KeptSums coarser : sums.subList(1, sums.size())) {
                String earlier = byYear(coarser) ? "cast(date_trunc('year', earlier) as date)"
                        : "earlier";
                String columns = String.join(", ", coarser.columns()).replace("earlier", earlier);
                inserts.add("insert into " + coarser.table() + " (" + String.join(", ", coarser.columnsAndSums())
                        + ") select " + columns + ", " + String.join(", ", coarser.sums().stream()
                        .map(c -> "sum(" + c + ")").toList()) + " from " + byMonth.table() + " group by " + columns
                        + " order by " + earlier);
            }
            return inserts;
        }
    }

    /**
     * Competency progress by quarter within each run (V53): per run's place (its mission, team or site), quarter,
     * agency, competency and sex, the ratings whose previous one within the run lies in their quarter, how many of
     * them are a trainee's second there (she was rated twice or more on it within the quarter), and their summed
     * change of level. A whole quarter's cell counts exactly those, whatever the period around it. Each rating adds
     * to its row on its own.
     */
    private enum QuarterCells {
        MISSION(Entries.MISSION),
        TEAM(Entries.TEAM),
        SITE(Entries.SITE);

        private final String run;
        private final KeptSums sums;

        QuarterCells(Entries entries) {
            this.run = entries.run;
            this.sums = new NamedSums("summary_rating_" + run + "_quarter_cells", Stream.concat(
                    Arrays.stream(entries.places.split(", ")), Stream.of("quarter_start", "agency", "topic_id", "sex"))
                    .toList(), List.of("ratings", "trainees", "delta"));
        }

        /** The cells of the rating rows {@code s} that meet {@code condition}. */
        String rows(String condition) {
            String columns = String.join(", ", sums.columns());
            return "select " + columns + ", count(*) as ratings, sum(case when prev2_" + run + " is null or prev2_" + run
                    + " < quarter_start then 1 else 0 end) as trainees, coalesce(sum(delta_" + run + "), 0) as delta"
                    + " from summary_rating s where " + condition + " and prev_" + run + " >= quarter_start"
                    + " group by " + columns;
        }
    }

    /**
     * The read model's rating sums: the rating rows summed by team, period, agency, sex and competency and
     * by their previous and second previous ratings within the mission and the team, each named as {@link
     * #earlier} says, so that the competency pass can judge them against a period and cells that begin on
     * the first of a month ({@link SummaryQueries}).
     */
    private enum RatingSums implements KeptSums {
        /** Each earlier rating named by the row's year if it lies in it, else by its own month. */
        YEAR("summary_rating_year", "year_start", "", "team", false, null),
        /**
         * Only the ratings whose previous one within the mission lies in their month: the others add nothing
         * to a month's cell (the previous one within the team is no later). Each earlier rating named by that
         * month if it lies in it, else by nothing.
         */
        MONTH("summary_rating_month", "month_start", " and s.prev_mission >= s.month_start", "team", false, null),
        /**
         * As {@link #YEAR}, without teams: a whole mission's sums, a third as many rows (issue 10).
         */
        MISSION_YEAR("summary_rating_mission_year", "year_start", "", null, false, null),
        /**
         * As {@link #YEAR}, for the years after a period's first whole year, which lie wholly in the period
         * with the year before them: an earlier rating in that year is named by it as well (issue 10, a third
         * as many rows).
         */
        LATER_YEAR("summary_rating_later_year", "year_start", "", "team", true, null),
        /** As {@link #LATER_YEAR}, without teams. */
        MISSION_LATER_YEAR("summary_rating_mission_later_year", "year_start", "", null, true, null),
        /**
         * As {@link #YEAR} and {@link #LATER_YEAR}, by site, with the earlier ratings and the changes of level
         * within the site, for summaries by site or of some sites (V39).
         */
        SITE_YEAR("summary_rating_site_year", "year_start", "", "site", false, null),
        SITE_LATER_YEAR("summary_rating_site_later_year", "year_start", "", "site", true, null),
        /**
         * The sums above summed over the trainees' agencies as well, for the summaries that select no agency
         * and are not by agency: half as many rows (issue 10).
         */
        YEAR_ALL_AGENCIES("summary_rating_year_all_agencies", YEAR),
        MONTH_ALL_AGENCIES("summary_rating_month_all_agencies", MONTH),
        MISSION_YEAR_ALL_AGENCIES("summary_rating_mission_year_all_agencies", MISSION_YEAR),
        LATER_YEAR_ALL_AGENCIES("summary_rating_later_year_all_agencies", LATER_YEAR),
        MISSION_LATER_YEAR_ALL_AGENCIES("summary_rating_mission_later_year_all_agencies", MISSION_LATER_YEAR),
        SITE_YEAR_ALL_AGENCIES("summary_rating_site_year_all_agencies", SITE_YEAR),
        SITE_LATER_YEAR_ALL_AGENCIES("summary_rating_site_later_year_all_agencies", SITE_LATER_YEAR);

        final String table;
        final String period;
        private final String kept;
        /**
         * What the sums are by besides the mission: "team", with the earlier ratings and the changes of level
         * within the mission and the team; "site", with those within the site alone (a summary by site reads its
         * total apart, from the sums by team or mission: named within those runs too, the sums by site had ten
         * times as many rows); null, those within the mission alone.
         */
        private final String run;
        /** Whether an earlier rating in the year before the row's is named by that year. */
        private final boolean laterYears;
        /** The sums by agency that these sum over agencies, or null for sums by agency. */
        private final RatingSums byAgency;

        RatingSums(String table, String period, String kept, String run, boolean laterYears, RatingSums byAgency) {
            this.table = table;
            this.period = period;
            this.kept = kept;
            this.run = run;
            this.laterYears = laterYears;
            this.byAgency = byAgency;
        }

        RatingSums(String table, RatingSums byAgency) {
            this(table, byAgency.period, byAgency.kept, byAgency.run, byAgency.laterYears, byAgency);
        }

        @Override
        public String table() {
            return table;
        }

        @Override
        public List<String> columns() {
            return Stream.concat(Stream.of("mission_id", run == null ? null : "team_id",
                    "site".equals(run) ? "site_id" : null, period,
                    byAgency == null ? "agency" : null, "sex", "topic_id"), earlier().stream())
                    .filter(Objects::nonNull).toList();
        }

        /** The dates of a row's previous and second previous ratings that its group is named by. */
        private List<String> earlier() {
            return runs().stream().flatMap(within -> Stream.of("prev_" + within, "prev2_" + within)).toList();
        }

        /** Their ratings' number and changes of level. */
        @Override
        public List<String> sums() {
            return Stream.concat(Stream.of("ratings"), runs().stream().map(within -> "delta_" + within)).toList();
        }

        /** Whether these are sums by site, gathered from their own rows ({@link SumChanges#add}). */
        boolean bySite() {
            return "site".equals(run);
        }

        /** The runs whose earlier ratings and changes of level these sums carry. */
        private List<String> runs() {
            return run == null ? List.of("mission") : run.equals("team") ? List.of("mission", "team") : List.of("site");
        }

        /** An earlier rating's date column, named as in these sums. */
        String earlier(String column) {
            String start = "s." + period;
            String yearBefore = laterYears ? " when extract(year from " + column + ") = extract(year from " + start
                    + ") - 1 then cast(date_trunc('year', " + column + ") as date)" : "";
            String elsewhere = !period.equals(MONTH.period) ? " else cast(date_trunc('month', " + column + ") as date)"
                    : "";
            return "case when " + column + " >= " + start + " then " + start + yearBefore + elsewhere + " end";
        }

        /**
         * A row of the {@link #YEAR} or {@link #MONTH} sums (by column name) with its earlier ratings named as
         * in these sums of the same period, which group the same ratings as coarsely or more.
         */
        Map<String, Object> fromYearRow(Map<String, Object> row) {
            if (!laterYears) {
                return row;
            }
            Map<String, Object> named = new HashMap<>(row);
            int yearBefore = ((LocalDate) row.get(period)).getYear() - 1;
            for (String column : earlier()) {
                if (row.get(column) instanceof LocalDate date && date.getYear() == yearBefore) {
                    named.put(column, date.withDayOfYear(1));
                }
            }
            return named;
        }

        /**
         * Inserts every sum: of the rating rows, or of the sums by agency these sum over agencies (a far smaller
         * table, filled before them).
         */
        String insertAll() {
            String insert = "insert into " + table + " (" + String.join(", ", columnsAndSums()) + ") ";
            String columns = String.join(", ", columns());
            String summed = String.join(", ", sums().stream().map(c -> "sum(" + c + ")").toList());
            return insert + (byAgency == null ? select("1 = 1")
                    : "select " + columns + ", " + summed + " from " + byAgency.table + " group by " + columns)
                    + " order by " + period;
        }

        /**
         * The sums of the rating rows {@code s} that meet {@code condition}, by group; a change of level that
         * is not there (no earlier rating) adds nothing, so a sum is never null.
         */
        String select(String condition) {
            String columns = String.join(", ", columns());
            String deltas = runs().stream().map(within -> ", coalesce(sum(delta_" + within + "), 0) as delta_" + within)
                    .collect(Collectors.joining());
            return "select " + columns + ", count(*) as ratings" + deltas
                    + " from (select s.mission_id, s.team_id, s.site_id, s." + period + ", s.agency, s.sex, s.topic_id, "
                    + String.join(", ", earlier().stream().map(c -> earlier("s." + c) + " as " + c).toList())
                    + ", s.delta_mission, s.delta_team, s.delta_site from summary_rating s where " + condition + kept
                    + ") r group by " + columns;
        }
    }

    /** Derives the attendee agencies of these sessions again, from their rows of the read model. */
    private void deriveAgencies(Set<Long> sessions) {
        deriveForSessions(sessions, "summary_session_agency", "insert into summary_session_agency ("
                + SESSION_AGENCY_COLUMNS + ") " + SESSION_AGENCY_ROWS.formatted(" where session_id in (:sessions)"));
    }

    /**
     * Derives the rows of these sessions and of their observations again: none for a session that does not
     * count.
     */
    private void deriveSessions(Set<Long> sessions) {
        lock();
        SessionMonths months = new SessionMonths(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        addMonths(months, sessions);
        deriveForSessions(sessions, "summary_session", "insert into summary_session (" + SESSION_COLUMNS + ") "
                + SESSION_ROWS + " and s.id in (:sessions)");
        addMonths(months, sessions);
        // A site's year of observations is a few thousand rows at 1,000,000 sessions: kept by changes.
        SumChanges observationsBySiteYear = new SumChanges();
        observationsBySiteYear.addObservations(sessions, -1);
        deriveForSessions(sessions, "summary_observation", "insert into summary_observation (" + OBSERVATION_COLUMNS
                + ") " + OBSERVATION_ROWS + " and o.session_id in (:sessions)");
        observationsBySiteYear.addObservations(sessions, 1);
        // A month's rows by their dates, which the rows' indexes lead with (by month_start, H2 read every row).
        String month = " where session_date >= :month and session_date < :next and ";
        sumAgain(months.sites(), "summary_session_month", "site_id", "insert into summary_session_month ("
                + SESSION_MONTH_COLUMNS + ") " + SESSION_MONTH_ROWS.formatted(month + "site_id = :id"));
        sumAgain(months.teams(), "summary_observation_month", "team_id", "insert into summary_observation_month ("
                + OBSERVATION_MONTH_COLUMNS + ") " + OBSERVATION_MONTH_ROWS.formatted(month + "team_id = :id"));
        sumAgain(months.missions(), "summary_observation_mission_month", "mission_id",
                OBSERVATION_MISSION_MONTH_ROWS.formatted(" where mission_id = :id and month_start = :month"));
        sumObservationAgenciesAgain(months.teams(), months.missions());
        apply(observationsBySiteYear);
    }

    /** Sums these teams' months of observations by agency (V41) again, and then these missions' (V51). */
    private void sumObservationAgenciesAgain(Set<GroupMonth> months, Set<GroupMonth> missionMonths) {
        sumAgain(months, "summary_observation_agency_month", "team_id", "insert into summary_observation_agency_month ("
                + OBSERVATION_AGENCY_MONTH_COLUMNS + ") " + OBSERVATION_AGENCY_MONTH_ROWS.formatted(" where"
                + " o.session_date >= :month and o.session_date < :next and o.team_id = :id"));
        sumAgain(missionMonths, "summary_observation_agency_mission_month", "mission_id",
                OBSERVATION_AGENCY_MISSION_MONTH_ROWS.formatted(" where mission_id = :id and month_start = :month"));
    }

    /** The missions' months of these teams' months. */
    private Set<GroupMonth> missionsOf(Set<GroupMonth> teamMonths) {
        if (teamMonths.isEmpty()) {
            return Set.of();
        }
        Map<Long, Long> missions = new HashMap<>();
        jdbc.sql("select id, mission_id from team where id in (:teams)")
                .param("teams", teamMonths.stream().map(GroupMonth::id).distinct().toList())
                .query(rs -> {
                    missions.put(rs.getLong(1), rs.getLong(2));
                });
        return teamMonths.stream().map(month -> new GroupMonth(missions.get(month.id()), month.start()))
                .collect(Collectors.toSet());
    }

    /**
     * Replaces the rows of the monthly sums {@code table} of these months of a team or site (named by
     * {@code column}) with those {@code insert} sums again from its rows: the team's or site's {@code :id},
     * from {@code :month} until {@code :next}.
     */
    private void sumAgain(Set<GroupMonth> months, String table, String column, String insert) {
        months.forEach(month -> {
            Map<String, Object> parameters = parameters();
            parameters.put("id", month.id());
            parameters.put("month", month.start());
            parameters.put("next", month.start().plusMonths(1));
            jdbc.sql("delete from " + table + " where " + column + " = :id and month_start = :month").params(parameters)
                    .update();
            jdbc.sql(insert).params(parameters).update();
        });
    }

    /**
     * The sites', the teams' and the missions' months of sessions' rows: their sums (the sessions' by site, the
     * observations' by team, and those by mission) are summed again after the rows change.
     */
    private record SessionMonths(Set<GroupMonth> sites, Set<GroupMonth> teams, Set<GroupMonth> missions) {
    }

    /** Adds the sites', teams' and missions' months of these sessions' rows as they are now. */
    private void addMonths(SessionMonths months, Set<Long> sessions) {
        List<Long> ids = List.copyOf(sessions);
        for (int from = 0; from < ids.size(); from += SESSIONS_AT_ONCE) {
            jdbc.sql("select distinct site_id, team_id, month_start, mission_id from summary_session"
                            + " where session_id in (:sessions)")
                    .param("sessions", ids.subList(from, Math.min(ids.size(), from + SESSIONS_AT_ONCE)))
                    .query(rs -> {
                        LocalDate month = rs.getObject(3, LocalDate.class);
                        months.sites().add(new GroupMonth(rs.getLong(1), month));
                        months.teams().add(new GroupMonth(rs.getLong(2), month));
                        months.missions().add(new GroupMonth(rs.getLong(4), month));
                    });
        }
    }

    /**
     * Deletes the rows of {@code table} of these sessions and inserts them again with {@code insert}, which
     * names them {@code :sessions}; {@value #SESSIONS_AT_ONCE} sessions at a time.
     */
    private void deriveForSessions(Set<Long> sessions, String table, String insert) {
        List<Long> ids = List.copyOf(sessions);
        for (int from = 0; from < ids.size(); from += SESSIONS_AT_ONCE) {
            Map<String, Object> parameters = parameters();
            parameters.put("sessions", ids.subList(from, Math.min(ids.size(), from + SESSIONS_AT_ONCE)));
            jdbc.sql("delete from " + table + " where session_id in (:sessions)").params(parameters).update();
            jdbc.sql(insert).params(parameters).update();
        }
    }

    /**
     * Locks the model until the caller's transaction ends, and says whether it is built. Transactions that
     * derive rows take turns: two deriving rows of one trainee, or the agencies of one session, would each
     * delete the rows they saw and insert rows the other had meanwhile inserted, a key violation that
     * fails a mentor's sync. The turn comes just before commit, so it is held briefly; a rebuild holds it
     * throughout.
     */
    private boolean lock() {
        return jdbc.sql("select built from summary_facts_state where id = 1 for update").query(Boolean.class).single();
    }

    private static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("counted", SummaryScope.COUNTED);
        parameters.put("attended", SummaryScope.ATTENDED);
        parameters.put("cancelled", FollowUpStatus.CANCELLED.name());
        parameters.put("done", FollowUpStatus.DONE.name());
        parameters.put("closedStatuses", List.of(FollowUpStatus.DONE.name(), FollowUpStatus.CANCELLED.name()));
        parameters.put("transformative", Approach.TRANSFORMATIVE.name());
        for (Agency agency : Agency.values()) {
            parameters.put("agency" + agency.ordinal(), agency.name());
        }
        return parameters;
    }

    /**
     * The bit of the agency {@code column} names ({@link SummaryScope#agencyBit}), its name bound by
     * {@link #parameters()}.
     */
    private static String agencyBit(String column) {
        return "case " + column + Arrays.stream(Agency.values()).map(agency -> " when :agency" + agency.ordinal()
                + " then " + SummaryScope.agencyBit(agency)).collect(Collectors.joining()) + " end";
    }

    /**
     * Inserts the rows derived from the base tables ({@code traineeFilter}: of one trainee only, a format
     * taking the alias of the table naming her) that pass {@code rowFilter} (on the derived rows {@code w}),
     * and every follow-up row. The window functions see all of her rows, the filter comes after them.
     */
    private void insert(String traineeFilter, String rowFilter, Map<String, Object> parameters) {
        jdbc.sql("insert into summary_attendance (" + ATTENDANCE_COLUMNS + ") select " + ATTENDANCE_COLUMNS
                        + " from (select x.session_id, x.trainee_id, x.mission_id, x.team_id, x.site_id, x.session_date, "
                        + STARTS + ", x.sex, x.agency, x.minutes, x.authority, x.followed_up, "
                        + previous("lag(x.session_date)", "", "prev_") + ", "
                        + previous("max(case when x.followed_up = 1 then x.session_date end)",
                        " rows between unbounded preceding and 1 preceding", "prev_followed_") + ", " + MOVED + ", "
                        + ATTENDANCE_FUTURE
                        + " from (" + ATTENDANCE_ROWS + traineeFilter.formatted("a") + ") x) w" + rowFilter
                        + IN_DATE_ORDER)
                .params(parameters).update();
        jdbc.sql("insert into summary_rating (" + RATING_COLUMNS + ") select " + RATING_COLUMNS
                        + " from (select x.session_id, x.trainee_id, x.topic_id, x.mission_id, x.team_id, x.site_id,"
                        + " x.session_date, " + STARTS + ", x.sex, x.agency, x.level, " + ratingHistory("mission") + ", "
                        + ratingHistory("team") + ", " + ratingHistory("site") + ", " + MOVED + ", "
                        + ratingFuture("mission", "lead(x.level)%s - x.level") + ", "
                        + ratingFuture("team", "lead(x.level)%s - x.level") + ", "
                        + ratingFuture("site", "lead(x.level)%s - x.level")
                        + " from (" + RATING_ROWS + traineeFilter.formatted("cr") + ") x) w" + rowFilter
                        + IN_DATE_ORDER)
                .params(parameters).update();
        jdbc.sql("insert into summary_follow_up (" + FOLLOW_UP_COLUMNS + ") " + FOLLOW_UP_ROWS
                        + traineeFilter.formatted("f"))
                .params(parameters).update();
    }

    /** {@code function} over the trainee's earlier rows within her mission, her team and her site. */
    private static String previous(String function, String frame, String prefix) {
        List<String> columns = new ArrayList<>();
        for (String within : List.of("mission", "team", "site")) {
            columns.add(function + " over (partition by x.trainee_id, x." + within + "_id"
                    + " order by x.session_date, x.session_id" + frame + ") as " + prefix + within);
        }
        return String.join(", ", columns);
    }

    private static String rowsSoFar(String within) {
        return "count(*) over (partition by x.trainee_id, x." + within + "_id order by x.session_date, x.session_id)";
    }

    /** How many monthly rows ({@code condition}) have their earlier month {@code column} before their own. */
    private static String firstInMonth(String column, String condition) {
        return "count(case when " + condition + "(" + column + " is null or " + column + " < month_start) then 1 end)";
    }

    /** The earlier month {@code column} of a year's first month (that meets {@code condition}), null if it is. */
    private static String firstMonths(String column, String condition) {
        String value = condition.isEmpty() ? column : "case when " + condition + " then " + column + " end";
        String months = condition.isEmpty() ? "count(*)" : "count(case when " + condition + " then 1 end)";
        return "case when count(" + value + ") = " + months + " then min(" + value + ") end";
    }

    /** The previous rating's date, the one before it, and the change of level since the previous one. */
    private static String ratingHistory(String within) {
        String window = " over (partition by x.trainee_id, x.topic_id, x." + within + "_id"
                + " order by x.session_date, x.session_id)";
        return "lag(x.session_date)" + window + " as prev_" + within + ", lag(x.session_date, 2)" + window
                + " as prev2_" + within + ", x.level - lag(x.level)" + window + " as delta_" + within;
    }

    /**
     * What a trainee's rows name of her later rows, set again after a refresh: her rows from {@code :since} on were
     * derived again, so the last ones before then (of each run, of each competency) may name other later rows.
     * {@code stale} reads her rows before then whose columns, computed again over all her rows, differ from those
     * they hold, and {@code set} updates one of those by key, its parameters the row's {@code values} in order.
     */
    private record LaterRows(String stale, String set, List<String> values) {

        /** Of {@code table}, whose rows name the {@code columns} that {@code computed} computes over her rows {@code x}. */
        static LaterRows of(String table, List<String> keys, List<String> columns, String computed) {
            String stale = "select y.* from (select " + Stream.concat(keys.stream().map(key -> "x." + key),
                    columns.stream().map(column -> "x." + column + " as was_" + column)).collect(Collectors.joining(", "))
                    + ", x.session_date, " + computed + " from " + table + " x where x.trainee_id = :trainee) y"
                    + " where y.session_date < :since and (" + columns.stream()
                    .map(column -> "y.was_" + column + " is distinct from y." + column)
                    .collect(Collectors.joining(" or ")) + ")";
            String set = "update " + table + " set " + columns.stream().map(column -> column + " = ?")
                    .collect(Collectors.joining(", ")) + " where " + keys.stream().map(key -> key + " = ?")
                    .collect(Collectors.joining(" and "));
            return new LaterRows(stale, set, Stream.concat(columns.stream(), keys.stream()).toList());
        }

        void setAgain(JdbcClient jdbc, Map<String, Object> parameters) {
            List<List<Object>> rows = jdbc.sql(stale).params(parameters).query((rs, n) -> {
                List<Object> row = new ArrayList<>();
                for (String column : values) {
                    row.add(rs.getObject(column));
                }
                return row;
            }).list();
            rows.forEach(row -> jdbc.sql(set).params(row).update());
        }
    }

    /**
     * The date of the trainee's next row within her mission, team or site ({@code within}), of the rows {@code x},
     * and on a followed-up row that of her next followed-up one (null on the others, so that a follow-up changes one
     * earlier row of each run, not all those since her last followed-up one).
     */
    private static String attendanceFuture(String within) {
        String order = " order by x.session_date, x.session_id)";
        return "lead(x.session_date) over (partition by x.trainee_id, x." + within + "_id" + order + " as next_"
                + within + ", case when x.followed_up = 1 then lead(x.session_date) over (partition by x.trainee_id, x."
                + within + "_id, x.followed_up" + order + " end as next_followed_" + within;
    }

    /**
     * The next rating's date, the one after it, and the change of level at the next one ({@code change}, a format
     * given the window), within the trainee's mission, team or site, of the rows {@code x}.
     */
    private static String ratingFuture(String within, String change) {
        String window = " over (partition by x.trainee_id, x.topic_id, x." + within + "_id"
                + " order by x.session_date, x.session_id)";
        return "lead(x.session_date)" + window + " as next_" + within + ", lead(x.session_date, 2)" + window
                + " as next2_" + within + ", " + change.formatted(window) + " as next_delta_" + within;
    }

    private String databaseProduct() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The changes of the current transaction, applied just before it commits; null outside one. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /**
     * The trainees a session counts for (attending, rated, or named in one of its follow-ups), each with
     * the date from which it counts for her rows: those of its rows in the read model, and, while it
     * counts, those of its base rows. Asked before and after a change, this leaves out a draft that stays
     * a draft, so saving one (every few seconds from a tablet) derives nothing.
     */
    private Map<Long, LocalDate> traineesOf(long session) {
        Map<String, Object> parameters = parameters();
        parameters.put("s", session);
        String counted = " join training_session s on s.id = %s.session_id where %<s.session_id = :s"
                + " and s.status in (:counted)";
        Map<Long, LocalDate> since = new HashMap<>();
        jdbc.sql("select trainee_id, session_date from summary_attendance where session_id = :s"
                        + " union select trainee_id, session_date from summary_rating where session_id = :s"
                        + " union select a.trainee_id, s.session_date from attendance a" + counted.formatted("a")
                        + " union select cr.trainee_id, s.session_date from competency_rating cr" + counted.formatted("cr"))
                .params(parameters)
                .query((rs, n) -> since.merge(rs.getLong(1), rs.getObject(2, LocalDate.class), Pending::earlier))
                .list();
        jdbc.sql("select f.trainee_id, f.created_at from follow_up_action f" + counted.formatted("f")).params(parameters)
                .query((rs, n) -> since.merge(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)
                        .atZoneSameInstant(ZoneOffset.UTC).toLocalDate().minusDays(FOLLOW_UP_REACH), Pending::earlier))
                .list();
        return since;
    }

    /**
     * Sessions and trainees changed in one transaction. A session's trainees are looked up when it is
     * announced (before the change: those it may lose) and again before commit (those it has then).
     */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> sessions = new LinkedHashSet<>();
        private final Map<Long, LocalDate> trainees = new HashMap<>();

        void add(Map<Long, LocalDate> since) {
            since.forEach((trainee, date) -> trainees.merge(trainee, date, Pending::earlier));
        }

        static LocalDate earlier(LocalDate one, LocalDate other) {
            return one.isBefore(other) ? one : other;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            entityManager.flush();
            sessions.forEach(session -> add(traineesOf(session)));
            SumChanges sums = new SumChanges();
            trainees.forEach((trainee, since) -> refresh(trainee, since, sums));
            apply(sums);
            if (!sessions.isEmpty()) {
                deriveSessions(sessions);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SummaryFacts.this);
        }
    }
}
