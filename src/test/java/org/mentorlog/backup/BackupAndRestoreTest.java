package org.mentorlog.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.MentorLogApplication;
import org.mentorlog.MissionWithLogs;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.SummaryService;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An administrator downloads a backup while mentors keep writing, and it restores, with the documented
 * command, into an empty installation whose summaries are the same as the original's.
 */
@IntegrationTest
class BackupAndRestoreTest {

    @Autowired
    BackupService backups;

    @Autowired
    SummaryService summaries;

    @Autowired
    TraineeService trainees;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_backup_taken_while_mentors_write_restores_into_an_empty_installation_with_the_same_summary()
            throws Exception {
        MissionWithLogs mission = new MissionWithLogs(data, jdbc);
        UserRef admin = data.user(Role.ADMIN, null);
        data.signIn(admin);
        MissionSummary byTeam = summaries.summarize(mission.quarter(Breakdown.TEAM), Audience.HEADQUARTERS);
        MissionSummary byMonth = summaries.summarize(mission.quarter(Breakdown.MONTH), Audience.HEADQUARTERS);
        assertThat(byTeam.values()).as("a summary with figures shown")
                .anySatisfy(value -> assertThat(value.suppressed()).isFalse());

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        TeamRef busy = data.team();
        Thread mentor = Thread.ofPlatform().start(() -> registerUntilStopped(busy, writing, written));
        Path backup = Files.createTempFile("mentorlog-backup", ".sql.gz");
        await().atMost(Duration.ofSeconds(30)).until(() -> written.get() > 0);
        int before = written.get();
        long size;
        try (OutputStream out = Files.newOutputStream(backup)) {
            size = backups.writeBackup(out);
        } finally {
            writing.set(false);
            mentor.join();
        }
        System.out.printf("BACKUP %d bytes compressed, %d trainees registered by a mentor during the backup%n",
                size, written.get() - before);
        assertThat(Files.size(backup)).isEqualTo(size).isPositive();
        assertThat(data.auditSummaries("backup")).last().isEqualTo("H2 SCRIPT, gzip");

        Path folder = Files.createTempDirectory("mentorlog-restored");
        String url = "jdbc:h2:file:" + folder.resolve("mentorlog") + ";AUTO_SERVER=FALSE";
        // The command of the README: java -cp h2.jar org.h2.tools.RunScript ... -options COMPRESSION GZIP
        new RunScript().runTool("-url", url, "-user", "sa", "-script", backup.toString(),
                "-options", "COMPRESSION", "GZIP");

        try (Connection restored = DriverManager.getConnection(url, "sa", "")) {
            JdbcClient copy = JdbcClient.create(new SingleConnectionDataSource(restored, true));
            for (String table : List.of("mission", "team", "trainee", "training_session", "attendance",
                    "competency_rating", "observation", "follow_up_action", "trainee_note", "app_user")) {
                assertThat(ids(copy, table, mission)).as("%s of the mission", table).isEqualTo(ids(jdbc, table, mission));
            }
            // Registering a trainee writes the team's code counter, the trainee and an audit event in one
            // transaction: the copy holds all three or none.
            List<Long> busyTrainees = copy.sql("select id from trainee where team_id = ?").param(busy.id())
                    .query(Long.class).list();
            assertThat(copy.sql("select entity_id from audit_event where entity_type = 'trainee' and action = 'CREATE'"
                    + " and entity_id in (select id from trainee where team_id = ?)").param(busy.id())
                    .query(Long.class).list()).as("audit events of the trainees registered during the backup")
                    .containsExactlyInAnyOrderElementsOf(busyTrainees);
            assertThat(copy.sql("select count(*) from audit_event a where a.entity_type = 'trainee' and"
                    + " a.action = 'CREATE' and not exists (select 1 from trainee t where t.id = a.entity_id)")
                    .query(Long.class).single()).as("audit events of trainees missing from the copy").isZero();
            assertThat(copy.sql("select next_trainee_number - 1 from team where id = ?").param(busy.id())
                    .query(Long.class).single()).as("codes handed out in the copy").isEqualTo((long) busyTrainees.size());
        }

        try (ConfigurableApplicationContext app = startOn(url)) {
            signIn(app, admin);
            SummaryService restoredSummaries = app.getBean(SummaryService.class);
            assertThat(restoredSummaries.summarize(mission.quarter(Breakdown.TEAM), Audience.HEADQUARTERS))
                    .isEqualTo(byTeam);
            assertThat(restoredSummaries.summarize(mission.quarter(Breakdown.MONTH), Audience.HEADQUARTERS))
                    .isEqualTo(byMonth);
        }
    }

    @Test
    void the_script_refuses_to_restore_over_a_database_that_has_tables() throws Exception {
        data.signIn(data.user(Role.ADMIN, null));
        Path backup = Files.createTempFile("mentorlog-backup", ".sql.gz");
        try (OutputStream out = Files.newOutputStream(backup)) {
            backups.writeBackup(out);
        }
        Path folder = Files.createTempDirectory("mentorlog-restored");
        String url = "jdbc:h2:file:" + folder.resolve("mentorlog") + ";AUTO_SERVER=FALSE";
        RunScript restore = new RunScript();
        restore.runTool("-url", url, "-user", "sa", "-script", backup.toString(), "-options", "COMPRESSION", "GZIP");

        assertThatThrownBy(() -> restore.runTool("-url", url, "-user", "sa", "-script", backup.toString(),
                "-options", "COMPRESSION", "GZIP")).hasMessageContaining("already exists");
    }

    @Test
    void only_an_administrator_may_take_a_backup() {
        data.signIn(data.user(Role.HQ_ANALYST, null));
        assertThatThrownBy(() -> backups.writeBackup(new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        assertThatThrownBy(() -> backups.writeBackup(new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void registerUntilStopped(TeamRef team, AtomicBoolean writing, AtomicInteger written) {
        data.signIn(data.user(Role.MENTOR, team));
        try {
            while (writing.get()) {
                trainees.register(new TraineeDetails("During backup", Sex.WOMAN, Agency.POLICE, RankBand.NCO, null));
                written.incrementAndGet();
            }
        } finally {
            data.signOut();
        }
    }

    private static Set<Long> ids(JdbcClient jdbc, String table, MissionWithLogs mission) {
        String where = switch (table) {
            case "mission" -> "id = :mission";
            case "team" -> "mission_id = :mission";
            case "trainee", "training_session" -> "team_id in (select id from team where mission_id = :mission)";
            case "trainee_note" -> "trainee_id in (select t.id from trainee t join team m on m.id = t.team_id"
                    + " where m.mission_id = :mission)";
            case "app_user" -> "team_id in (select id from team where mission_id = :mission)";
            default -> "session_id in (select s.id from training_session s join team m on m.id = s.team_id"
                    + " where m.mission_id = :mission)";
        };
        return Set.copyOf(jdbc.sql("select id from " + table + " where " + where).param("mission", mission.missionId)
                .query(Long.class).list());
    }

    /** The application itself, started on the restored database as an administrator would start it. */
    private static ConfigurableApplicationContext startOn(String url) {
        return new SpringApplicationBuilder(MentorLogApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off",
                        "--mentorlog.admin-password=not-used-the-copy-has-accounts");
    }

    private static void signIn(ConfigurableApplicationContext app, UserRef admin) {
        SecurityContextHolderStrategy contexts = app.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin.username(), null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        contexts.setContext(context);
    }
}
