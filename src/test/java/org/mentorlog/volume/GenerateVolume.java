package org.mentorlog.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.summary.SummaryFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a database of its own with one mission of N sessions for {@code SummaryBenchmark}; not part
 * of the build. Run it with
 * <pre>./mvnw -o test -Dtest=GenerateVolume -Dgenerate=100000 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (add {@code -Dvolume.postgres=true} for PostgreSQL). See {@link VolumeDatabase} for where it goes.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "generate", matches = "\\d+")
class GenerateVolume {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SummaryFacts facts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        VolumeDatabase.drop();
        VolumeDatabase.use(registry);
    }

    @Test
    void generate() {
        long started = System.nanoTime();
        if (!VolumeDatabase.postgres()) {
            // H2 keeps every page a batch rewrote for 45 s by default: under a steady stream of batches its file
            // grew by gigabytes a minute at 1,000,000 sessions. Reuse the space at once; nothing reads old versions.
            jdbc.execute("set retention_time 0");
        }
        VolumeGenerator.Plan plan = VolumeGenerator.Plan.of(VolumeDatabase.sessions());
        List<String> indexes = VolumeDatabase.postgres() ? List.of() : dropIndexes();
        new VolumeGenerator(jdbc, transactions).generate(plan);
        restore(indexes, false);
        if (VolumeDatabase.postgres()) {
            jdbc.execute("analyze");
        }
        long generated = System.nanoTime();
        transactions.executeWithoutResult(status -> facts.rebuild()); // written around the services
        long derived = System.nanoTime();
        restore(indexes, true); // the read model's: the rebuild took 437 s instead of 691 s at 100,000 sessions
        if (VolumeDatabase.postgres()) {
            // Autovacuum would reach these insert-only tables at some point during the benchmarks; until it
            // has, PostgreSQL cannot tell that the rows are visible without reading them (visibility map).
            jdbc.execute("vacuum analyze");
        }
        System.out.printf("VOLUME %s: %d sessions, %d teams, %d attendances, %d ratings, %d observations,"
                        + " %d follow-ups in %d ms; read model in %d ms%n", VolumeDatabase.describe(),
                count("training_session"), plan.teams(), count("attendance"), count("competency_rating"),
                count("observation"), count("follow_up_action"), (generated - started) / 1_000_000,
                (derived - generated) / 1_000_000);
        if (!VolumeDatabase.postgres()) {
            // Without compaction H2 leaves a 100,000-session file at 4 GB instead of a few hundred MB.
            jdbc.execute("shutdown compact");
        }
    }

    /**
     * Drops the secondary indexes and foreign keys of H2's tables and returns the statements that make them
     * again. H2 writes a changed page anew: inserted in date order, rows landed on every page of an index by
     * trainee, and generating 100,000 sessions took 12 minutes and a 4 GB file. Made at the end, an index is
     * built from sorted rows (2 minutes, and 56 s for the indexes).
     */
    private List<String> dropIndexes() {
        List<String> script = jdbc.queryForList("script nodata", String.class);
        List<String> drop = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        Pattern index = Pattern.compile("CREATE INDEX (\\S+) ON .*", Pattern.DOTALL);
        Pattern foreignKey = Pattern.compile("ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) FOREIGN KEY.*", Pattern.DOTALL);
        for (String statement : script) {
            Matcher m = foreignKey.matcher(statement);
            if (m.matches()) {
                drop.addFirst("ALTER TABLE " + m.group(1) + " DROP CONSTRAINT " + m.group(2));
                restore.add(statement);
            }
        }
        for (String statement : script) {
            Matcher m = index.matcher(statement);
            if (m.matches()) {
                drop.add("DROP INDEX " + m.group(1));
                restore.addFirst(statement);
            }
        }
        drop.forEach(jdbc::execute);
        return restore;
    }

    /** Runs the statements of {@link #dropIndexes()} that make the read model's indexes, or the others'. */
    private void restore(List<String> statements, boolean readModel) {
        if (statements.isEmpty()) {
            return; // PostgreSQL's
        }
        long started = System.nanoTime();
        statements.stream().filter(statement -> statement.contains("\"SUMMARY_") == readModel).forEach(jdbc::execute);
        System.out.printf("VOLUME %s indexes made in %d ms%n", readModel ? "the read model's" : "the base tables'",
                (System.nanoTime() - started) / 1_000_000);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
