package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorlog.session.TabletChanges.blankLog;
import static org.mentorlog.session.TabletChanges.change;
import static org.mentorlog.session.TabletChanges.newLog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.followup.FollowUpService;
import org.mentorlog.observation.Approach;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.observation.Polarity;
import org.mentorlog.security.Role;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletLog;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model stays what a rebuild from the base tables gives, through every service that changes
 * what counts: submitting, returning, editing and resubmitting a log (its attendance, ratings, follow-ups
 * and observations), cancelling and closing follow-ups, and correcting a trainee's sex and agency.
 */
@IntegrationTest
class SummaryFactsWritePathTest {

    /** The attendance by mission and month (V34), in the order of its group's columns. */
    private static final String MISSION_MONTH_ORDER = "mission_id, month_start, sex, earlier_month";

    private static final String OBSERVATION_AGENCY_ORDER = "team_id, site_id, month_start, agency, earlier_agencies,"
            + " mowip_area_id, polarity";
    private static final String AGENCY_MISSION_ORDER = OBSERVATION_AGENCY_ORDER.replace("team_id, site_id",
            "mission_id");

    /** The entries (V42) and the competency cells by quarter (V53) by run, in the order of their group's columns. */
    private static final Map<String, String> ENTRIES = Map.of("mission", "mission_id", "team", "mission_id, team_id",
            "site", "mission_id, team_id, site_id");

    /** The rating sums (V19, V20, V24, V29, V39), each in the order of its group's columns. */
    private static final String SITE_SUMS_ORDER = "mission_id, team_id, site_id, year_start, agency, sex, topic_id,"
            + " prev_site, prev2_site";
    private static final String SITE_ATTENDANCE_ORDER = "site_id, month_start, agency, sex";
    private static final String TEAM_ATTENDANCE_ORDER = "team_id, month_start, agency, sex";
    private static final String SITE_SUMS_OVER_AGENCIES_ORDER = SITE_SUMS_ORDER.replace(" agency,", "");
    private static final Map<String, String> RATING_SUMS = withEntries(Map.ofEntries(
            Map.entry("summary_rating_year",
                    "mission_id, team_id, year_start, agency, sex, topic_id,"
                    + " prev_mission, prev2_mission, prev_team, prev2_team"),
            Map.entry("summary_rating_month",
                    "mission_id, team_id, month_start, agency, sex, topic_id,"
                    + " prev_mission, prev2_mission, prev_team, prev2_team"),
            Map.entry("summary_rating_mission_year",
                    "mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission"),
            Map.entry("summary_rating_later_year",
                    "mission_id, team_id, year_start, agency, sex, topic_id,"
                    + " prev_mission, prev2_mission, prev_team, prev2_team"),
            Map.entry("summary_rating_mission_later_year",
                    "mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission"),
            Map.entry("summary_rating_year_all_agencies",
                    "mission_id, team_id, year_start, sex, topic_id,"
                    + " prev_mission, prev2_mission, prev_team, prev2_team"),
            Map.entry("summary_rating_month_all_agencies",
                    "mission_id, team_id, month_start, sex, topic_id,"
                    + " prev_mission, prev2_mission, prev_team, prev2_team"),
            Map.entry("summary_rating_mission_year_all_agencies",
                    "mission_id, year_start, sex, topic_id, prev_mission, prev2_mission"),
            Map.entry("summary_rating_later_year_all_agencies",
                    "mission_id, team_id, year_start, sex, topic_id,"
                    + " prev_mission, prev2_mission, prev_team, prev2_team"),
            Map.entry("summary_rating_mission_later_year_all_agencies",
                    "mission_id, year_start, sex, topic_id, prev_mission, prev2_mission"),
            Map.entry("summary_rating_site_year", SITE_SUMS_ORDER),
            Map.entry("summary_rating_site_later_year", SITE_SUMS_ORDER),
            Map.entry("summary_rating_site_year_all_agencies", SITE_SUMS_OVER_AGENCIES_ORDER),
            Map.entry("summary_rating_site_later_year_all_agencies", SITE_SUMS_OVER_AGENCIES_ORDER)));

    /**
     * The rating sums, the entries of each run, by month and year, by agency and over all agencies, and the competency
     * cells by quarter of each run.
     */
    private static Map<String, String> withEntries(Map<String, String> sums) {
        Map<String, String> tables = new TreeMap<>(sums);
        ENTRIES.forEach((run, places) -> {
            for (String period : List.of("month", "year")) {
                String table = "summary_rating_" + run + "_since_" + period;
                tables.put(table, places + ", earlier, agency, sex, topic_id");
                tables.put(table + "_all_agencies", places + ", earlier, sex, topic_id");
            }
            tables.put("summary_rating_" + run + "_quarter_cells", places + ", quarter_start, agency, topic_id, sex");
        });
        return tables;
    }

    @Autowired
    SessionService sessions;

    @Autowired
    ReviewService reviews;

    @Autowired
    FollowUpService followUps;

    @Autowired
    TraineeService trainees;

    @Autowired
    SummaryFacts facts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestData data;

    private TeamRef team;
    private UserRef mentor;
    private UserRef leader;
    private long awa;
    private long binta;
    private long topic;
    private long area;

    @BeforeEach
    void aTeamWithTwoTrainees() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        leader = data.user(Role.TEAM_LEADER, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
        binta = data.trainee(team, "Binta Keita", "WOMAN");
        topic = data.reference("TOPIC", "CSM-09");
        area = data.reference("MOWIP_AREA", "GENDER_ROLES");
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void every_change_that_counts_keeps_the_read_model_equal_to_a_rebuild() {
        data.signIn(mentor);
        TabletLog first = sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId())
                .date(LocalDate.now().minusDays(20)).purpose("Scene search").topic(topic)
                .present(awa, Map.of(topic, 2))
                .followUp(new FollowUpInput(null, awa, "Lead the next search", mentor.id(), LocalDate.now().plusDays(9)))
                .observation(observation(Approach.TRANSFORMATIVE, Polarity.OPPORTUNITY))
                .observation(observation(Approach.TRADITIONAL, Polarity.BARRIER))
                .build(), true));
        sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).purpose("Photography").topic(topic)
                .present(awa, Map.of(topic, 3)).present(binta, Map.of(topic, 1))
                .followUp(new FollowUpInput(null, binta, "Photograph a scene", mentor.id(), LocalDate.now().plusDays(9)))
                .build(), true));
        assertThat(rows(awa)).isEqualTo(2);
        assertRebuildChangesNothing();

        data.signIn(leader);
        long id = first.log().id();
        reviews.returnToMentor(id, sessions.load(id).version(), "Rate the photography too");
        assertThat(rows(awa)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from summary_session_agency where session_id = ?", Long.class,
                id)).as("a returned log's attendee agencies").isZero();
        assertThat(observationRows(id)).as("a returned log's observations").isZero();
        assertThat(table("summary_session", "session_id")).as("a returned log's row")
                .noneMatch(row -> ((Number) row.get("session_id")).longValue() == id);
        assertRebuildChangesNothing();

        data.signIn(mentor);
        TabletLog returned = sessions.tabletLog(first.clientId());
        sessions.applyTabletChange(change(returned, blankLog(mentor.id(), team.siteId())
                .date(LocalDate.now().minusDays(20)).purpose("Scene search").topic(topic)
                .present(binta, Map.of(topic, 2)) // and without the follow-up for Awa, with one observation
                .observation(observation(Approach.TRANSFORMATIVE, Polarity.BARRIER)).build(), true));
        assertThat(observationRows(id)).isEqualTo(1);
        assertThat(rows(awa)).isEqualTo(1);
        assertThat(rows(binta)).isEqualTo(2);
        assertRebuildChangesNothing();

        long action = jdbc.queryForObject("select min(id) from follow_up_action where trainee_id = ?", Long.class, binta);
        long version = jdbc.queryForObject("select version from follow_up_action where id = ?", Long.class, action);
        followUps.cancel(action, version, "Moved to another unit");
        assertThat(jdbc.queryForObject("select status from summary_follow_up where follow_up_id = ?", String.class,
                action)).isEqualTo("CANCELLED");
        assertRebuildChangesNothing();

        sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).purpose("Fingerprints").topic(topic)
                .present(awa, Map.of(topic, 2))
                .followUp(new FollowUpInput(null, awa, "Lift a print", mentor.id(), LocalDate.now().plusDays(3)))
                .build(), true));
        long lift = jdbc.queryForObject("select max(id) from follow_up_action where trainee_id = ?", Long.class, awa);
        followUps.markDone(lift, jdbc.queryForObject("select version from follow_up_action where id = ?", Long.class,
                lift), "Lifted two prints");
        assertThat(jdbc.queryForObject("select status from summary_follow_up where follow_up_id = ?", String.class,
                lift)).isEqualTo("DONE");
        // the team's monthly follow-up sums count Binta's planned and cancelled, and Awa's planned and done
        assertThat(jdbc.queryForObject("select sum(opened) || '/' || sum(closed) || '/' || sum(on_time) || '/'"
                + " || sum(cancelled) from summary_follow_up_month where team_id = ?", String.class, team.id()))
                .isEqualTo("2/1/1/1");
        assertRebuildChangesNothing();

        data.signIn(leader);
        long traineeVersion = jdbc.queryForObject("select version from trainee where id = ?", Long.class, binta);
        trainees.update(binta, traineeVersion, new TraineeDetails("Binta Keita", Sex.NOT_RECORDED, Agency.GENDARMERIE,
                RankBand.NCO, null));
        assertThat(jdbc.queryForList("select distinct sex || ' ' || agency from summary_rating where trainee_id = ?",
                String.class, binta)).containsExactly("NOT_RECORDED GENDARMERIE");
        assertThat(jdbc.queryForList("select distinct sa.agency from summary_session_agency sa"
                + " join attendance a on a.session_id = sa.session_id where a.trainee_id = ?", String.class, binta))
                .contains("GENDARMERIE");
        assertRebuildChangesNothing();
        // Awa's two ratings of today: a month's sums too, so every rating sum was kept in step above.
        RATING_SUMS.forEach((name, order) -> assertThat(table(name, order)).as(name).isNotEmpty());
        // and with them the month's and the quarter's competency cells: she was rated twice within them
        assertThat(jdbc.queryForObject("select sum(trainees) from summary_rating_month_cells", Long.class)).isPositive();
        for (String run : ENTRIES.keySet()) {
            assertThat(jdbc.queryForObject("select sum(trainees) from summary_rating_" + run + "_quarter_cells",
                    Long.class)).as(run).isPositive();
        }
    }

    /**
     * A late log at another site of the team names the next rows and ratings of each run apart (V46, V47, V52): Awa's
     * first row at the first site names the late log as her next within the team and the mission, and her later
     * row at the first site as her next within the site, as a rebuild does.
     */
    @Test
    void a_late_log_at_another_site_keeps_each_runs_next_rows_equal_to_a_rebuild() {
        long otherSite = data.site(team, "Second site");
        data.signIn(mentor);
        for (int daysAgo : new int[] {30, 10}) {
            sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId())
                    .date(LocalDate.now().minusDays(daysAgo)).purpose("Scene search").topic(topic)
                    .present(awa, Map.of(topic, 2)).build(), true));
        }
        sessions.applyTabletChange(newLog(blankLog(mentor.id(), otherSite).date(LocalDate.now().minusDays(20))
                .purpose("Photography").topic(topic).present(awa, Map.of(topic, 3)).build(), true));
        assertThat(jdbc.queryForObject("select next_team || ' ' || next_site from summary_rating where trainee_id = ?"
                        + " and session_date = ?", String.class, awa, LocalDate.now().minusDays(30)))
                .isEqualTo(LocalDate.now().minusDays(20) + " " + LocalDate.now().minusDays(10));
        assertRebuildChangesNothing();
    }

    /**
     * A follow-up planned and closed in months of their own, derived by one refresh: the sites' months it
     * counts in after the change are summed again, not only those it counted in before (V28).
     */
    @Test
    void a_follow_up_in_months_of_its_own_keeps_the_follow_up_sums_equal_to_a_rebuild() {
        LocalDate today = LocalDate.now();
        List<Long> missionSums = missionFollowUpSums();
        long session = data.session(team, mentor, today.minusMonths(3)).insert();
        data.attendance(session, awa, "PRESENT", false);
        data.followUp(awa, session, mentor, today.minusMonths(3), today.minusMonths(2), "DONE", today.minusMonths(1));
        assertThat(jdbc.queryForObject("select sum(opened) || '/' || sum(closed) || '/' || sum(on_time)"
                + " from summary_follow_up_month where team_id = ?", String.class, team.id())).isEqualTo("1/1/0");
        assertThat(jdbc.queryForObject("select sum(opened) || '/' || sum(closed) || '/' || sum(on_time)"
                + " from summary_follow_up_year where team_id = ?", String.class, team.id())).isEqualTo("1/1/0");
        // and the mission's, which hold its other teams' follow-ups as well
        List<Long> withHers = missionFollowUpSums();
        assertThat(List.of(withHers.get(0) - missionSums.get(0), withHers.get(1) - missionSums.get(1),
                withHers.get(2) - missionSums.get(2))).containsExactly(1L, 1L, 0L);
        assertRebuildChangesNothing();

        // Returned, the log takes its follow-up out of both months' sums, the month it was closed in too, where
        // it counted as closed only (V36: kept sums, not summed again).
        data.signIn(leader);
        reviews.returnToMentor(session, sessions.load(session).version(), "Say where the scene was");
        assertThat(jdbc.queryForObject("select count(*) from summary_follow_up_month where team_id = ?", Long.class,
                team.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from summary_follow_up_year where team_id = ?", Long.class,
                team.id())).isZero();
        assertThat(missionFollowUpSums()).isEqualTo(missionSums);
        assertRebuildChangesNothing();
    }

    /** The follow-ups opened, closed and closed on time of the team's mission, from its sums by month (V48). */
    private List<Long> missionFollowUpSums() {
        return jdbc.query("select coalesce(sum(opened), 0), coalesce(sum(closed), 0), coalesce(sum(on_time), 0)"
                        + " from summary_follow_up_mission_month where mission_id = (select mission_id from team where id = ?)",
                (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)), team.id()).getFirst();
    }

    /**
     * A late log in an earlier year changes which earlier rating a later one is named by, in the later years'
     * sums by the year before its own (V24), gathered from the yearly sums' rows: they stay what a rebuild
     * gives.
     */
    @Test
    void a_late_log_keeps_the_later_years_sums_equal_to_a_rebuild() {
        data.signIn(mentor);
        LocalDate today = LocalDate.now();
        LocalDate lastYear = today.withDayOfYear(1).minusYears(1);
        log(lastYear.withMonth(6), 2);
        log(today, 3);
        assertThat(jdbc.queryForList("select prev_mission from summary_rating_later_year where year_start = ? and team_id = ?",
                LocalDate.class, today.withDayOfYear(1), team.id())).as("named by the year before")
                .containsExactly(lastYear);
        assertRebuildChangesNothing();

        log(lastYear.minusDays(1), 1); // the last day of the year before last, within the oldest a log may be
        assertThat(jdbc.queryForList("select prev_mission from summary_rating_later_year where year_start = ? and team_id = ?",
                LocalDate.class, lastYear, team.id())).as("named by the year before")
                .containsExactly(lastYear.minusYears(1));
        assertRebuildChangesNothing();
    }

    private void log(LocalDate date, int level) {
        sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).date(date).purpose("Scene search")
                .topic(topic).present(awa, Map.of(topic, level)).build(), true));
    }

    /**
     * Two transactions deriving rows of one session (here the rows of its two trainees, and so its attendee
     * agencies) at the same time both commit, and leave the model as a rebuild would: the second waits for
     * the first instead of inserting rows the first inserted meanwhile (a key violation that would fail a
     * mentor's sync).
     */
    @Test
    void two_transactions_deriving_rows_of_one_session_at_once_both_commit() throws Exception {
        data.signIn(mentor);
        sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).purpose("Scene search").topic(topic)
                .present(awa, Map.of(topic, 2)).present(binta, Map.of(topic, 3)).build(), true));
        CountDownLatch firstDerived = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = two.submit(() -> transactions.executeWithoutResult(status -> {
                facts.refresh(List.of(awa));
                firstDerived.countDown();
                sleep(); // while the second derives the same session's agencies
            }));
            Future<?> second = two.submit(() -> {
                await(firstDerived);
                transactions.executeWithoutResult(status -> facts.refresh(List.of(binta)));
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        assertRebuildChangesNothing();
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private ObservationInput observation(Approach approach, Polarity polarity) {
        return new ObservationInput(approach, area, polarity, null, null, null, awa);
    }

    private long observationRows(long session) {
        return jdbc.queryForObject("select count(*) from summary_observation where session_id = ?", Long.class, session);
    }

    private long rows(long trainee) {
        return jdbc.queryForObject("select count(*) from summary_attendance where trainee_id = ?", Long.class, trainee);
    }

    private void assertRebuildChangesNothing() {
        List<Map<String, Object>> attendance = table("summary_attendance", "session_id, trainee_id");
        List<Map<String, Object>> ratings = table("summary_rating", "session_id, trainee_id, topic_id");
        List<Map<String, Object>> followUpRows = table("summary_follow_up", "follow_up_id");
        List<Map<String, Object>> sessionRows = table("summary_session", "session_id");
        List<Map<String, Object>> sessionMonths = table("summary_session_month", "site_id, month_start");
        List<Map<String, Object>> followUpMonths = table("summary_follow_up_month", "site_id, agency, month_start");
        List<Map<String, Object>> followUpMissionMonths = table("summary_follow_up_mission_month",
                "mission_id, month_start, agency");
        List<Map<String, Object>> followUpYears = table("summary_follow_up_year", "site_id, agency, year_start");
        List<Map<String, Object>> agencies = table("summary_session_agency", "session_id, agency");
        List<Map<String, Object>> agencyMonths = table("summary_session_agency_month",
                "site_id, month_start, agency, earlier_agencies");
        List<Map<String, Object>> observationAgencyMonths = table("summary_observation_agency_month",
                OBSERVATION_AGENCY_ORDER);
        List<Map<String, Object>> agencyMissionMonths = table("summary_session_agency_mission_month",
                "mission_id, month_start, agency, earlier_agencies");
        List<Map<String, Object>> observationAgencyMissionMonths = table("summary_observation_agency_mission_month",
                AGENCY_MISSION_ORDER);
        List<Map<String, Object>> observations = table("summary_observation", "observation_id");
        List<Map<String, Object>> observationMonths = table("summary_observation_month",
                "team_id, month_start, mowip_area_id, polarity");
        List<Map<String, Object>> observationMissionMonths = table("summary_observation_mission_month",
                "mission_id, month_start, mowip_area_id, polarity");
        List<Map<String, Object>> observationSiteYears = table("summary_observation_site_year",
                "site_id, year_start, mowip_area_id, polarity");
        List<Map<String, Object>> siteMonthSums = table("summary_attendance_site_month_sums", SITE_ATTENDANCE_ORDER);
        List<Map<String, Object>> teamMonthSums = table("summary_attendance_team_month_sums", TEAM_ATTENDANCE_ORDER);
        List<Map<String, Object>> teamYearSums = table("summary_attendance_team_year_sums",
                TEAM_ATTENDANCE_ORDER.replace("month_start", "year_start"));
        List<Map<String, Object>> siteYearSums = table("summary_attendance_site_year_sums",
                SITE_ATTENDANCE_ORDER.replace("month_start", "year_start"));
        List<Map<String, Object>> months = table("summary_attendance_month", "trainee_id, team_id, month_start");
        List<Map<String, Object>> years = table("summary_attendance_year", "trainee_id, team_id, year_start");
        List<Map<String, Object>> siteMonths = table("summary_attendance_site_month", "trainee_id, site_id, month_start");
        List<Map<String, Object>> siteYears = table("summary_attendance_site_year", "trainee_id, site_id, year_start");
        List<Map<String, Object>> monthSums = table("summary_attendance_month_sums", "team_id, month_start, sex, agency");
        List<Map<String, Object>> missionMonthSums = table("summary_attendance_mission_month_sums",
                "mission_id, month_start, sex, agency");
        List<Map<String, Object>> monthCells = table("summary_rating_month_cells", "mission_id, month_start, topic_id, sex");
        List<Map<String, Object>> missionMonths = table("summary_attendance_mission_month", MISSION_MONTH_ORDER);
        Map<String, List<Map<String, Object>>> ratingSums = new TreeMap<>();
        RATING_SUMS.forEach((name, order) -> ratingSums.put(name, table(name, order)));
        transactions.executeWithoutResult(status -> facts.rebuild());
        assertThat(attendance).isEqualTo(table("summary_attendance", "session_id, trainee_id"));
        assertThat(ratings).isEqualTo(table("summary_rating", "session_id, trainee_id, topic_id"));
        assertThat(followUpRows).isEqualTo(table("summary_follow_up", "follow_up_id"));
        assertThat(sessionRows).isEqualTo(table("summary_session", "session_id"));
        assertThat(sessionMonths).isEqualTo(table("summary_session_month", "site_id, month_start"));
        assertThat(followUpMonths).isEqualTo(table("summary_follow_up_month", "site_id, agency, month_start"));
        assertThat(followUpMissionMonths).isEqualTo(table("summary_follow_up_mission_month",
                "mission_id, month_start, agency"));
        assertThat(followUpYears).isEqualTo(table("summary_follow_up_year", "site_id, agency, year_start"));
        assertThat(agencies).isEqualTo(table("summary_session_agency", "session_id, agency"));
        assertThat(agencyMonths).isEqualTo(table("summary_session_agency_month",
                "site_id, month_start, agency, earlier_agencies"));
        assertThat(observationAgencyMonths).isEqualTo(table("summary_observation_agency_month",
                OBSERVATION_AGENCY_ORDER));
        assertThat(agencyMissionMonths).isEqualTo(table("summary_session_agency_mission_month",
                "mission_id, month_start, agency, earlier_agencies"));
        assertThat(observationAgencyMissionMonths).isEqualTo(table("summary_observation_agency_mission_month",
                AGENCY_MISSION_ORDER));
        assertThat(observations).isEqualTo(table("summary_observation", "observation_id"));
        assertThat(observationMonths).isEqualTo(table("summary_observation_month",
                "team_id, month_start, mowip_area_id, polarity"));
        assertThat(observationMissionMonths).isEqualTo(table("summary_observation_mission_month",
                "mission_id, month_start, mowip_area_id, polarity"));
        assertThat(observationSiteYears).isEqualTo(table("summary_observation_site_year",
                "site_id, year_start, mowip_area_id, polarity"));
        assertThat(siteMonthSums).isEqualTo(table("summary_attendance_site_month_sums", SITE_ATTENDANCE_ORDER));
        assertThat(teamMonthSums).isEqualTo(table("summary_attendance_team_month_sums", TEAM_ATTENDANCE_ORDER));
        assertThat(teamYearSums).isEqualTo(table("summary_attendance_team_year_sums",
                TEAM_ATTENDANCE_ORDER.replace("month_start", "year_start")));
        assertThat(siteYearSums).isEqualTo(table("summary_attendance_site_year_sums",
                SITE_ATTENDANCE_ORDER.replace("month_start", "year_start")));
        assertThat(months).isEqualTo(table("summary_attendance_month", "trainee_id, team_id, month_start"));
        assertThat(years).isEqualTo(table("summary_attendance_year", "trainee_id, team_id, year_start"));
        assertThat(siteMonths).isEqualTo(table("summary_attendance_site_month", "trainee_id, site_id, month_start"));
        assertThat(siteYears).isEqualTo(table("summary_attendance_site_year", "trainee_id, site_id, year_start"));
        assertThat(monthSums).isEqualTo(table("summary_attendance_month_sums", "team_id, month_start, sex, agency"));
        assertThat(missionMonthSums).isEqualTo(table("summary_attendance_mission_month_sums",
                "mission_id, month_start, sex, agency"));
        assertThat(monthCells).isEqualTo(table("summary_rating_month_cells", "mission_id, month_start, topic_id, sex"));
        assertThat(missionMonths).isEqualTo(table("summary_attendance_mission_month", MISSION_MONTH_ORDER));
        RATING_SUMS.forEach((name, order) -> assertThat(ratingSums.get(name)).as(name).isEqualTo(table(name, order)));
    }

    private List<Map<String, Object>> table(String name, String order) {
        return jdbc.queryForList("select * from " + name + " order by " + order);
    }
}
