package org.mentorlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;
import org.mentorlog.TestData;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.MissionSettings;
import org.mentorlog.mission.NewMission;
import org.mentorlog.mission.NewTeam;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.security.Role;
import org.mentorlog.session.ReviewQueueRow;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.SessionStatus;
import org.mentorlog.session.TabletChanges;
import org.mentorlog.session.TabletLog;
import org.mentorlog.session.TeamActivity;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.Indicator;
import org.mentorlog.summary.IndicatorValue;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.SummaryExport;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.summary.SummaryService;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.NewUser;
import org.mentorlog.user.UserChanges;
import org.mentorlog.user.UserRow;
import org.mentorlog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clean installation on the real PostgreSQL of this machine, in a schema of its own and without demo
 * data, set up and used through the services by the people who would: the first administrator sets up
 * the mission and its people, a mentor logs two sessions, the leader approves them, and headquarters
 * finds them in the mission overview, the summary and the CSV. The browser journey
 * {@code CleanInstallJourneyIT} tells the same story on H2. Skipped where PostgreSQL is not reachable,
 * unless MENTORLOG_REQUIRE_POSTGRES=true (as in CI), where it fails instead.
 */
@IntegrationTest
@OnPostgres("mentorlog_clean_install_test")
class CleanInstallPostgresTest {

    private static final String ADMIN_PASSWORD = "test-admin-password"; // application-test.properties
    private static final String PASSWORD = "a long password";
    private static final String TRAINEE_NAME = "Awa Sangaré";

    @Autowired
    MissionService missions;

    @Autowired
    UserService users;

    @Autowired
    TraineeService trainees;

    @Autowired
    SessionService sessions;

    @Autowired
    ReviewService reviews;

    @Autowired
    SummaryService summaries;

    @Autowired
    SummaryExport export;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_clean_installation_is_set_up_used_and_summarised_on_postgresql() throws Exception {
        assertThat(data.count("mission")).isZero();
        assertThat(data.count("app_user")).isEqualTo(1); // the first administrator, and no demo account

        data.signIn("admin", ADMIN_PASSWORD);
        MissionInfo mission = missions.createMission(new NewMission("MINUSCA", "Mission in Central Africa",
                "Central African Republic", LocalDate.now().minusYears(1), null,
                new MissionSettings(3, new BigDecimal("30"), new BigDecimal("20"))));
        TeamInfo team = missions.createTeam(new NewTeam(mission.id(), "CSM-BGF", "Crime scene team Bangui", "BGF"));
        SiteInfo site = missions.addSite(team.id(), "École nationale de police, Bangui");
        UserRow amina = users.create(new NewUser("amina", "Amina Diallo", Role.MENTOR, team.id(), Set.of(), false,
                PASSWORD));
        users.create(new NewUser("fatou", "Fatou Keita", Role.TEAM_LEADER, team.id(), Set.of(), false, PASSWORD));
        UserRow analyst = users.create(new NewUser("moussa", "Moussa Traore", Role.HQ_ANALYST, null,
                Set.of(mission.id()), false, PASSWORD));
        UserRow exporting = users.update(analyst.id(), new UserChanges(analyst.version(), analyst.displayName(),
                Role.HQ_ANALYST, null, analyst.grantedMissionIds(), true, true));
        assertThat(exporting.canExport()).isTrue();

        data.signIn("amina", PASSWORD);
        TraineeRow trainee = trainees.register(new TraineeDetails(TRAINEE_NAME, Sex.WOMAN, Agency.POLICE,
                RankBand.NCO, null));
        logAndSubmit(amina, site, "Secure a burglary scene", 90, trainee);
        logAndSubmit(amina, site, "Photograph a vehicle search", 150, trainee);

        data.signIn("fatou", PASSWORD);
        List<ReviewQueueRow> waiting = reviews.queue();
        assertThat(waiting).hasSize(2);
        waiting.forEach(row -> reviews.approve(row.id(), row.version()));
        assertThat(reviews.queue()).isEmpty();
        assertThat(data.count("training_session where status = 'REVIEWED'")).isEqualTo(2);

        data.signIn("moussa", PASSWORD);
        assertThat(sessions.activityOfLastTwelveMonths()).containsExactly(new TeamActivity(team.id(), 2, 240));
        LocalDate today = LocalDate.now();
        SummaryQuery lastYear = SummaryQuery.of(today.minusYears(1).plusDays(1), today, Breakdown.NONE);
        MissionSummary summary = summaries.summarize(lastYear, Audience.HEADQUARTERS);
        assertThat(summary.threshold()).isEqualTo(3);
        // Two sessions are fewer than the threshold of 3: the count, and the hours that follow it, are hidden.
        assertThat(total(summary, Indicator.SESSIONS).suppressed()).isTrue();
        assertThat(total(summary, Indicator.HOURS).suppressed()).isTrue();
        // Each session: the registered trainee and 4 more women, 6 men, by head-count.
        assertThat(total(summary, Indicator.PERSON_SESSIONS_WOMEN).numerator()).isEqualTo(10);
        assertThat(total(summary, Indicator.PERSON_SESSIONS_MEN).numerator()).isEqualTo(12);
        assertThat(total(summary, Indicator.PERSON_SESSIONS_TOTAL).numerator()).isEqualTo(22);

        StringWriter csv = new StringWriter();
        export.writeCsv(lastYear, csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(row(rows, "sessions").get("suppressed")).isEqualTo("true");
        assertThat(row(rows, "hours").get("suppressed")).isEqualTo("true");
        assertThat(row(rows, "person_sessions_women").get("numerator")).isEqualTo("10");
        assertThat(csv.toString()).doesNotContain(TRAINEE_NAME).doesNotContain(trainee.code());
    }

    private void logAndSubmit(UserRow mentor, SiteInfo site, String purpose, int minutes, TraineeRow trainee) {
        long topic = data.reference("TOPIC", "CSM-07");
        TabletLog submitted = sessions.applyTabletChange(TabletChanges.newLog(TabletChanges.blankLog(mentor.id(),
                site.id()).purpose(purpose).topic(topic).minutes(minutes).present(trainee.id(), Map.of(topic, 3))
                .unregisteredWomen(4).unregisteredMen(6).build(), true));
        assertThat(submitted.log().status()).isEqualTo(SessionStatus.SUBMITTED);
    }

    private static IndicatorValue total(MissionSummary summary, Indicator indicator) {
        return summary.total(indicator).orElseThrow();
    }

    private static CSVRecord row(List<CSVRecord> rows, String indicator) {
        return rows.stream().filter(row -> row.get("indicator").equals(indicator) && row.get("cell").equals("TOTAL"))
                .findFirst().orElseThrow(() -> new AssertionError("no total row for " + indicator));
    }
}
