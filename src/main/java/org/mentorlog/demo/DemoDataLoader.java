package org.mentorlog.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.mentorlog.demo.DemoSetup.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo profile, fills an empty database with one mission, two teams and their last twelve
 * months of work, all with the password {@code demo}. A database that already has accounts is left
 * alone, so what a visitor changes survives a restart.
 *
 * <p>Writes plain SQL rather than going through the features' services: those check a signed-in user
 * and audit every row, and the demo data is one seeding event, audited as such.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String DEMO_PASSWORD = "demo";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final long seed;

    DemoDataLoader(JdbcClient jdbc, JdbcTemplate batchJdbc, PasswordEncoder passwordEncoder, Clock clock,
                   TransactionTemplate transactions, @Value("${mentorlog.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.transactions = transactions;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        String summary = transactions.execute(status -> loadIntoEmptyDatabase());
        if (summary != null) {
            log.info("{} in {} ms.", summary, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Returns what was loaded, or null when the database already has accounts. */
    private String loadIntoEmptyDatabase() {
        DemoWriter writer = new DemoWriter(jdbc, batchJdbc);
        if (writer.count("app_user") > 0) {
            return null;
        }
        DemoRandom dice = new DemoRandom(seed);
        // Hashing is slow on purpose, so hash once for all seven accounts.
        String passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
        List<Team> teams = new DemoSetup(writer, dice, LocalDate.now(clock), passwordHash).create();
        DemoSessions sessions = new DemoSessions(writer, dice, DemoReference.load(writer), clock);
        sessions.create(teams.get(0), true);
        sessions.create(teams.get(1), false);
        writer.flush();

        String summary = summary(writer);
        writer.insert("""
                        insert into audit_event (occurred_at, actor, entity_type, action, summary)
                        values (?, 'system', 'demo', 'SEED', ?)""",
                OffsetDateTime.now(clock), summary);
        return summary;
    }

    private String summary(DemoWriter writer) {
        return "Demo data (seed %d): missions %d, teams %d, sites %d, users %d, trainees %d, sessions %d, "
                .formatted(seed, writer.count("mission"), writer.count("team"), writer.count("site"),
                        writer.count("app_user"), writer.count("trainee"), writer.count("training_session"))
                + "attendance records %d, competency ratings %d, observations %d, follow-up actions %d"
                .formatted(writer.count("attendance"), writer.count("competency_rating"),
                        writer.count("observation"), writer.count("follow_up_action"));
    }
}
