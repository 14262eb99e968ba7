package org.mentorlog.persistence;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * H2 2.4.240 ties a {@code CHECK (x IN (...))} constraint to the connection that first evaluated it. Once
 * the pool retires that connection (HikariCP does after 30 minutes), every write to the table fails with
 * "Check constraint invalid" caused by "The database has been closed": the app stops accepting logs after
 * half an hour (issue 8, docs/decisions/0010-h2-2-5.md). This test does in a second what the pool does in
 * half an hour: it writes to every table with a check, retires every pooled connection, and writes again.
 */
@IntegrationTest
@TestPropertySource(properties = {
        // A database of its own, so the constraints are first evaluated here and retiring the pool
        // disturbs no other test; four connections, as a busy server holds several, not one. In memory
        // is enough: the bug is in H2's engine, not in its file storage.
        "spring.datasource.url=jdbc:h2:mem:connection-recycling;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.minimum-idle=4"})
class ConnectionRecyclingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final OffsetDateTime AT = DAY.atTime(18, 0).atOffset(ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void every_checked_table_accepts_writes_after_the_pool_retired_its_connections() throws SQLException {
        List<Row> before = writeEveryCheckedTable("before");
        assertThat(before).extracting(Row::table).containsExactlyInAnyOrderElementsOf(tablesWithChecks());

        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getTotalConnections() > 1);
        Set<Long> retired = openSessions();
        pool.softEvictConnections();
        // Hikari closes evicted connections in the background; the bug shows only once they are closed.
        await().atMost(Duration.ofSeconds(10)).until(() -> Collections.disjoint(openSessions(), retired));

        List<Row> after = writeEveryCheckedTable("after");

        assertThat(Stream.concat(before.stream(), after.stream())).allSatisfy(row ->
                assertThat(readsBack(row)).as("%s %d reads back as written", row.table(), row.id()).isTrue());
    }

    /** Writes one row to every table with a check constraint, each check given a value it must test. */
    private List<Row> writeEveryCheckedTable(String round) {
        List<Row> rows = new ArrayList<>();
        Row mission = write(rows, "mission", Map.of("code", "RECYCLE-" + round, "name", "Recycling " + round,
                "country", "Testland", "start_date", DAY, "disclosure_threshold", 7));
        long team = insert("team", Map.of("mission_id", mission.id(), "code", "RECYCLE-" + round,
                "name", "Recycling " + round, "trainee_code_prefix", "R" + round.toUpperCase().substring(0, 3)));
        long site = insert("site", Map.of("team_id", team, "name", "Site " + round));
        Row leader = write(rows, "app_user", Map.of("username", "recycling-" + round, "display_name", "Leader",
                "password_hash", "{noop}unused", "role", "TEAM_LEADER", "team_id", team));
        Row topic = write(rows, "reference_item", Map.of("kind", "TOPIC", "code", "RECYCLE-" + round,
                "label_en", "Topic", "label_fr", "Sujet", "label_nb", "Emne", "sort_order", 99));
        Row trainee = write(rows, "trainee", Map.of("team_id", team, "code", "R-" + round, "sex", "NOT_RECORDED",
                "agency", "CIVIL_PROTECTION", "rank_band", "SENIOR"));
        Row session = write(rows, "training_session", Map.ofEntries(entry("team_id", team),
                entry("lead_mentor_id", leader.id()), entry("site_id", site), entry("session_date", DAY),
                entry("duration_minutes", 90), entry("format", "REAL_SCENE"), entry("language", "fr"),
                entry("unregistered_women", 1), entry("unregistered_men", 2), entry("unregistered_unknown", 3),
                entry("status", "SUBMITTED"), entry("created_at", AT), entry("updated_at", AT)));
        write(rows, "attendance", Map.of("session_id", session.id(), "trainee_id", trainee.id(), "status", "LATE"));
        Row observation = write(rows, "observation", Map.of("session_id", session.id(), "trainee_id", trainee.id(),
                "approach", "TRANSFORMATIVE", "polarity", "OPPORTUNITY", "norm_source", "FAMILY"));
        write(rows, "competency_rating", Map.of("session_id", session.id(), "trainee_id", trainee.id(),
                "topic_id", topic.id(), "level", 3));
        write(rows, "follow_up_action", Map.of("trainee_id", trainee.id(), "session_id", session.id(),
                "observation_id", observation.id(), "description", "Lead the next search", "owner_id", leader.id(),
                "due_date", DAY.plusDays(14), "status", "IN_PROGRESS", "created_at", AT));
        write(rows, "session_review", Map.of("session_id", session.id(), "reviewer_id", leader.id(),
                "decision", "RETURNED", "reviewed_at", AT));
        return rows;
    }

    /** A row written to a table with check constraints, with the values to find it again by. */
    private record Row(String table, long id, Map<String, Object> values) {
    }

    private Row write(List<Row> rows, String table, Map<String, Object> values) {
        Row row = new Row(table, insert(table, values), values);
        rows.add(row);
        return row;
    }

    private long insert(String table, Map<String, Object> values) {
        List<String> columns = List.copyOf(values.keySet());
        String sql = "insert into %s (%s) values (%s)".formatted(table, String.join(", ", columns),
                String.join(", ", Collections.nCopies(columns.size(), "?")));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(columns.stream().map(values::get).toList()).update(key, "id");
        return key.getKey().longValue();
    }

    /** The database itself compares every value, so dates and time stamps need no conversion here. */
    private boolean readsBack(Row row) {
        List<String> columns = List.copyOf(row.values().keySet());
        String sql = "select count(*) from %s where id = ? and %s".formatted(row.table(),
                columns.stream().map(column -> column + " = ?").collect(Collectors.joining(" and ")));
        List<Object> params = new ArrayList<>(List.of(row.id()));
        columns.forEach(column -> params.add(row.values().get(column)));
        return jdbc.sql(sql).params(params).query(Long.class).single() == 1;
    }

    /** Every table of the schema with a check constraint, so a new one in a migration cannot be missed here. */
    private List<String> tablesWithChecks() {
        return jdbc.sql("""
                select distinct lower(table_name) from information_schema.table_constraints
                where constraint_type = 'CHECK' and table_schema = 'PUBLIC'""").query(String.class).list();
    }

    /** The H2 sessions open now: one per pooled connection (and the one asking). */
    private Set<Long> openSessions() {
        return Set.copyOf(jdbc.sql("select session_id from information_schema.sessions").query(Long.class).list());
    }
}
