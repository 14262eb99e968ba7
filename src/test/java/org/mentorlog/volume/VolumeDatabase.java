package org.mentorlog.volume;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.mentorlog.summary.SummaryFacts;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where a generated volume lives: an H2 file under {@code target/volume}, or with
 * {@code -Dvolume.postgres=true} a schema {@code vol_N} of the database {@code bench} on this machine's
 * PostgreSQL (created when missing), so that the other PostgreSQL tests in {@code test} never see it.
 * One volume per size: {@code -Dvolume=N} names it.
 */
public final class VolumeDatabase {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private VolumeDatabase() {
    }

    public static int sessions() {
        return Integer.getInteger("volume", Integer.getInteger("generate", 100_000));
    }

    public static boolean postgres() {
        return Boolean.getBoolean("volume.postgres");
    }

    public static String describe() {
        return (postgres() ? "PostgreSQL bench.vol_" : "H2 target/volume/mentorlog-") + sessions();
    }

    /** Drops what an earlier generation of this size left. */
    public static void drop() {
        if (postgres()) {
            execute(POSTGRES + "bench", "drop schema if exists vol_" + sessions() + " cascade");
            return;
        }
        try {
            Files.deleteIfExists(Path.of("target/volume/mentorlog-" + sessions() + ".mv.db"));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Points the application, and Flyway, at the volume. */
    public static void use(DynamicPropertyRegistry registry) {
        // the application's slices, not the test profile's
        registry.add("mentorlog.summary.rebuild-slice", () -> SummaryFacts.REBUILD_SLICE);
        if (!postgres()) {
            // The cache the application sets (a quarter of the heap, base.H2Cache; the 512 MB this used to set
            // made exports with 256 MB of heap collect garbage for seconds). No reuse of results, so that each
            // run computes.
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/volume/mentorlog-" + sessions()
                    + ";OPTIMIZE_REUSE_RESULTS=FALSE");
            return;
        }
        createBench();
        String schema = "vol_" + sessions();
        execute(POSTGRES + "bench", "create schema if not exists " + schema);
        registry.add("spring.datasource.url", () -> POSTGRES + "bench?currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }

    private static void createBench() {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = 'bench'")) {
            if (!exists.next()) {
                statement.execute("create database bench");
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for a PostgreSQL volume", failed);
        }
    }

    private static void execute(String url, String sql) {
        createBench();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
