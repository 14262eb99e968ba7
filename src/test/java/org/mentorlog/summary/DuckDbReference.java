package org.mentorlog.summary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The benchmark's yardstick: the rows the summary reads, copied into an in-memory DuckDB, and the
 * summary's own SQL ({@link SummaryQueries}, via {@link SummaryCalculator}) run there.
 */
final class DuckDbReference implements AutoCloseable {

    /** The columns of the rating sums by team, by period ({@code %s}). */
    private static final String RATING_SUMS = "mission_id bigint, team_id bigint, %s date, agency varchar,"
            + " sex varchar, topic_id bigint, prev_mission date, prev2_mission date, prev_team date, prev2_team date,"
            + " ratings integer, delta_mission integer, delta_team integer";

    /** The columns of a whole mission's rating sums by year. */
    private static final String MISSION_RATING_SUMS = "mission_id bigint, year_start date, agency varchar,"
            + " sex varchar, topic_id bigint, prev_mission date, prev2_mission date, ratings integer,"
            + " delta_mission integer";

    /** The columns of the rating sums over all agencies. */
    private static final String RATING_SUMS_ALL_AGENCIES = RATING_SUMS.replace(" agency varchar,", "");
    private static final String MISSION_RATING_SUMS_ALL_AGENCIES = MISSION_RATING_SUMS.replace(" agency varchar,", "");

    /** The columns the summary reads, with DuckDB types. */
    private static final Map<String, String> TABLES = Map.ofEntries(
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
            Map.entry("competency_rating", "session_id bigint, trainee_id bigint, topic_id bigint, level integer"),
            Map.entry("summary_attendance", "session_id bigint, trainee_id bigint, mission_id bigint, team_id bigint,"
                    + " site_id bigint, session_date date, month_start date, quarter_start date, year_start date, sex varchar,"
                    + " agency varchar, minutes integer, authority integer,"
                    + " followed_up integer, prev_mission date, prev_team date, prev_site date, prev_followed_mission date,"
                    + " prev_followed_team date, prev_followed_site date"),
            Map.entry("summary_rating", "session_id bigint, trainee_id bigint, topic_id bigint, mission_id bigint,"
                    + " team_id bigint, site_id bigint, session_date date, month_start date, quarter_start date, year_start date,"
                    + " sex varchar, agency varchar, prev_mission date,"
                    + " prev2_mission date, delta_mission integer, prev_team date, prev2_team date, delta_team integer,"
                    + " prev_site date, prev2_site date, delta_site integer"),
            Map.entry("summary_follow_up", "follow_up_id bigint, trainee_id bigint, team_id bigint, site_id bigint,"
                    + " agency varchar, status varchar, created_date date, closed_date date, due_date date"),
            Map.entry("summary_session", "session_id bigint, mission_id bigint, team_id bigint, site_id bigint,"
                    + " session_date date, month_start date, minutes integer, with_purpose integer, with_gender_content integer,"
                    + " unregistered_women integer, unregistered_men integer, unregistered_unknown integer"),
            Map.entry("summary_session_agency", "session_id bigint, agency varchar, session_date date, mission_id bigint,"
                    + " team_id bigint, site_id bigint, minutes integer, with_purpose integer, with_gender_content integer,"
                    + " first_agency integer"),
            Map.entry("summary_observation", "observation_id bigint, session_id bigint, mission_id bigint, team_id bigint,"
                    + " site_id bigint, session_date date, month_start date, mowip_area_id bigint, polarity varchar,"
                    + " transformative integer"),
            Map.entry("summary_attendance_month", "trainee_id bigint, team_id bigint, month_start date, mission_id bigint,"
                    + " quarter_start date, year_start date, sex varchar, agency varchar, sessions integer, minutes integer,"
                    + " authority integer, followed_up integer, prev_mission date, prev_team date,"
                    + " prev_followed_mission date, prev_followed_team date"),
            Map.entry("summary_attendance_year", "trainee_id bigint, team_id bigint, year_start date, mission_id bigint,"
                    + " sex varchar, agency varchar, sessions integer, minutes integer, authority integer,"
                    + " followed_up integer, prev_mission date, prev_team date, prev_followed_mission date,"
                    + " prev_followed_team date"),
            Map.entry("summary_attendance_month_sums", "mission_id bigint, team_id bigint, month_start date,"
                    + " sex varchar, agency varchar, sessions integer, minutes integer, authority integer,"
                    + " first_mission integer, first_team integer, followed_mission integer, followed_team integer"),
            Map.entry("summary_attendance_mission_month_sums", "mission_id bigint, month_start date, sex varchar,"
                    + " agency varchar, sessions integer, minutes integer, authority integer, first_mission integer,"
                    + " followed_mission integer"),
            Map.entry("summary_attendance_mission_month", "mission_id bigint, month_start date, sex varchar,"
                    + " earlier_month date, entries integer, sessions integer, minutes integer, authority integer,"
                    + " firsts integer, followed integer"),
            Map.entry("summary_follow_up_month", "team_id bigint, site_id bigint, agency varchar, month_start date,"
                    + " opened integer, closed integer, on_time integer, cancelled integer"),
            Map.entry("summary_follow_up_year", "team_id bigint, site_id bigint, agency varchar, year_start date,"
                    + " opened integer, closed integer, on_time integer, cancelled integer"),
            Map.entry("summary_follow_up_mission_month", "mission_id bigint, agency varchar, month_start date,"
                    + " opened integer, closed integer, on_time integer, cancelled integer"),
            Map.entry("summary_rating_month_cells", "mission_id bigint, month_start date, topic_id bigint,"
                    + " sex varchar, trainees integer, delta integer"),
            Map.entry("summary_rating_quarter_cells", "mission_id bigint, quarter_start date, topic_id bigint,"
                    + " sex varchar, ratings integer, trainees integer, delta integer"),
            Map.entry("summary_observation_month", "mission_id bigint, team_id bigint, month_start date,"
                    + " mowip_area_id bigint, polarity varchar, observations integer, transformative integer"),
            Map.entry("summary_observation_mission_month", "mission_id bigint, month_start date,"
                    + " mowip_area_id bigint, polarity varchar, observations integer, transformative integer"),
            Map.entry("summary_session_month", "mission_id bigint, team_id bigint, site_id bigint, month_start date,"
                    + " sessions integer, minutes integer, with_purpose integer, with_gender_content integer,"
                    + " unregistered_women integer, unregistered_men integer, unregistered_unknown integer,"
                    + " unregistered_women_minutes integer, unregistered_men_minutes integer"),
            Map.entry("summary_rating_year", RATING_SUMS.formatted("year_start")),
            Map.entry("summary_rating_later_year", RATING_SUMS.formatted("year_start")),
            Map.entry("summary_rating_month", RATING_SUMS.formatted("month_start")),
            Map.entry("summary_rating_mission_year", MISSION_RATING_SUMS),
            Map.entry("summary_rating_mission_later_year", MISSION_RATING_SUMS),
            Map.entry("summary_rating_year_all_agencies", RATING_SUMS_ALL_AGENCIES.formatted("year_start")),
            Map.entry("summary_rating_later_year_all_agencies", RATING_SUMS_ALL_AGENCIES.formatted("year_start")),
            Map.entry("summary_rating_month_all_agencies", RATING_SUMS_ALL_AGENCIES.formatted("month_start")),
            Map.entry("summary_rating_mission_year_all_agencies", MISSION_RATING_SUMS_ALL_AGENCIES),
            Map.entry("summary_rating_mission_later_year_all_agencies", MISSION_RATING_SUMS_ALL_AGENCIES));

    private final Connection duck;
    private final SummaryCalculator calculator;

    DuckDbReference(JdbcTemplate source) throws SQLException, IOException {
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duck.createStatement()) {
            for (var table : TABLES.entrySet()) {
                copy(source, statement, table.getKey(), table.getValue());
            }
        }
        SingleConnectionDataSource single = new SingleConnectionDataSource(duck, true);
        calculator = new SummaryCalculator(new SummaryQueries(JdbcClient.create(single)), single);
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
