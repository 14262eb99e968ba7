package org.mentorlog.persistence;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mentorlog.MentorLogApplication;
import org.mentorlog.mission.MissionService;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The child process of {@link CrashSafetySoak}: starts the whole application (web server, Flyway,
 * Hibernate validation) on the database its arguments name, then writes through the services as a
 * mentor would, as fast as it can, until it is killed. After each service call has returned, and so
 * after its transaction committed, it prints what was written: {@code TRAINEE name} and
 * {@code SESSION purpose}, both unique across runs ({@code -Dcrash.round}), so that an id that H2 hands
 * out again after losing it cannot pass for the lost write. {@code READY}: the application started.
 */
class CrashWriter {

    static final String MENTOR = "crash-mentor";

    public static void main(String[] args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MentorLogApplication.class).run(args);
        PrintStream out = System.out;
        long mentor = signInMentor(app);
        long site = app.getBean(MissionService.class).mySites().getFirst().id();
        out.println("READY");
        out.flush();
        TraineeService trainees = app.getBean(TraineeService.class);
        SessionService sessions = app.getBean(SessionService.class);
        String round = System.getProperty("crash.round", "0");
        for (int i = 0; ; i++) {
            String label = "Crash R" + round + " #" + i;
            long trainee = trainees.register(new TraineeDetails(label, Sex.values()[i % 3],
                    Agency.POLICE, RankBand.NCO, null)).id();
            out.println("TRAINEE " + label);
            out.flush();
            sessions.applyTabletChange(TabletChanges.newLog(TabletChanges.blankLog(mentor, site).purpose(label)
                    .date(LocalDate.of(2026, 3, 2))
                    .attendee(new AttendeeLog(trainee, AttendanceStatus.PRESENT, null, i % 2 == 0, false, true,
                            false, true, false, false, null, Map.of()))
                    .build(), false));
            out.println("SESSION " + label);
            out.flush();
        }
    }

    /** On the first start creates a mission, a team with a site and its mentor; then signs her in. Her id. */
    private static long signInMentor(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<Long> existing = jdbc.sql("select id from app_user where username = ?").param(MENTOR)
                .query(Long.class).list();
        if (existing.isEmpty()) {
            jdbc.sql("insert into mission (code, name, country, start_date) values ('CRASH', 'Crash', 'Testland', ?)")
                    .param(LocalDate.of(2026, 1, 1)).update();
            long mission = jdbc.sql("select id from mission where code = 'CRASH'").query(Long.class).single();
            jdbc.sql("insert into team (mission_id, code, name, trainee_code_prefix) values (?, 'CRASH', 'Crash', 'CRS')")
                    .param(mission).update();
            long team = jdbc.sql("select id from team where code = 'CRASH'").query(Long.class).single();
            jdbc.sql("insert into site (team_id, name) values (?, 'Crash site')").param(team).update();
            jdbc.sql("insert into app_user (username, display_name, password_hash, role, team_id)"
                    + " values (?, 'Crash mentor', '{noop}not-used', 'MENTOR', ?)").params(MENTOR, team).update();
        }
        SecurityContextHolderStrategy contexts = app.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(MENTOR, null,
                AuthorityUtils.createAuthorityList("ROLE_MENTOR")));
        contexts.setContext(context);
        return jdbc.sql("select id from app_user where username = ?").param(MENTOR).query(Long.class).single();
    }
}
