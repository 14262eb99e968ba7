package org.mentorlog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own on the real PostgreSQL of this machine, for tests that must run there. Where
 * PostgreSQL is not reachable the test is skipped, unless MENTORLOG_REQUIRE_POSTGRES=true (as in CI),
 * where it fails instead. Settings: MENTORLOG_TEST_POSTGRES_URL, _USER, _PASSWORD. A test of the
 * application says {@link OnPostgres}; the two methods here serve tests that start it otherwise.
 */
public final class PostgresSchema {

    private static final String URL = env("MENTORLOG_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("MENTORLOG_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("MENTORLOG_TEST_POSTGRES_PASSWORD", "");

    private PostgresSchema() {
    }

    /** Drops and creates the schema, or skips (fails) the test where PostgreSQL is not reachable. */
    public static void recreate(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        } catch (SQLException unreachable) {
            if (Boolean.parseBoolean(System.getenv("MENTORLOG_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required here but unreachable at " + URL, unreachable);
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + unreachable.getMessage());
        }
    }

    /** Points the application, and Flyway, at the schema: the settings, given one by one to {@code registry}. */
    public static void use(String schema, DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
