package org.mentorlog.volume;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a migrated database with one mission of many sessions in the demo data's proportions (six to
 * fourteen trainees a session, one in ten absent, roles at exercises, a rating per topic for everyone
 * there, none to two observations, a follow-up for every second session, a few drafts and returned
 * logs). Ids are assigned here, so every row goes in plain JDBC batches without a round trip; the
 * identity columns are moved past them at the end.
 */
public final class VolumeGenerator {

    /** What to generate: {@code sessions} over {@code years} ending {@code end}, spread over {@code teams}. */
    public record Plan(int sessions, int teams, int years, LocalDate end, long seed) {

        public static Plan of(int sessions) {
            return new Plan(sessions, Math.max(2, sessions / 5_000), 10, LocalDate.of(2026, 11, 30), 42);
        }

        public LocalDate start() {
            return end.minusYears(years).plusDays(1);
        }
    }

    private static final int TRAINEES_PER_TEAM = 120;
    private static final int SITES_PER_TEAM = 3;
    private static final int MENTORS_PER_TEAM = 3;
    private static final int BATCH = 5_000;
    private static final String[] TABLES = {"mission", "team", "site", "app_user", "trainee", "training_session",
        "attendance", "competency_rating", "observation", "follow_up_action", "session_topic", "session_review"};
    private static final String[] FORMATS = {"CLASSROOM", "PRACTICAL_EXERCISE", "REAL_SCENE", "ONE_TO_ONE"};
    private static final String[] AGENCIES = {"POLICE", "POLICE", "POLICE", "POLICE", "GENDARMERIE", "GENDARMERIE",
        "GENDARMERIE", "NATIONAL_GUARD", "NATIONAL_GUARD", "CIVIL_PROTECTION"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, Long> nextId = new HashMap<>();
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
    private Random dice;

    public VolumeGenerator(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Generates the plan's mission and returns its id. */
    public long generate(Plan plan) {
        dice = new Random(plan.seed());
        for (String table : TABLES) {
            if (!table.startsWith("session_")) {
                nextId.put(table, jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class));
            }
        }
        long[] topics = ids("TOPIC");
        long[] areas = ids("MOWIP_AREA");
        List<long[]> roles = jdbc.query("select id, case when position_of_authority then 1 else 0 end from reference_item"
                + " where kind = 'SESSION_ROLE' order by sort_order", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long mission = row("mission", "insert into mission (id, code, name, country, start_date) values (?, ?, ?, ?, ?)",
                "VOL" + plan.sessions(), "Volume " + plan.sessions(), "Mali", plan.start());
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < plan.teams(); t++) {
            teams.add(team(mission, t, plan));
        }
        row("app_user", "insert into app_user (id, username, display_name, password_hash, role, can_export)"
                + " values (?, ?, 'Volume analyst', '{noop}volume', 'HQ_ANALYST', true)", "hq-vol" + plan.sessions());
        flush();
        jdbc.update("insert into mission_reader (user_id, mission_id) values (?, ?)", nextId.get("app_user") - 1, mission);
        List<LocalDate> days = plan.start().datesUntil(plan.end().plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
        for (int s = 0; s < plan.sessions(); s++) {
            // Spread evenly over the working days, in date order, each team in turn.
            LocalDate day = days.get((int) ((long) s * days.size() / plan.sessions()));
            session(teams.get(s % teams.size()), day, plan.end(), topics, areas, roles);
            if ((s + 1) % BATCH == 0) {
                flush(); // rows are queued by statement, not by table: count the sessions here
            }
        }
        flush();
        for (String table : TABLES) {
            if (!table.startsWith("session_")) {
                jdbc.execute("alter table " + table + " alter column id restart with " + nextId.get(table));
            }
        }
        return mission;
    }

    private record Team(long id, long[] sites, long[] mentors, long leader, long[] trainees, boolean[] women) {
    }

    private Team team(long mission, int t, Plan plan) {
        String prefix = "V" + (char) ('A' + t / 676 % 26) + (char) ('A' + t / 26 % 26) + (char) ('A' + t % 26);
        long team = row("team", "insert into team (id, mission_id, code, name, trainee_code_prefix, next_trainee_number)"
                + " values (?, ?, ?, ?, ?, ?)", mission, "VOL-" + plan.sessions() + "-" + t, "Volume team " + t, prefix,
                TRAINEES_PER_TEAM + 1);
        long[] sites = new long[SITES_PER_TEAM];
        for (int i = 0; i < sites.length; i++) {
            sites[i] = row("site", "insert into site (id, team_id, name) values (?, ?, ?)", team, "Site " + i);
        }
        long[] mentors = new long[MENTORS_PER_TEAM];
        for (int i = 0; i < mentors.length; i++) {
            mentors[i] = user(prefix + "-mentor" + i, "MENTOR", team);
        }
        long leader = user(prefix + "-leader", "TEAM_LEADER", team);
        long[] trainees = new long[TRAINEES_PER_TEAM];
        boolean[] women = new boolean[TRAINEES_PER_TEAM];
        for (int i = 0; i < trainees.length; i++) {
            String sex = i < 2 ? "NOT_RECORDED" : dice.nextDouble() < 0.35 ? "WOMAN" : "MAN";
            women[i] = sex.equals("WOMAN");
            trainees[i] = row("trainee", "insert into trainee (id, team_id, code, sex, agency, rank_band, active)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", team, "%s-%04d".formatted(prefix, i + 1), sex,
                    AGENCIES[dice.nextInt(AGENCIES.length)], women[i] ? "JUNIOR" : "NCO", dice.nextDouble() > 0.07);
        }
        return new Team(team, sites, mentors, leader, trainees, women);
    }

    private long user(String username, String role, long team) {
        return row("app_user", "insert into app_user (id, username, display_name, password_hash, role, team_id)"
                + " values (?, ?, ?, '{noop}volume', ?, ?)", username, username, role, team);
    }

    private void session(Team team, LocalDate day, LocalDate end, long[] topics, long[] areas, List<long[]> roles) {
        double roll = dice.nextDouble();
        String format = FORMATS[roll < 0.35 ? 0 : roll < 0.70 ? 1 : roll < 0.85 ? 2 : 3];
        int minutes = 30 * switch (format) {
            case "CLASSROOM" -> between(3, 8);
            case "PRACTICAL_EXERCISE" -> between(6, 16);
            case "REAL_SCENE" -> between(4, 16);
            default -> between(3, 5);
        };
        boolean recent = day.isAfter(end.minusDays(21));
        double statusRoll = dice.nextDouble();
        String status = statusRoll < 0.02 ? "DRAFT" : statusRoll < 0.03 ? "RETURNED" : recent ? "SUBMITTED" : "REVIEWED";
        boolean unregistered = dice.nextDouble() < 0.2;
        long mentor = team.mentors()[dice.nextInt(team.mentors().length)];
        OffsetDateTime created = day.atTime(18, 0).atOffset(ZoneOffset.UTC);
        long session = row("training_session", "insert into training_session (id, team_id, lead_mentor_id, site_id,"
                + " session_date, duration_minutes, format, purpose, language, unregistered_women, unregistered_men,"
                + " unregistered_unknown, gender_content, status, created_at, updated_at, submitted_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?, ?, ?, ?, ?, ?)", team.id(), mentor,
                team.sites()[dice.nextInt(team.sites().length)], day, minutes, format,
                dice.nextDouble() < 0.05 ? null : "Practise the scene", unregistered ? between(0, 2) : 0,
                unregistered ? between(0, 4) : 0, unregistered && dice.nextDouble() < 0.3 ? between(1, 2) : 0,
                dice.nextDouble() < 0.25, status, created, created, status.equals("DRAFT") ? null : created);
        if (status.equals("REVIEWED") || status.equals("RETURNED")) {
            later("insert into session_review (session_id, reviewer_id, decision, reviewed_at) values (?, ?, ?, ?)",
                    session, team.leader(), status.equals("REVIEWED") ? "APPROVED" : "RETURNED", created.plusDays(2));
        }
        long[] sessionTopics = new long[between(1, 3)];
        int firstTopic = dice.nextInt(topics.length);
        for (int i = 0; i < sessionTopics.length; i++) {
            sessionTopics[i] = topics[(firstTopic + i) % topics.length];
            later("insert into session_topic (session_id, topic_id) values (?, ?)", session, sessionTopics[i]);
        }
        List<Integer> there = attendance(team, session, format, sessionTopics, roles);
        for (int o = 0, n = observations(); o < n; o++) {
            row("observation", "insert into observation (id, session_id, approach, mowip_area_id, polarity)"
                    + " values (?, ?, ?, ?, ?)", session, dice.nextDouble() < 0.2 ? "TRANSFORMATIVE" : "TRADITIONAL",
                    areas[dice.nextInt(areas.length)], dice.nextDouble() < 0.55 ? "BARRIER" : "OPPORTUNITY");
        }
        if (!there.isEmpty() && dice.nextBoolean()) {
            followUp(team, session, mentor, there.get(dice.nextInt(there.size())), day, end, created);
        }
    }

    /** Writes who was invited and returns the indexes of those who came. */
    private List<Integer> attendance(Team team, long session, String format, long[] topics, List<long[]> roles) {
        int size = format.equals("ONE_TO_ONE") ? between(1, 2) : between(6, 14);
        int first = dice.nextInt(team.trainees().length);
        boolean withRoles = format.equals("PRACTICAL_EXERCISE") || format.equals("REAL_SCENE");
        List<Integer> there = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int trainee = (first + i * 7) % team.trainees().length;
            double roll = dice.nextDouble();
            String status = roll < 0.82 ? "PRESENT" : roll < 0.90 ? "LATE" : "ABSENT";
            long[] role = withRoles && !status.equals("ABSENT") ? roles.get(dice.nextInt(roles.size())) : null;
            later("insert into attendance (id, session_id, trainee_id, status, role_id, position_of_authority)"
                    + " values (?, ?, ?, ?, ?, ?)", nextId("attendance"), session, team.trainees()[trainee], status,
                    role == null ? null : role[0], role != null && role[1] == 1);
            if (!status.equals("ABSENT")) {
                there.add(trainee);
                for (long topic : topics) {
                    later("insert into competency_rating (id, session_id, trainee_id, topic_id, level)"
                            + " values (?, ?, ?, ?, ?)", nextId("competency_rating"), session,
                            team.trainees()[trainee], topic, between(1, 4));
                }
            }
        }
        return there;
    }

    private int observations() {
        double roll = dice.nextDouble();
        return roll < 0.4 ? 0 : roll < 0.8 ? 1 : 2;
    }

    private void followUp(Team team, long session, long owner, int trainee, LocalDate day, LocalDate end,
                          OffsetDateTime created) {
        LocalDate due = day.plusDays(between(14, 42));
        double roll = dice.nextDouble();
        String status = due.isBefore(end)
                ? roll < 0.78 ? "DONE" : roll < 0.85 ? "CANCELLED" : roll < 0.95 ? "OPEN" : "IN_PROGRESS"
                : roll < 0.55 ? "OPEN" : roll < 0.90 ? "IN_PROGRESS" : "DONE";
        LocalDate closed = status.equals("DONE") || status.equals("CANCELLED")
                ? due.plusDays(between(-10, 21)) : null;
        if (closed != null && !closed.isAfter(day)) {
            closed = day.plusDays(1);
        }
        row("follow_up_action", "insert into follow_up_action (id, trainee_id, session_id, description, owner_id,"
                + " due_date, status, closed_date, created_at) values (?, ?, ?, 'Follow up', ?, ?, ?, ?, ?)",
                team.trainees()[trainee], session, owner, due, status, closed, created);
    }

    /** Values bound as they are: Spring's type lookup for every null costs more than the insert. */
    private void batch(String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                Object[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == null) {
                        statement.setNull(c + 1, Types.NULL);
                    } else {
                        statement.setObject(c + 1, row[c]);
                    }
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    private int between(int from, int to) {
        return from + dice.nextInt(to - from + 1);
    }

    private long[] ids(String kind) {
        return jdbc.queryForList("select id from reference_item where kind = ? order by sort_order", Long.class, kind)
                .stream().mapToLong(Long::longValue).toArray();
    }

    private long nextId(String table) {
        return nextId.merge(table, 1L, Long::sum) - 1;
    }

    /** Queues a row of a table with an id, which it returns. */
    private long row(String table, String sql, Object... values) {
        long id = nextId(table);
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        later(sql, row);
        return id;
    }

    private void later(String sql, Object... values) {
        pending.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
    }

    /** Parents first: the statements were first queued in an order where each table's parents come before it. */
    private void flush() {
        // One transaction per flush: committing every row of a batch on its own is what makes inserts slow.
        transactions.executeWithoutResult(status -> pending.forEach((sql, rows) -> {
            for (int i = 0; i < rows.size(); i += BATCH) {
                batch(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
            }
        }));
        pending.clear();
    }
}
