package org.mentorlog.summary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorlog.summary.SummaryQueries.PersonRows;
import org.mentorlog.trainee.Sex;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-trainee families where the filter cuts the read model's runs and most trainees moved within the selection
 * ({@link SummaryScope#foldsRows()}): the model's rows of each attendance and rating of the selection, read once and
 * folded per trainee for the cells and the total together. The changes the rows carry are judged within runs the
 * filter cuts (a trainee's previous rating in the selection may lie before one at a site left out), so the fold
 * takes the level of each rating (V56) instead.
 *
 * <p>The fold is the one place the summary aggregates outside the database: grouping rows per trainee costs H2 several
 * times reading them (two sites of a team, ten years by month, at 100,000 sessions: 68 ms to group 52,000 ratings
 * read from an index in 15 ms), and the base tables' grouping read the total in a pass of its own (issue 10).
 * It holds one entry per trainee and cell (and competency), as the database's grouping did.
 */
final class SummaryFolds {

    /** A trainee in a cell ({@code whole}: the total), for one competency or, for attendance, none (0). */
    private record Place(boolean whole, String cell, long trainee, long topic) {
    }

    /** A row of the result: a cell ({@code whole}: the total), and for competency progress its competency and sex. */
    private record Cell(boolean whole, String cell, String topic, Sex sex) {
    }

    private static final class Attended {
        final Sex sex;
        long sessions;
        long minutes;
        long authority;
        boolean followedUp;

        Attended(Sex sex) {
            this.sex = sex;
        }
    }

    /** A trainee's ratings of one competency in a cell: how many, and the first and latest, ordered by when. */
    private static final class Rated {
        final Sex sex;
        long ratings;
        long firstOrder = Long.MAX_VALUE;
        long lastOrder = Long.MIN_VALUE;
        int firstLevel;
        int lastLevel;

        Rated(Sex sex) {
            this.sex = sex;
        }

        void add(long order, int level) {
            ratings++;
            if (order < firstOrder) {
                firstOrder = order;
                firstLevel = level;
            }
            if (order > lastOrder) {
                lastOrder = order;
                lastLevel = level;
            }
        }
    }

    private final JdbcClient jdbc;

    SummaryFolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Attendance by sex, unique trainees and those followed up, as {@link SummaryQueries#attendance}. */
    PersonRows<SummaryRows.Attendance> attendance(SummaryScope scope) {
        Map<Place, Attended> trainees = new HashMap<>();
        read(scope, "summary_attendance", "r.trainee_id, r.sex, r.minutes, r.authority, r.followed_up", rs -> {
            Sex sex = Sex.valueOf(rs.getString("sex"));
            long trainee = rs.getLong("trainee_id");
            for (Place place : places(scope, rs.getString("k"), trainee, 0)) {
                Attended attended = trainees.computeIfAbsent(place, p -> new Attended(sex));
                attended.sessions++;
                attended.minutes += rs.getLong("minutes");
                attended.authority += rs.getLong("authority");
                attended.followedUp |= rs.getInt("followed_up") == 1;
            }
        });
        Map<Cell, SummaryRows.Attendance> cells = new LinkedHashMap<>();
        trainees.forEach((place, attended) -> cells.merge(new Cell(place.whole(), place.cell(), null, null),
                SummaryRows.Attendance.of(place.cell(), attended.sex, attended.sessions, attended.minutes,
                        attended.authority, 1, attended.followedUp ? 1 : 0),
                SummaryRows.Attendance::plus));
        return personRows(cells);
    }

    /** Competency progress, as {@link SummaryQueries#competencyChanges}: latest minus first level, by sex. */
    PersonRows<SummaryRows.Competency> competency(SummaryScope scope) {
        Map<Place, Rated> trainees = new HashMap<>();
        read(scope, "summary_rating", "r.trainee_id, r.topic_id, r.sex, s.session_date, r.session_id, r.level", rs -> {
            Sex sex = Sex.valueOf(rs.getString("sex"));
            // Ordered as the base tables order them: by day, then by session
            long order = rs.getObject("session_date", LocalDate.class).toEpochDay() * 1_000_000_000_000L
                    + rs.getLong("session_id");
            int level = rs.getInt("level");
            for (Place place : places(scope, rs.getString("k"), rs.getLong("trainee_id"),
                    rs.getLong("topic_id"))) {
                trainees.computeIfAbsent(place, p -> new Rated(sex)).add(order, level);
            }
        });
        if (trainees.isEmpty()) {
            return new PersonRows<>(List.of(), List.of());
        }
        Map<Long, String> topics = new HashMap<>();
        jdbc.sql("select id, code from reference_item where id in (:ids)")
                .param("ids", trainees.keySet().stream().map(Place::topic).distinct().toList())
                .query(rs -> {
                    topics.put(rs.getLong("id"), rs.getString("code"));
                });
        Map<Cell, SummaryRows.Competency> cells = new LinkedHashMap<>();
        trainees.forEach((place, rated) -> {
            if (rated.ratings > 1) {
                String topic = topics.get(place.topic());
                cells.merge(new Cell(place.whole(), place.cell(), topic, rated.sex),
                        new SummaryRows.Competency(place.cell(), topic, rated.sex, 1,
                                rated.lastLevel - rated.firstLevel),
                        SummaryRows.Competency::plus);
            }
        });
        return personRows(cells);
    }

    /**
     * Hands the {@code columns} of every row of the read model's {@code table} in the selection to {@code fold}, with
     * its cell ({@code k}).
     */
    private void read(SummaryScope scope, String table, String columns, RowCallbackHandler fold) {
        jdbc.sql("select " + scope.key("s.session_date", "r.agency") + " as k, " + columns
                        + scope.rowsOfSessions(table))
                .params(scope.parameters()).query(fold);
    }

    /** Where a row counts: its cell and the total, or the total alone where that is the one cell. */
    private static List<Place> places(SummaryScope scope, String cell, long trainee, long topic) {
        Place total = new Place(true, MissionSummary.TOTAL, trainee, topic);
        return scope.isTotal() ? List.of(total) : List.of(new Place(false, cell, trainee, topic), total);
    }

    private static <R> PersonRows<R> personRows(Map<Cell, R> cells) {
        return new PersonRows<>(
                cells.entrySet().stream().filter(e -> !e.getKey().whole()).map(Map.Entry::getValue).toList(),
                cells.entrySet().stream().filter(e -> e.getKey().whole()).map(Map.Entry::getValue).toList());
    }
}
