package org.mentorlog.summary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The benchmark's yardstick: the rows the summary reads, copied into an in-memory DuckDB, and the
 * summary's own SQL ({@link SummaryQueries}, via {@link SummaryCalculator}) run there.
 */
final class DuckDbReference implements AutoCloseable {

    /** The base tables' columns the summary reads, with DuckDB types; the read model's tables are copied whole. */
    private static final Map<String, String> BASE_TABLES = Map.ofEntries(
            Map.entry("training_session", "id bigint, team_id bigint, site_id bigint, session_date date, duration_minutes integer,"
                    + " purpose varchar, gender_content boolean, unregistered_women integer, unregistered_men integer,"
                    + " unregistered_unknown integer, status varchar"),
            Map.entry("team", "id bigint, code varchar, name varchar"),
            Map.entry("site", "id bigint, team_id bigint, name varchar"),
            Map.entry("trainee", "id bigint, sex varchar, agency varchar"),
            Map.entry("attendance", "session_id bigint, trainee_id bigint, status varchar, position_of_authority boolean"),
            Map.entry("observation", "session_id bigint, approach varchar, mowip_area_id bigint, polarity varchar"),
            Map.entry("reference_item", "id bigint, kind varchar, code varchar, sort_order integer"),
            Map.entry("follow_up_action", "trainee_id bigint, session_id bigint, status varchar, created_at timestamp,"
                    + " closed_date date, due_date date"),
            Map.entry("competency_rating", "session_id bigint, trainee_id bigint, topic_id bigint, level integer"));

    private final Connection duck;
    private final SummaryCalculator calculator;

    DuckDbReference(JdbcTemplate source) throws SQLException, IOException {
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duck.createStatement()) {
            Map<String, String> tables = new TreeMap<>(BASE_TABLES);
            tables.putAll(readModel(source));
            for (var table : tables.entrySet()) {
                copy(source, statement, table.getKey(), table.getValue());
            }
        }
        SingleConnectionDataSource single = new SingleConnectionDataSource(duck, true);
        calculator = new SummaryCalculator(new SummaryQueries(JdbcClient.create(single)), single);
    }

    /**
     * Every table of the read model ({@code summary_…}) with all its columns and their DuckDB types, as the source
     * database describes them: a table the read model gains is copied without a change here.
     */
    private static Map<String, String> readModel(JdbcTemplate source) throws SQLException {
        Map<String, StringJoiner> columns = new TreeMap<>();
        try (Connection connection = source.getDataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String prefix = meta.storesUpperCaseIdentifiers() ? "SUMMARY" : "summary";
            String escape = meta.getSearchStringEscape();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), prefix + escape + "_%", null)) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT),
                            table -> new StringJoiner(", ")).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                                    + " " + duckType(rs.getInt("DATA_TYPE")));
                }
            }
        }
        Map<String, String> tables = new TreeMap<>();
        columns.forEach((table, joined) -> tables.put(table, joined.toString()));
        return tables;
    }

    private static String duckType(int jdbcType) {
        return switch (jdbcType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.DATE -> "date";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> "double";
            default -> "varchar";
        };
    }

    /** The summary's measures, before disclosure control, computed by DuckDB. */
    SummaryCalculator.Computed compute(SummaryQuery query, Set<Long> teams, boolean wholeMission, LocalDate today) {
        return calculator.compute(query, new SummaryScope(query, teams, wholeMission, today));
    }

    /**
     * Streams the table through a CSV file: the PostgreSQL driver holds a whole result in memory unless it
     * reads it in a transaction with a fetch size, and at 1,000,000 sessions that ran out of heap.
     */
    private static void copy(JdbcTemplate source, Statement duck, String table, String columns) throws IOException,
            SQLException {
        String[] names = columns.replaceAll(" [a-z]+(,|$)", "$1").split(", *");
        Path csv = Files.createTempFile("duck-" + table, ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv);
             Connection connection = source.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement select = connection.createStatement()) {
                select.setFetchSize(10_000);
                ResultSet rs = select.executeQuery("select " + String.join(", ", names) + " from " + table);
                while (rs.next()) {
                    for (int c = 1; c <= names.length; c++) {
                        Object value = rs.getObject(c);
                        if (value instanceof OffsetDateTime time) {
                            value = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                        } else if (value instanceof java.sql.Timestamp time) {
                            value = time.toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime();
                        }
                        out.write(c > 1 ? "," : "");
                        out.write(value == null ? "" : '"' + value.toString().replace("\"", "\"\"") + '"');
                    }
                    out.write('\n');
                }
            } finally {
                connection.rollback();
            }
        }
        duck.execute("create table " + table + " (" + columns + ")");
        duck.execute("copy " + table + " from '" + csv + "' (header false)");
        Files.delete(csv);
    }

    @Override
    public void close() throws SQLException {
        duck.close();
    }
}
