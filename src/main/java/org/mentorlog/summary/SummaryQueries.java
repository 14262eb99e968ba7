package org.mentorlog.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorlog.observation.Polarity;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.trainee.Sex;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the summary. Every query aggregates in the database and returns one row per breakdown
 * cell (and per dimension) as a typed {@link SummaryRows} record, but where {@link SummaryFolds} folds the read
 * model's rows of a selection that cuts its runs per trainee; plain SQL that runs unchanged on H2 2.x and
 * PostgreSQL 15+. Enum constants travel as bind parameters ({@link SummaryScope#parameters()}), so a
 * renamed constant changes the query's values, never silently its text.
 */
@Component
class SummaryQueries {

    /**
     * The rows of a family counted per trainee (unique trainees, competency progress), which do not add
     * up across cells: those of the breakdown's cells and, from the same pass, those of the total.
     */
    record PersonRows<R>(List<R> cells, List<R> total) {

        /** These rows and those of other trainees: the rows of one cell ({@code key}) added up. */
        PersonRows<R> plus(PersonRows<R> others, Function<R, ?> key, BinaryOperator<R> add) {
            return sum(List.of(this, others), key, add);
        }

        /**
         * The rows of several parts added up by cell ({@code key}), in one go: part by part, each sum
         * copied the rows summed so far (ten years by month: 4,000 rows a part, a part per half year).
         */
        static <R> PersonRows<R> sum(List<PersonRows<R>> parts, Function<R, ?> key, BinaryOperator<R> add) {
            return new PersonRows<>(merged(parts.stream().flatMap(p -> p.cells.stream()), key, add),
                    merged(parts.stream().flatMap(p -> p.total.stream()), key, add));
        }

        private static <R> List<R> merged(Stream<R> rows, Function<R, ?> key, BinaryOperator<R> add) {
            Map<Object, R> merged = new LinkedHashMap<>();
            rows.forEach(row -> merged.merge(key.apply(row), row, add));
            return List.copyOf(merged.values());
        }
    }

    /** The last day of a period with no end: the entries count every rating after their earlier one. */
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    /**
     * The most movers ({@link SummaryScope#cutsRuns()}) counted from the base tables beside the read model:
     * a tenth of the trainees registered in the selected teams (the selected sites' teams), and at most
     * this many. With more the whole pass reads the base tables: counting most trainees from each costs
     * more than from the base tables alone (two sites of a team, 120 movers of 120 trainees, five years at
     * 100,000 sessions on PostgreSQL: 96 instead of 24 ms).
     */
    private static final int MOVERS_APART = 1000;

    /** Moved rows read per mover allowed before the movers are taken for too many; at first this many. */
    private static final int MOVED_ROWS_PER_MOVER = 1000;
    private static final int MOVED_ROWS_AT_FIRST = 10;

    /** The observations' counts by cell, and their barriers and opportunities by cell and MOWIP area. */
    record ObservationRows(List<SummaryRows.Observations> counts, List<SummaryRows.Mowip> mowip) {
    }

    private static final RowMapper<SummaryRows.Sessions> SESSIONS = (rs, n) -> new SummaryRows.Sessions(
            rs.getString("k"), rs.getLong("sessions"), rs.getLong("minutes"), rs.getLong("with_purpose"),
            rs.getLong("with_gender_content"), rs.getLong("unregistered_women"), rs.getLong("unregistered_men"),
            rs.getLong("unregistered_unknown"), rs.getLong("unregistered_women_minutes"),
            rs.getLong("unregistered_men_minutes"));

    private static final RowMapper<SummaryRows.Opened> OPENED = (rs, n) -> new SummaryRows.Opened(rs.getString("k"),
            rs.getLong("opened"));

    private static final RowMapper<SummaryRows.Closed> CLOSED = (rs, n) -> new SummaryRows.Closed(rs.getString("k"),
            rs.getLong("closed"), rs.getLong("on_time"), rs.getLong("cancelled"));

    private static final RowMapper<SummaryRows.Competency> COMPETENCY = (rs, n) -> new SummaryRows.Competency(
            rs.getString("k"), rs.getString("topic"), Sex.valueOf(rs.getString("sex")), rs.getLong("trainees"),
            rs.getLong("change"));

    private final JdbcClient jdbc;
    private final SummaryFolds folds;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.folds = new SummaryFolds(jdbc);
    }

    /**
     * Sessions, minutes, purpose and gender content, and the unregistered head-counts. Once it is built,
     * from the read model's row of each session, or by agency, for one agency and in the total of a summary
     * by agency, from its rows of each session and attendee agency ({@link SummaryScope#readsSessionAgencies()}),
     * whole months from those summed by site (or of a whole mission by mission, {@link
     * SummaryScope#readsAgencyMissionMonths()}), month and agency; where no agency is selected or broken down by,
     * its whole months from their sums by site and month ({@link SummaryScope#readsSessionMonths()}; ten years at
     * 100,000 sessions: 7,000 rows instead of 100,000).
     */
    List<SummaryRows.Sessions> sessions(SummaryScope scope) {
        boolean byAgency = scope.readsSessionAgencies();
        if (!byAgency && !scope.readsSessionMonths()) {
            return sessions(scope, false);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String column : List.of("sessions", "minutes", "with_purpose", "with_gender_content")) {
            sums.put(column, "sum(s." + column + ")");
        }
        for (String column : List.of("unregistered_women", "unregistered_men", "unregistered_unknown",
                "unregistered_women_minutes", "unregistered_men_minutes")) {
            sums.put(column, "sum(" + scope.unregistered(column) + ")");
        }
        String months = byAgency
                ? " from " + (scope.readsAgencyMissionMonths() ? "summary_session_agency_mission_month"
                        : "summary_session_agency_month") + " s where" + scope.sessionMonthsInScope()
                        + scope.summedSessionAgencies()
                : " from summary_session_month s where" + scope.sessionMonthsInScope();
        return wholeMonthsThenRows(scope, sumsByCell(scope, "s.month_start", byAgency ? "s.agency" : null, Map.of(),
                        sums, months),
                sessionsSql(scope, true), SESSIONS, SummaryRows.Sessions::key, SummaryRows.Sessions::plus);
    }

    /**
     * A family's rows: the period's whole months from {@code months}, monthly sums, and the days before and after
     * them (of the months it starts and ends within) from {@code rows}; each read from {@code :rowsFrom} to
     * {@code :rowsTo}, and all added up by cell.
     */
    private <R> List<R> wholeMonthsThenRows(SummaryScope scope, String months, String rows, RowMapper<R> mapper,
                                            Function<R, String> key, BinaryOperator<R> plus) {
        return sumsThenRows(scope, scope.firstWholeMonth(), scope.afterWholeMonths(), months, rows, mapper, key, plus);
    }

    /**
     * A family's rows: from {@code sums} those dated from {@code firstSum} until {@code afterSums}, and the
     * period's days before and after them from {@code rows}.
     */
    private <R> List<R> sumsThenRows(SummaryScope scope, LocalDate firstSum, LocalDate afterSums, String sums,
                                     String rows, RowMapper<R> mapper, Function<R, String> key,
                                     BinaryOperator<R> plus) {
        return merged(sumsAndTheRest(scope, scope.query().from(), scope.query().to(), firstSum, afterSums, sums, mapper,
                (from, to) -> read(scope, rows, from, to, mapper)), key, plus);
    }

    /**
     * The rows of the days from {@code from} to {@code to}: from {@code sums} those dated from {@code firstSum} until
     * {@code afterSums}, and {@code rest}'s of the days before and after them.
     */
    private <R> List<R> sumsAndTheRest(SummaryScope scope, LocalDate from, LocalDate to, LocalDate firstSum,
                                       LocalDate afterSums, String sums, RowMapper<R> mapper,
                                       BiFunction<LocalDate, LocalDate, List<R>> rest) {
        LocalDate lastRows = afterSums.isAfter(firstSum) ? afterSums : firstSum;
        List<R> found = new ArrayList<>();
        if (from.isBefore(firstSum)) {
            found.addAll(rest.apply(from, firstSum.isAfter(to) ? to : firstSum.minusDays(1)));
        }
        if (firstSum.isBefore(afterSums)) {
            found.addAll(read(scope, sums, firstSum, afterSums.minusDays(1), mapper));
        }
        if (!lastRows.isAfter(to)) {
            found.addAll(rest.apply(lastRows, to));
        }
        return found;
    }

    /** The rows {@code sql} reads from {@code :rowsFrom} to {@code :rowsTo}. */
    private <R> List<R> read(SummaryScope scope, String sql, LocalDate from, LocalDate to, RowMapper<R> mapper) {
        return jdbc.sql(sql).params(scope.parameters(from, to)).query(mapper).list();
    }

    /** Rows added up by their key. */
    private static <R> List<R> merged(List<R> rows, Function<R, String> key, BinaryOperator<R> plus) {
        Map<String, R> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.merge(key.apply(row), row, plus));
        return List.copyOf(byKey.values());
    }

    /**
     * A family's rows as {@link #wholeMonthsThenRows}, its whole years from {@code years}, yearly sums, and the days
     * before and after them from {@code rows}.
     */
    private <R> List<R> wholeYearsThenRows(SummaryScope scope, String years, String rows, RowMapper<R> mapper,
                                           Function<R, String> key, BinaryOperator<R> plus) {
        return sumsThenRows(scope, scope.firstWholeYear(), scope.afterWholeYears(), years, rows, mapper, key, plus);
    }

    /**
     * A family's rows as {@link #wholeYearsThenRows}, but the days around the whole years as
     * {@link #wholeMonthsThenRows}: their whole months from {@code months}, the other days from {@code rows}.
     */
    private <R> List<R> wholeYearsThenMonthsThenRows(SummaryScope scope, String years, String months, String rows,
                                                     RowMapper<R> mapper, Function<R, String> key,
                                                     BinaryOperator<R> plus) {
        BiFunction<LocalDate, LocalDate, List<R>> days = (from, to) -> read(scope, rows, from, to, mapper);
        BiFunction<LocalDate, LocalDate, List<R>> monthsThenDays = (from, to) -> sumsAndTheRest(scope, from, to,
                SummaryScope.firstWholeMonth(from), SummaryScope.afterWholeMonths(to), months, mapper, days);
        return merged(sumsAndTheRest(scope, scope.query().from(), scope.query().to(), scope.firstWholeYear(),
                scope.afterWholeYears(), years, mapper, monthsThenDays), key, plus);
    }

    /** The sessions family over each session's row; {@code unfinished}: only those from {@code :rowsFrom} on. */
    private List<SummaryRows.Sessions> sessions(SummaryScope scope, boolean unfinished) {
        return rows(scope, sessionsSql(scope, unfinished), SESSIONS);
    }

    private static String sessionsSql(SummaryScope scope, boolean unfinished) {
        boolean model = scope.readsModel();
        boolean byAgency = scope.readsSessionAgencies();
        String minutes = model ? "s.minutes" : "s.duration_minutes";
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("sessions", "count(*)");
        sums.put("minutes", "sum(" + minutes + ")");
        sums.put("with_purpose", "sum(" + (model ? "s.with_purpose" : SummaryScope.STATES_PURPOSE) + ")");
        sums.put("with_gender_content", "sum(" + (model ? "s.with_gender_content" : SummaryScope.STATES_GENDER_CONTENT)
                + ")");
        for (String column : List.of("unregistered_women", "unregistered_men", "unregistered_unknown")) {
            sums.put(column, "sum(" + scope.unregistered(column) + ")");
        }
        sums.put("unregistered_women_minutes", "sum(" + scope.unregistered("unregistered_women") + " * " + minutes + ")");
        sums.put("unregistered_men_minutes", "sum(" + scope.unregistered("unregistered_men") + " * " + minutes + ")");
        String from = byAgency
                ? " from summary_session_agency s where"
                        + (unfinished ? scope.sessionFactsInScope(":rowsFrom", ":rowsTo") : scope.sessionFactsInScope())
                        + scope.summedSessionAgencies()
                : model ? " from summary_session s where"
                        + (unfinished ? scope.sessionFactsInScope(":rowsFrom", ":rowsTo") : scope.sessionFactsInScope())
                        + scope.sessionAgencyFilter("s.session_id")
                : " from training_session s join team tm on tm.id = s.team_id" + scope.sessionAgencyJoin("s.id")
                        + " where " + scope.sessionsInPeriod() + scope.sessionAgencyFilter("s.id");
        // A period's cell from the session's month where its row has one (summary_session): fewer groups.
        String date = byAgency || !model ? "s.session_date" : "s.month_start";
        return sumsByCell(scope, date, byAgency ? "s.agency" : "ag.agency", Map.of(), sums, from);
    }

    /**
     * {@code select k, columns…, sums… from…}, one row per cell and value of {@code columns} (by name,
     * their expression). By period the rows are grouped by {@code date} first, their day or, where they
     * carry it, their month, and those by cell: H2 formats a period's key from a date at about a
     * microsecond, so once per day (or month) instead of once per row (issue 10: 91–131 → 52 ms for five
     * years of sessions by month). {@code sums} (by name, a count or a sum per
     * row) therefore have to add up.
     */
    private static String sumsByCell(SummaryScope scope, String date, String agency, Map<String, String> columns,
                                     Map<String, String> sums, String from) {
        String named = Stream.concat(columns.entrySet().stream(), sums.entrySet().stream())
                .map(e -> e.getValue() + " as " + e.getKey()).collect(Collectors.joining(", "));
        if (!scope.byTime()) {
            List<String> groups = new ArrayList<>(columns.values());
            if (!scope.isTotal()) {
                groups.addFirst(scope.cellGroup(date, agency));
            }
            return "select " + scope.cellOfGroup(date, agency) + " as k, " + named + from
                    + (groups.isEmpty() ? "" : " group by " + String.join(", ", groups));
        }
        String cell = scope.key("d.on_day", null);
        String again = Stream.concat(columns.keySet().stream().map(name -> "d." + name),
                sums.keySet().stream().map(name -> "sum(d." + name + ") as " + name)).collect(Collectors.joining(", "));
        return "select " + cell + " as k, " + again + " from (select " + date + " as on_day, " + named + from
                + " group by " + Stream.concat(Stream.of(date), columns.values().stream()).collect(Collectors.joining(", "))
                + ") d group by " + Stream.concat(Stream.of(cell), columns.keySet().stream().map(name -> "d." + name))
                .collect(Collectors.joining(", "));
    }

    /**
     * Registered attendance by sex (person-sessions, minutes, authority roles, unique trainees) and, in
     * the same pass, the attending trainees with a (not cancelled) follow-up within 90 days of a session.
     * Like every follow-up, it counts only when its own session counts: one planned in a draft, in a
     * returned log, or left without a session by a deleted draft does not. With a breakdown the same
     * pass also yields the total (see {@link SummaryScope#cellAndTotal()}).
     *
     * <p>Each trainee's attendance in a cell is first grouped by stretches of 91 days. Within one
     * stretch, "a follow-up created on or after one of her sessions and less than 91 days after it"
     * is the same as "a follow-up created on or after her first session there and less than 91 days
     * after her last": such a follow-up is either within 91 days of the last session, or some session
     * of the stretch comes after it, and then the session just before it is less than 91 days earlier,
     * because the whole stretch spans at most 90 days. So the follow-ups are probed once per stretch
     * instead of once per attendance, and unique trainees are counted on rows already one per trainee. The read
     * model's rows say for each attendance whether a follow-up came: where they are folded per trainee
     * ({@link SummaryScope#foldsRows()}), that is read.
     */
    PersonRows<SummaryRows.Attendance> attendance(SummaryScope scope) {
        if (scope.foldsRows()) {
            return folds.attendance(scope);
        }
        if (!scope.readsFacts()) {
            return attendanceByTrainee(scope);
        }
        PersonRows<SummaryRows.Attendance> settled = attendanceFacts(scope);
        return scope.movers().map(movers -> settled.plus(attendanceByTrainee(movers), SummaryRows.Attendance::key,
                SummaryRows.Attendance::plus)).orElse(settled);
    }

    /**
     * The scope with its movers looked up where its filter cuts the read model's runs
     * ({@link SummaryScope#cutsRuns()}): the trainees with a row in it, in the period, after an earlier row
     * of hers outside the team (site) of that row. Unchanged if there is nothing to look up, or if there
     * are too many movers ({@link #MOVERS_APART}) or too many rows of theirs in the period.
     */
    SummaryScope withMoversApart(SummaryScope scope) {
        if (!scope.readsModel() || scope.readsFacts()) {
            return scope;
        }
        long registered = jdbc.sql("select count(*) from trainee where team_id in ("
                        + (scope.query().siteIds().isEmpty() ? ":teams" : "select team_id from site where id in (:sites)")
                        + ")")
                .params(scope.parameters()).query(Long.class).single();
        long most = Math.min(MOVERS_APART, registered / 10);
        // Their rows are read up to a cap (a trainee has a few hundred in five years), not all made distinct,
        // and first up to a small one: where nearly every trainee moved, a few of their rows tell that the
        // base tables must count them (on H2, two sites of a team: 70 ms for the large cap).
        for (long rows : List.of(MOVED_ROWS_AT_FIRST * (most + 1), MOVED_ROWS_PER_MOVER * (most + 1))) {
            Set<Long> movers = new HashSet<>();
            boolean allRead = true;
            for (String table : List.of("summary_attendance", "summary_rating")) {
                List<Long> moved = jdbc.sql("select trainee_id from " + table + " s where s.moved in (:moved)"
                                + " and s.session_date between :from and :to and" + scope.factsOfScope()
                                + " fetch first " + rows + " rows only")
                        .params(scope.parameters()).query(Long.class).list();
                movers.addAll(moved);
                if (movers.size() > most) {
                    return scope;
                }
                allRead &= moved.size() < rows;
            }
            if (allRead) {
                return scope.apartFrom(movers);
            }
        }
        return scope;
    }

    /**
     * The read model's attendance rows of a pass: one per attendance, or one per trainee, team and month
     * ({@link SummaryFacts}), dated by {@code date}, each standing for {@code sessions} attendances.
     */
    private record AttendanceRows(String table, String date, String sessions) {
        static final AttendanceRows EACH = new AttendanceRows("summary_attendance", "s.session_date", "count(*)");

        /** A trainee's rows summed by month, of her runs by team or (where the scope reads those) by site. */
        static AttendanceRows byMonth(SummaryScope scope) {
            return new AttendanceRows(runs(scope).months, "s.month_start", "sum(s.sessions)");
        }

        /** As {@link #byMonth}, by year. */
        static AttendanceRows byYear(SummaryScope scope) {
            return new AttendanceRows(runs(scope).years, "s.year_start", "sum(s.sessions)");
        }

        private static SummaryFacts.AttendanceRuns runs(SummaryScope scope) {
            return scope.readsSiteMonths() ? SummaryFacts.AttendanceRuns.SITE : SummaryFacts.AttendanceRuns.TEAM;
        }
    }

    /** Whole months, or whole years, of a period, from {@code from} to {@code to}. */
    private record WholeSpan(boolean years, LocalDate from, LocalDate to) {

        /**
         * The period's whole months before {@code afterMonths}: with {@code years}, where it holds a whole year,
         * the months before its first whole year, its whole years and the months after them; else its months.
         * Empty spans are left out.
         */
        static List<WholeSpan> of(SummaryScope scope, LocalDate afterMonths, boolean years) {
            LocalDate from = scope.query().from();
            LocalDate firstYear = scope.firstWholeYear();
            LocalDate afterYears = scope.afterWholeYears();
            List<WholeSpan> spans = years && firstYear.isBefore(afterYears)
                    ? List.of(new WholeSpan(false, from, firstYear.minusDays(1)),
                            new WholeSpan(true, firstYear, afterYears.minusDays(1)),
                            new WholeSpan(false, afterYears, afterMonths.minusDays(1)))
                    : List.of(new WholeSpan(false, from, afterMonths.minusDays(1)));
            return spans.stream().filter(span -> !span.from().isAfter(span.to())).toList();
        }
    }

    /**
     * The attendance pass over the read model. Where the period starts within a month, its days before the next
     * month from the rows, the rest as below, and a correction ({@link #attendanceOnBothSides}). Where it starts on
     * the first of a month ({@link SummaryScope#readsMonths()}), a whole mission's total reads its whole months
     * from the attendance by mission and month ({@link SummaryScope#readsAttendanceMissionMonths()}); otherwise
     * its whole months are read from the monthly rows, its whole years from the yearly ones where they tell the
     * cells apart ({@link SummaryScope#readsYears()}), by month the
     * cells of whole months from the monthly sums over trainees ({@link SummaryScope#readsMonthSums()}) and the
     * total as without a breakdown, and only an
     * unfinished last month from the rows of each attendance: the figures are sums over rows, judged
     * against the same period and cells, so the passes add up (issue 10: five years at 100,000 sessions
     * read 134,000 monthly rows instead of 381,000; ten years by team 26,000 yearly and 24,000 monthly rows
     * instead of 269,000 monthly ones).
     */
    private PersonRows<SummaryRows.Attendance> attendanceFacts(SummaryScope scope) {
        LocalDate from = scope.query().from();
        LocalDate to = scope.query().to();
        Optional<LocalDate> nextMonth = scope.nextMonth();
        if (nextMonth.isPresent()) {
            LocalDate beforeNextMonth = nextMonth.get().minusDays(1);
            return PersonRows.sum(List.of(attendanceFacts(scope, AttendanceRows.EACH, from, beforeNextMonth),
                            attendanceFacts(scope.fromNextMonth()), attendanceOnBothSides(scope, nextMonth.get())),
                    SummaryRows.Attendance::key, SummaryRows.Attendance::plus);
        }
        if (!scope.readsMonths() && !scope.readsSiteMonths()) {
            return attendanceFacts(scope, AttendanceRows.EACH, from, to);
        }
        LocalDate afterMonths = scope.afterWholeMonths();
        if (scope.readsRunSums()) {
            return attendanceRunSums(scope, AttendanceRows.runs(scope), afterMonths);
        }
        if (scope.readsAttendanceMissionMonths()) {
            List<PersonRows<SummaryRows.Attendance>> parts = new ArrayList<>();
            if (from.isBefore(afterMonths)) {
                parts.add(attendanceMissionMonths(scope, from, afterMonths.minusDays(1)));
            }
            if (!afterMonths.isAfter(to)) {
                parts.add(attendanceFacts(scope, AttendanceRows.EACH, afterMonths, to));
            }
            return PersonRows.sum(parts, SummaryRows.Attendance::key, SummaryRows.Attendance::plus);
        }
        if (scope.readsMonthSums() || scope.readsAttendanceMissionQuarters()) {
            // The cells of whole months from their sums over trainees (by quarter, from the mission's), of an
            // unfinished month from its rows; the total as without a breakdown.
            List<PersonRows<SummaryRows.Attendance>> parts = new ArrayList<>();
            if (from.isBefore(afterMonths)) {
                parts.add(scope.readsMonthSums() ? attendanceMonthSums(scope, from, afterMonths.minusDays(1))
                        : attendanceMissionMonths(scope, from, afterMonths.minusDays(1)));
            }
            if (!afterMonths.isAfter(to)) {
                parts.add(new PersonRows<>(attendanceFacts(scope, AttendanceRows.EACH, afterMonths, to).cells(),
                        List.of()));
            }
            parts.add(attendanceFacts(scope.total()));
            return PersonRows.sum(parts, SummaryRows.Attendance::key, SummaryRows.Attendance::plus);
        }
        List<PersonRows<SummaryRows.Attendance>> parts = new ArrayList<>();
        for (WholeSpan span : WholeSpan.of(scope, afterMonths, scope.readsYears())) {
            AttendanceRows rows = span.years() ? AttendanceRows.byYear(scope) : AttendanceRows.byMonth(scope);
            parts.add(attendanceFacts(scope, rows, span.from(), span.to()));
        }
        if (!afterMonths.isAfter(to)) {
            parts.add(attendanceFacts(scope, AttendanceRows.EACH, afterMonths, to));
        }
        return PersonRows.sum(parts, SummaryRows.Attendance::key, SummaryRows.Attendance::plus);
    }

    /**
     * The attendance pass of {@link SummaryScope#readsRunSums()}: whole months and years from the attendance sums of
     * the {@code runs} (by team or site), an unfinished last month from the rows of each attendance, and, where its
     * total is not judged within the same runs, the total apart. A row of the sums is a trainee's first in the run
     * in the period unless her previous row there lies in it too: the rows less the "later" of the period's months,
     * plus the rows after those months whose previous row lies in them ({@link #laterRows}).
     */
    private PersonRows<SummaryRows.Attendance> attendanceRunSums(SummaryScope scope, SummaryFacts.AttendanceRuns runs,
                                                                 LocalDate afterMonths) {
        LocalDate to = scope.query().to();
        List<PersonRows<SummaryRows.Attendance>> parts = new ArrayList<>();
        for (WholeSpan span : WholeSpan.of(scope, afterMonths, true)) {
            parts.add(attendanceSums(scope, runs, span));
        }
        parts.add(laterRows(scope, runs, afterMonths));
        if (!afterMonths.isAfter(to)) {
            parts.add(attendanceFacts(scope, AttendanceRows.EACH, afterMonths, to));
        }
        PersonRows<SummaryRows.Attendance> summed = PersonRows.sum(parts, SummaryRows.Attendance::key,
                SummaryRows.Attendance::plus);
        if (scope.within(true) == scope.within(false)) {
            return summed;
        }
        return PersonRows.sum(List.of(new PersonRows<>(summed.cells(), List.of()), attendanceFacts(scope.total())),
                SummaryRows.Attendance::key, SummaryRows.Attendance::plus);
    }

    /** The attendance sums of the {@code runs} of a span's months or years, by cell and sex. */
    private PersonRows<SummaryRows.Attendance> attendanceSums(SummaryScope scope, SummaryFacts.AttendanceRuns runs,
                                                              WholeSpan span) {
        String table = span.years() ? runs.yearSums() : runs.monthSums();
        String date = span.years() ? "s.year_start" : "s.month_start";
        String firsts = " sum(s.entries) - sum(s.later) as %1$suniques,"
                + " sum(s.followed) - sum(s.followed_later) as %1$sfollowed_up";
        return attendanceRows(!scope.isTotal(), "select " + scope.factsKey() + " as k, s.sex as sex,"
                + " sum(s.sessions) as sessions, sum(s.minutes) as minutes, sum(s.authority) as authority,"
                + firsts.formatted("") + "," + firsts.formatted("total_") + " from " + table + " s where"
                + scope.factsInScope(date) + " group by " + (scope.isTotal() ? "" : scope.factsGroup() + ", ")
                + "s.sex", scope.parameters(span.from(), span.to()));
    }

    /**
     * The monthly rows of the {@code runs} from {@code afterMonths} on (after the sums read) whose previous row in
     * the run (the previous followed-up one, if followed up) lies from the period's first day until then: the sums
     * counted the earlier row as followed on "later", which does not hold within the period.
     */
    private PersonRows<SummaryRows.Attendance> laterRows(SummaryScope scope, SummaryFacts.AttendanceRuns runs,
                                                         LocalDate afterMonths) {
        Map<String, Object> parameters = scope.parameters(afterMonths, NEVER);
        parameters.put("lastSum", afterMonths.minusDays(1));
        SummaryScope.Within within = scope.within(false);
        String firsts = " count(*) filter (where " + within.column("prev") + " between :from and :lastSum)"
                + " as %1$suniques, count(*) filter (where s.followed_up = 1 and " + within.column("prev_followed")
                + " between :from and :lastSum) as %1$sfollowed_up";
        return attendanceRows(!scope.isTotal(), "select " + scope.factsKey() + " as k, s.sex as sex,"
                + " 0 as sessions, 0 as minutes, 0 as authority," + firsts.formatted("") + ","
                + firsts.formatted("total_") + " from " + runs.months + " s where"
                + scope.factsInScope("s.month_start") + " and " + within.column("prev") + " >= :from"
                + " group by " + (scope.isTotal() ? "" : scope.factsGroup() + ", ") + "s.sex", parameters);
    }

    /**
     * A whole mission's whole months from the read model's attendance by mission and month: the total, or by
     * quarter the cells (ten years at 1,000,000 sessions: 9,000 rows instead of about 5 million monthly rows of
     * trainees). A group's rows are a trainee's first in the period or cell (followed-up first) where their
     * earlier month lies before it, as {@link SummaryScope#firstInCell} judges a row's previous one.
     */
    private PersonRows<SummaryRows.Attendance> attendanceMissionMonths(SummaryScope scope, LocalDate from,
                                                                       LocalDate to) {
        String first = scope.firstInCell("s.earlier_month", scope.isTotal());
        Map<String, SummaryRows.Attendance> rows = new LinkedHashMap<>();
        jdbc.sql("select " + scope.factsKey() + " as k, s.sex as sex, sum(s.sessions) as sessions,"
                        + " sum(s.minutes) as minutes, sum(s.authority) as authority,"
                        + " sum(case when " + first + " then s.firsts else 0 end) as uniques,"
                        + " sum(case when " + first + " then s.followed else 0 end) as followed_up"
                        + " from (select m.*, cast(date_trunc('quarter', m.month_start) as date) as quarter_start"
                        + " from summary_attendance_mission_month m where m.mission_id = :mission"
                        + " and m.month_start between :rowsFrom and :rowsTo) s"
                        + " group by " + (scope.isTotal() ? "" : scope.factsGroup() + ", ") + "s.sex")
                .params(scope.parameters(from, to))
                .query((rs, n) -> {
                    String key = rs.getString("k");
                    return rows.merge(key, SummaryRows.Attendance.of(key, Sex.valueOf(rs.getString("sex")),
                            rs.getLong("sessions"), rs.getLong("minutes"), rs.getLong("authority"),
                            rs.getLong("uniques"), rs.getLong("followed_up")), SummaryRows.Attendance::plus);
                }).list();
        List<SummaryRows.Attendance> merged = List.copyOf(rows.values());
        return scope.isTotal() ? new PersonRows<>(List.of(), merged) : new PersonRows<>(merged, List.of());
    }

    /**
     * The cells of whole months from the read model's attendance sums over trainees by team and month: a
     * month's cell counts a trainee's monthly row as her first there where the sums say so, whatever the
     * period around it.
     */
    private PersonRows<SummaryRows.Attendance> attendanceMonthSums(SummaryScope scope, LocalDate from, LocalDate to) {
        SummaryScope.Within within = scope.within(false);
        Map<String, SummaryRows.Attendance> cells = new LinkedHashMap<>();
        jdbc.sql("select " + scope.factsKey() + " as k, s.sex as sex, sum(s.sessions) as sessions,"
                        + " sum(s.minutes) as minutes, sum(s.authority) as authority,"
                        + " sum(" + within.column("first") + ") as uniques,"
                        + " sum(" + within.column("followed") + ") as followed_up"
                        + " from " + (scope.readsMissionMonthSums() ? "summary_attendance_mission_month_sums"
                                : "summary_attendance_month_sums") + " s where" + scope.factsInScope("s.month_start")
                        + " group by " + scope.factsGroup() + ", s.sex")
                .params(scope.parameters(from, to))
                .query((rs, n) -> {
                    String key = rs.getString("k");
                    return cells.merge(key, SummaryRows.Attendance.of(key, Sex.valueOf(rs.getString("sex")),
                            rs.getLong("sessions"), rs.getLong("minutes"), rs.getLong("authority"),
                            rs.getLong("uniques"), rs.getLong("followed_up")), SummaryRows.Attendance::plus);
                }).list();
        return new PersonRows<>(List.copyOf(cells.values()), List.of());
    }

    /**
     * Where the period starts within a month ({@link SummaryScope#nextMonth()}), the trainees that both its rows
     * before the next month and the passes from it count, to take away once: a trainee with a row in a cell before
     * the next month (a followed-up one) and one of the same run in that cell from it on (a followed-up one). Her
     * last such row before the next month names that one ({@code next_}, {@code next_followed_}), so only the rows
     * of the days before the next month are read. By month, the first cell ends before the next month, so only
     * the total has any.
     */
    private PersonRows<SummaryRows.Attendance> attendanceOnBothSides(SummaryScope scope, LocalDate nextMonth) {
        boolean cells = correctsCells(scope, nextMonth);
        return attendanceRows(cells, "select " + (cells ? scope : scope.total()).factsKey() + " as k, s.sex as sex,"
                + " 0 as sessions, 0 as minutes, 0 as authority,"
                + (cells ? onBothSides(scope.within(false), ":cellTo", "") + "," : "")
                + onBothSides(scope.within(true), ":to", "total_")
                + " from summary_attendance s where" + scope.factsInScope("s.session_date")
                + " group by " + (cells ? scope.factsGroup() + ", " : "") + "s.sex",
                onBothSidesParameters(scope, nextMonth));
    }

    /** Whether the corrections of a period from within a month have cells: by month only the total has any. */
    private static boolean correctsCells(SummaryScope scope, LocalDate nextMonth) {
        return !scope.isTotal() && !scope.firstCellEnd().isBefore(nextMonth);
    }

    /**
     * The parameters of the corrections of a period from within a month ({@link #attendanceOnBothSides},
     * {@link #competencyOnBothSides}): its rows before the next month, the next month and the first cell's end.
     */
    private static Map<String, Object> onBothSidesParameters(SummaryScope scope, LocalDate nextMonth) {
        Map<String, Object> parameters = scope.parameters(scope.query().from(), nextMonth.minusDays(1));
        parameters.put("nextMonth", nextMonth);
        parameters.put("cellTo", scope.firstCellEnd());
        return parameters;
    }

    /** The trainees of {@link #attendanceOnBothSides} in the runs {@code within} until {@code to}, negated. */
    private static String onBothSides(SummaryScope.Within within, String to, String prefix) {
        return " -count(*) filter (where " + within.column("next") + " between :nextMonth and " + to + ") as "
                + prefix + "uniques, -count(*) filter (where " + within.column("next_followed")
                + " between :nextMonth and " + to + ") as " + prefix + "followed_up";
    }

    /**
     * The attendance pass over the read model's {@code rows} dated {@code from} to {@code to}: every figure is a
     * sum over them. A trainee is unique in a cell at her first row there (her previous row in the run lies
     * before the cell), and followed up at her first row there with a follow-up. The same rows, judged
     * against the period instead of the cell, add up to the total. One group per cell and sex: summing each
     * figure once per sex would test the sex in every sum of every row (issue 10: the pass took 1.5 times as
     * long).
     */
    private PersonRows<SummaryRows.Attendance> attendanceFacts(SummaryScope scope, AttendanceRows rows, LocalDate from,
                                                               LocalDate to) {
        // Without a breakdown the cell is the total: its sums are not asked for twice (H2 would compute both).
        String cellSums = scope.isTotal() ? "" : firstRowSums(scope, scope.within(false), false, "") + ",";
        return attendanceRows(!scope.isTotal(), "select " + scope.factsKey() + " as k, s.sex as sex, "
                + rows.sessions() + " as sessions, sum(s.minutes) as minutes, sum(s.authority) as authority," + cellSums
                + firstRowSums(scope, scope.within(true), true, "total_")
                + " from " + rows.table() + " s where" + scope.factsInScope(rows.date())
                + " group by " + (scope.isTotal() ? "" : scope.factsGroup() + ", ") + "s.sex",
                scope.parameters(from, to));
    }

    /**
     * The attendance rows of a pass grouped by cell ({@code cells}: if any) and sex, with the total's unique and
     * followed-up trainees beside the cell's.
     */
    private PersonRows<SummaryRows.Attendance> attendanceRows(boolean withCells, String sql,
                                                              Map<String, Object> parameters) {
        Map<String, SummaryRows.Attendance> cells = new LinkedHashMap<>();
        List<SummaryRows.Attendance> total = new ArrayList<>();
        jdbc.sql(sql)
                .params(parameters)
                .query((rs, n) -> {
                    Sex sex = Sex.valueOf(rs.getString("sex"));
                    if (withCells) {
                        String key = rs.getString("k");
                        cells.merge(key, SummaryRows.Attendance.of(key, sex, rs.getLong("sessions"),
                                rs.getLong("minutes"), rs.getLong("authority"), rs.getLong("uniques"),
                                rs.getLong("followed_up")), SummaryRows.Attendance::plus);
                    }
                    return total.add(SummaryRows.Attendance.of(MissionSummary.TOTAL, sex, rs.getLong("sessions"),
                            rs.getLong("minutes"), rs.getLong("authority"), rs.getLong("total_uniques"),
                            rs.getLong("total_followed_up")));
                }).list();
        return new PersonRows<>(List.copyOf(cells.values()),
                total.stream().reduce(SummaryRows.Attendance::plus).map(List::of).orElse(List.of()));
    }

    /**
     * The rows that are a trainee's first in the cell ({@code total}: the period), and those of them followed up.
     * Counted with {@code filter}, here and in {@link #changeSums}: PostgreSQL took a fifth to a quarter longer
     * to add up {@code case} expressions (issue 10, five years by month).
     */
    private static String firstRowSums(SummaryScope scope, SummaryScope.Within within, boolean total, String prefix) {
        return " count(*) filter (where " + scope.firstInCell(within.column("prev"), total) + ") as " + prefix + "uniques,"
                + " count(*) filter (where s.followed_up = 1 and "
                + scope.firstInCell(within.column("prev_followed"), total) + ") as " + prefix + "followed_up";
    }

    /** The attendance pass over the base tables, grouped per trainee: for filters that cut the read model's runs. */
    private PersonRows<SummaryRows.Attendance> attendanceByTrainee(SummaryScope scope) {
        String date = "s.session_date";
        String stretches = "select " + scope.key(date, "t.agency") + " as k, a.trainee_id,"
                + " count(*) as sessions, sum(s.duration_minutes) as minutes,"
                + " sum(case when a.position_of_authority then 1 else 0 end) as authority,"
                + " min(s.session_date) as first_date, max(s.session_date) as last_date"
                + attendanceFrom(scope)
                + " group by " + scope.partition(date, "t.agency") + "a.trainee_id,"
                + " cast(s.session_date - date '1900-01-01' as bigint) / 91";
        // A semi-join: a trainee's many sessions times her many follow-ups would multiply rows.
        String followedUp = "case when exists (select 1 from follow_up_action f"
                + " join training_session fs on fs.id = f.session_id"
                + " where f.trainee_id = st.trainee_id and " + SummaryScope.countedSession("fs")
                + " and f.status <> :cancelled and f.created_at >= st.first_date"
                + " and f.created_at < st.last_date + interval '91' day) then 1 else 0 end";
        String trainees = "select st.k, st.trainee_id, tx.sex, sum(st.sessions) as sessions, sum(st.minutes) as minutes,"
                + " sum(st.authority) as authority, max(" + followedUp + ") as followed_up"
                + " from (" + stretches + ") st join trainee tx on tx.id = st.trainee_id"
                + " group by st.k, st.trainee_id, tx.sex";
        String inCells = "select " + scope.cellOrTotal("p.k") + " as k, ct.whole, p.trainee_id, p.sex,"
                + " sum(p.sessions) as sessions, sum(p.minutes) as minutes, sum(p.authority) as authority,"
                + " max(p.followed_up) as followed_up"
                + " from (" + trainees + ") p cross join " + scope.cellAndTotal()
                + " group by ct.whole, " + scope.cellOrTotal("p.k") + ", p.trainee_id, p.sex";
        return personRows(scope, "select c.k, c.whole,"
                + " sum(case when c.sex = :woman then c.sessions else 0 end) as women,"
                + " sum(case when c.sex = :man then c.sessions else 0 end) as men,"
                + " sum(case when c.sex = :notRecorded then c.sessions else 0 end) as not_recorded,"
                + " sum(case when c.sex = :woman then c.minutes else 0 end) as women_minutes,"
                + " sum(case when c.sex = :man then c.minutes else 0 end) as men_minutes,"
                + " sum(case when c.sex = :woman then c.authority else 0 end) as women_authority,"
                + " sum(case when c.sex = :man then c.authority else 0 end) as men_authority,"
                + " sum(case when c.sex = :woman then 1 else 0 end) as unique_women,"
                + " sum(case when c.sex = :man then 1 else 0 end) as unique_men,"
                + " sum(case when c.sex = :notRecorded then 1 else 0 end) as unique_not_recorded,"
                + " sum(c.followed_up) as followed_up"
                + " from (" + inCells + ") c group by c.whole, c.k",
                (rs, n) -> new SummaryRows.Attendance(rs.getString("k"), rs.getLong("women"), rs.getLong("men"),
                        rs.getLong("not_recorded"), rs.getLong("women_minutes"), rs.getLong("men_minutes"),
                        rs.getLong("women_authority"), rs.getLong("men_authority"), rs.getLong("unique_women"),
                        rs.getLong("unique_men"), rs.getLong("unique_not_recorded"), rs.getLong("followed_up")));
    }

    /**
     * Observations and the transformative ones, and the barriers and opportunities per MOWIP area, from one
     * pass over the observations: grouped by area and polarity, whose groups add up to the observations.
     * Where no agency or site is selected or broken down by, its whole months come from the monthly sums by team
     * ({@link SummaryScope#readsObservationMonths()}), or
     * of a whole mission by mission ({@link SummaryScope#readsObservationMissionMonths()}); by agency, or of some
     * agencies, from the monthly sums by site and agency ({@link SummaryScope#readsObservationAgencyMonths()}), or
     * by mission and agency ({@link SummaryScope#readsAgencyMissionMonths()}).
     */
    ObservationRows observations(SummaryScope scope) {
        // The area's code is looked up per group, not per observation.
        // Once it is built, from the read model's rows s (with the session's columns), else from o and its session s.
        boolean model = scope.readsModel();
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("area_id", model ? "s.mowip_area_id" : "o.mowip_area_id");
        columns.put("polarity", model ? "s.polarity" : "o.polarity");
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("observations", "count(*)");
        sums.put("transformative", model ? "sum(s.transformative)"
                : "sum(case when o.approach = :transformative then 1 else 0 end)");
        String from = model
                ? " from summary_observation s" + scope.sessionAgencyJoin("s.session_id")
                        + " where" + scope.sessionFactsInScope(":rowsFrom", ":rowsTo")
                        + scope.sessionAgencyFilter("s.session_id")
                : " from observation o join training_session s on s.id = o.session_id join team tm on tm.id = s.team_id"
                        + scope.sessionAgencyJoin("s.id") + " where " + scope.sessionsInPeriod()
                        + scope.sessionAgencyFilter("s.id");
        String rows = withAreaCodes(sumsByCell(scope, model ? "s.month_start" : "s.session_date", "ag.agency", columns,
                sums, from));
        List<ObservedGroup> groups;
        boolean byAgency = scope.readsObservationAgencyMonths();
        if (byAgency || scope.readsObservationMonths()) {
            Map<String, String> monthSums = new LinkedHashMap<>();
            monthSums.put("observations", "sum(s.observations)");
            monthSums.put("transformative", "sum(s.transformative)");
            String table = byAgency ? (scope.readsAgencyMissionMonths() ? "summary_observation_agency_mission_month"
                    : "summary_observation_agency_month") : scope.readsObservationMissionMonths()
                    ? "summary_observation_mission_month" : "summary_observation_month";
            groups = wholeMonthsThenRows(scope, withAreaCodes(sumsByCell(scope, "s.month_start",
                            byAgency ? "s.agency" : null, columns, monthSums, " from " + table + " s where"
                                    + scope.sessionMonthsInScope()
                                    + (byAgency ? scope.summedSessionAgencies() : ""))),
                    rows, OBSERVED, ObservedGroup::group, ObservedGroup::plus);
        } else if (scope.readsObservationSiteYears()) {
            Map<String, String> yearSums = new LinkedHashMap<>();
            yearSums.put("observations", "sum(s.observations)");
            yearSums.put("transformative", "sum(s.transformative)");
            groups = wholeYearsThenRows(scope, withAreaCodes(sumsByCell(scope, "s.year_start", null, columns, yearSums,
                            " from summary_observation_site_year s where"
                                    + scope.sumsInScope("s.year_start"))),
                    rows, OBSERVED, ObservedGroup::group, ObservedGroup::plus);
        } else {
            groups = fromTheFirstDay(scope, rows, OBSERVED);
        }
        Map<String, SummaryRows.Observations> counts = new LinkedHashMap<>();
        List<SummaryRows.Mowip> mowip = new ArrayList<>();
        for (ObservedGroup group : groups) {
            counts.merge(group.key(), new SummaryRows.Observations(group.key(), group.observations(),
                    group.transformative()), SummaryRows.Observations::plus);
            if (group.area() != null && group.polarity() != null) {
                mowip.add(new SummaryRows.Mowip(group.key(), group.area(), Polarity.valueOf(group.polarity()),
                        group.observations()));
            }
        }
        return new ObservationRows(List.copyOf(counts.values()), mowip);
    }

    /** Groups of observations ({@code g}, with an {@code area_id}) with their area's code. */
    private static String withAreaCodes(String groups) {
        return "select g.*, ri.code as area from (" + groups + ") g left join reference_item ri on ri.id = g.area_id";
    }

    /** The observations of a cell, MOWIP area and polarity (either may be missing), and the transformative ones. */
    private record ObservedGroup(String key, String area, String polarity, long observations, long transformative) {
        String group() {
            return key + "|" + area + "|" + polarity;
        }

        /** Both groups' observations, in this group. */
        ObservedGroup plus(ObservedGroup other) {
            return new ObservedGroup(key, area, polarity, observations + other.observations,
                    transformative + other.transformative);
        }
    }

    private static final RowMapper<ObservedGroup> OBSERVED = (rs, n) -> new ObservedGroup(rs.getString("k"),
            rs.getString("area"), rs.getString("polarity"), rs.getLong("observations"), rs.getLong("transformative"));

    /**
     * Follow-ups opened (by creation date). Once it is built, the period's whole months from the read model's sums
     * by site, agency and month ({@link SummaryScope#readsFollowUpMonths()}), and where years tell its cells apart
     * its whole years from those by year ({@link SummaryScope#readsFollowUpYears()}).
     */
    List<SummaryRows.Opened> followUpsOpened(SummaryScope scope) {
        FollowUps f = followUps(scope);
        String date = f.createdDate();
        String rows = sumsByCell(scope, date, f.agency(), Map.of(), Map.of("opened", "count(*)"),
                f.from() + " and " + date + " between :rowsFrom and :rowsTo");
        if (!scope.readsFollowUpMonths()) {
            return fromTheFirstDay(scope, rows, OPENED);
        }
        Function<String, String> sums = period -> sumsByCell(scope, "s." + period + "_start", "s.agency", Map.of(),
                Map.of("opened", "sum(s.opened)"), followUpSums(scope, period) + " and s.opened > 0");
        return fromFollowUpSums(scope, sums, rows, OPENED, SummaryRows.Opened::key, SummaryRows.Opened::plus);
    }

    /** Follow-ups closed or cancelled (by closed date); whole months as {@link #followUpsOpened}. */
    List<SummaryRows.Closed> followUpsClosed(SummaryScope scope) {
        FollowUps f = followUps(scope);
        // Sought by the closed date: tested as a column, the status led H2 to seek by status (summary_follow_up_open)
        // every closed follow-up of the mission for the days around the whole months (issue 10: 40,539 rows
        // instead of 90 at 100,000 sessions for ten years from the 16th).
        String rows = sumsByCell(scope, f.column("closed_date"), f.agency(), Map.of(), closedSums(f),
                f.from() + " and coalesce(" + f.column("status") + ", '') in (:closedStatuses) and "
                        + f.column("closed_date") + " between :rowsFrom and :rowsTo");
        if (!scope.readsFollowUpMonths()) {
            return fromTheFirstDay(scope, rows, CLOSED);
        }
        Map<String, String> closed = new LinkedHashMap<>();
        for (String column : List.of("closed", "on_time", "cancelled")) {
            closed.put(column, "sum(s." + column + ")");
        }
        Function<String, String> sums = period -> sumsByCell(scope, "s." + period + "_start", "s.agency", Map.of(),
                closed, followUpSums(scope, period) + " and s.closed + s.cancelled > 0");
        return fromFollowUpSums(scope, sums, rows, CLOSED, SummaryRows.Closed::key, SummaryRows.Closed::plus);
    }

    /**
     * A follow-up family's rows: where years tell its cells apart, its whole years from {@code sums} by year and
     * the months around them by month, otherwise its whole months by month; the other days from {@code rows}.
     */
    private <R> List<R> fromFollowUpSums(SummaryScope scope, Function<String, String> sums, String rows,
                                         RowMapper<R> mapper, Function<R, String> key, BinaryOperator<R> plus) {
        return scope.readsFollowUpYears()
                ? wholeYearsThenMonthsThenRows(scope, sums.apply("year"), sums.apply("month"), rows, mapper, key,
                        plus)
                : wholeMonthsThenRows(scope, sums.apply("month"), rows, mapper, key, plus);
    }

    /**
     * The read model's follow-ups summed by site, agency and {@code period} ({@code "month"} or {@code "year"},
     * {@code s}) of the selection, or by mission, agency and month ({@link SummaryScope#readsFollowUpMissionMonths()}),
     * from the one {@code :rowsFrom} names to the one {@code :rowsTo} names, up to the where clause's end.
     */
    private static String followUpSums(SummaryScope scope, String period) {
        String table = scope.readsFollowUpMissionMonths() ? "summary_follow_up_mission_month"
                : "summary_follow_up_" + period;
        return " from " + table + " s where" + scope.followUpSumsOfScope()
                + " and s." + period + "_start between :rowsFrom and :rowsTo";
    }

    private static Map<String, String> closedSums(FollowUps f) {
        String date = f.column("closed_date");
        String status = f.column("status");
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("closed", "sum(case when " + status + " = :done then 1 else 0 end)");
        sums.put("on_time", "sum(case when " + status + " = :done and " + date + " <= " + f.column("due_date")
                + " then 1 else 0 end)");
        sums.put("cancelled", "sum(case when " + status + " = :cancelled then 1 else 0 end)");
        return sums;
    }

    /** The rows of a family read from {@code :rowsFrom}, which here is the period's first day. */
    private <R> List<R> fromTheFirstDay(SummaryScope scope, String sql, RowMapper<R> mapper) {
        return read(scope, sql, scope.query().from(), scope.query().to(), mapper);
    }

    /** Follow-ups due in the period and still open after their due date, today. */
    List<SummaryRows.Overdue> followUpsOverdue(SummaryScope scope) {
        FollowUps f = followUps(scope);
        String date = f.column("due_date");
        return rows(scope, "select " + scope.cellOfGroup(date, f.agency()) + " as k, count(*) as overdue,"
                + " percentile_cont(0.5) within group (order by cast(cast(cast(:today as date) - " + date
                + " as integer) as double precision)) as median_days"
                + f.from() + " and " + f.column("status") + " in (:openStatuses) and " + date + " < :today"
                + " and " + date + " between :from and :to"
                + (scope.isTotal() ? "" : " group by " + scope.cellGroup(date, f.agency())),
                (rs, n) -> new SummaryRows.Overdue(rs.getString("k"), rs.getLong("overdue"),
                        rs.getObject("median_days") == null ? null : rs.getDouble("median_days")));
    }

    /**
     * Per trainee and competency with two ratings or more: latest minus first level, summed by sex.
     * One grouped pass: each rating is coded so that its order (session date, then session id) comes
     * first and its level last, so the smallest code of a group carries the first level and the largest
     * the latest (window functions cost H2 seconds when a breakdown makes many partitions). By team, site
     * or agency the total comes from the same pass (its first code is the smallest of the cells').
     */
    PersonRows<SummaryRows.Competency> competencyChanges(SummaryScope scope) {
        return rated(summed(competencyParts(scope, 1).stream().map(Supplier::get).toList()));
    }

    /**
     * Competency progress in up to {@code parts} passes that can run at once, each over its share of the
     * read model's rows; {@link #plus} adds their rows and {@link #rated} leaves out the groups without a
     * trainee. A summary's two threads share them ({@link SummaryCalculator}): every figure of the read
     * model's pass is a sum over its rows, so any split of the rows adds up. By date: the period's rows
     * lie together on disk, in date order. Where the period starts within a month, the days before the next month
     * from the ratings, the rest as a period from it, and a correction ({@link #competencyOnBothSides}). Where it
     * starts on the first of a month, its whole years
     * are read from the yearly rating sums and the months around them from the ratings
     * ({@link SummaryScope#readsRatingYears()}), of the whole mission where it is picked whole and no cell is
     * a team ({@link SummaryScope#readsMissionRatingYears()}), the years after the first from coarser sums
     * (ten years by team: 170,000 sums instead of 497,000); the year it ends in may be read from its sums
     * less the ratings after it ({@link #summedUntil}). By month, the cells of its whole months come from the
     * monthly sums, of a whole mission from its competency cells by month ({@link #competencyMonthCells}), and
     * the total as without a breakdown ({@link SummaryScope#readsMonthSums()}). Five
     * years to the end of November at 100,000 sessions read 13,000 ratings and 88,000 sums instead of
     * 763,000 ratings (issue 10). Over the base tables, one pass; where the read model's rows are folded per trainee
     * ({@link SummaryScope#foldsRows()}), one pass over them.
     */
    List<Supplier<PersonRows<SummaryRows.Competency>>> competencyParts(SummaryScope scope, int parts) {
        if (scope.foldsRows()) {
            return List.of(() -> folds.competency(scope));
        }
        if (!scope.readsFacts()) {
            return List.of(() -> competencyByTrainee(scope));
        }
        List<Supplier<PersonRows<SummaryRows.Competency>>> passes = new ArrayList<>();
        LocalDate from = scope.query().from();
        LocalDate to = scope.query().to();
        Optional<LocalDate> nextMonth = scope.nextMonth();
        if (nextMonth.isPresent()) {
            // The days before the next month from the ratings, the rest as a period from it, and the competencies
            // rated on both sides corrected (decision 0017).
            competencyRows(scope, from, nextMonth.get().minusDays(1), parts, true, passes);
            passes.addAll(competencyParts(scope.fromNextMonth(), parts));
            passes.add(() -> competencyOnBothSides(scope, nextMonth.get()));
            return passes;
        }
        if (scope.readsEntries()) {
            // The entries from the period's first day on, less the ratings after it; the total from the same
            // rows where it is judged within the same run, else apart.
            boolean withTotal = scope.within(true) == scope.within(false);
            passes.add(() -> competencyEntries(scope, withTotal));
            passes.add(() -> negated(competencyFacts(scope, RatingRows.EACH, to.plusDays(1), NEVER, withTotal)));
            if (!withTotal) {
                passes.addAll(competencyParts(scope.total(), parts));
            }
            return passes;
        }
        LocalDate firstYear = scope.firstWholeYear();
        LocalDate afterYears = scope.afterWholeYears();
        LocalDate afterMonths = scope.afterWholeMonths();
        LocalDate lastSummed = summedUntil(scope, firstYear, afterYears);
        if ((scope.readsRatingYears() || scope.readsSiteRatingYears()) && firstYear.isBefore(lastSummed)) {
            // The first whole year from the sums that name an earlier rating before it by its month, unless the
            // period starts with it; the later ones, whose year before lies in the period, from the coarser sums.
            boolean mission = scope.readsMissionRatingYears();
            boolean sites = scope.readsSiteRatingYears();
            // The sums by site carry the runs by site alone: by site, the total is read apart.
            boolean withTotal = !sites || scope.within(true) == SummaryScope.Within.SITE;
            LocalDate laterYears = from.equals(firstYear) ? firstYear : firstYear.plusYears(1);
            if (laterYears.isAfter(firstYear)) {
                RatingRows first = sites ? RatingRows.BY_SITE_YEAR : mission ? RatingRows.BY_MISSION_YEAR
                        : RatingRows.BY_YEAR;
                passes.add(() -> competencyFacts(scope, first, firstYear, laterYears.minusDays(1), withTotal));
            }
            if (laterYears.isBefore(lastSummed)) {
                RatingRows later = sites ? RatingRows.BY_SITE_LATER_YEAR : mission ? RatingRows.BY_MISSION_LATER_YEAR
                        : RatingRows.BY_LATER_YEAR;
                passes.add(() -> competencyFacts(scope, later, laterYears, lastSummed, withTotal));
            }
            competencyRows(scope, from, firstYear.minusDays(1), parts, withTotal, passes);
            if (lastSummed.isAfter(to)) {
                // The year's ratings after the period counted in its sums, taken away again.
                List<Supplier<PersonRows<SummaryRows.Competency>>> after = new ArrayList<>();
                competencyRows(scope, to.plusDays(1), lastSummed, parts, withTotal, after);
                after.forEach(pass -> passes.add(() -> negated(pass.get())));
            } else {
                competencyRows(scope, afterYears, to, parts, withTotal, passes);
            }
            if (!withTotal) {
                passes.addAll(competencyParts(scope.total(), parts));
            }
        } else if (scope.readsQuarterCells() && firstQuarter(from).isBefore(lastQuarter(to.plusDays(1)))) {
            // The cells of whole quarters from the cells by quarter within their run, of quarters cut by the
            // period from their rows; the total apart.
            LocalDate wholeFrom = firstQuarter(from);
            LocalDate afterQuarters = lastQuarter(to.plusDays(1));
            String cells = "summary_rating_" + scope.within(false).name().toLowerCase(Locale.ROOT) + "_quarter_cells";
            competencyRows(scope, from, wholeFrom.minusDays(1), parts, false, passes);
            passes.add(() -> competencyCells(scope, cells, "s.quarter_start", wholeFrom, afterQuarters.minusDays(1)));
            competencyRows(scope, afterQuarters, to, parts, false, passes);
            passes.addAll(competencyParts(scope.total(), parts));
        } else if (scope.readsMonthSums() && from.isBefore(afterMonths)) {
            // The cells of whole months from their sums, of an unfinished month from its rows; the total apart.
            LocalDate lastWhole = afterMonths.minusDays(1);
            Supplier<PersonRows<SummaryRows.Competency>> wholeMonths = scope.readsMissionMonthCells()
                    ? () -> competencyCells(scope, "summary_rating_month_cells", "s.month_start", from, lastWhole)
                    : () -> competencyFacts(scope, RatingRows.BY_MONTH, from, lastWhole, false);
            passes.add(wholeMonths);
            competencyRows(scope, afterMonths, to, parts, false, passes);
            passes.addAll(competencyParts(scope.total(), parts));
        } else {
            competencyRows(scope, from, to, parts, true, passes);
        }
        scope.movers().ifPresent(movers -> passes.add(() -> competencyByTrainee(movers)));
        return passes;
    }

    /**
     * Competency progress from the read model's entries (V42, {@link SummaryFacts}) of the run the cells are judged
     * within (the mission, the team or the site): within a trainee's run of ratings of one competency, a rating adds
     * one trainee and its change of level at its previous rating, and takes the trainee away at its second previous
     * one. The entries dated from the period's first day on, of every rating, add up to the figures of the period
     * from that day with no end: the months of the year it starts in are read from the entries by month, the later
     * years from those by year; the ratings after the period are taken away by the caller. {@code withTotal}: the
     * total is judged within the same run, and is the cells' sum. Ten years by site at 100,000 sessions read 36,000
     * rows instead of 450,000 rating sums (issue 10).
     */
    private PersonRows<SummaryRows.Competency> competencyEntries(SummaryScope scope, boolean withTotal) {
        LocalDate from = scope.query().from();
        LocalDate nextYear = from.withDayOfYear(1).plusYears(1);
        String overAgencies = scope.readsSumsOverAgencies() ? "_all_agencies" : "";
        Map<String, Object> parameters = scope.parameters(from, nextYear.minusDays(1));
        parameters.put("laterFrom", nextYear);
        parameters.put("laterTo", NEVER);
        String table = "summary_rating_" + scope.within(false).name().toLowerCase(Locale.ROOT) + "_since_";
        String entries = "select * from " + table + "month" + overAgencies + " s where" + scope.factsInScope("s.earlier")
                + " union all select * from " + table + "year" + overAgencies + " s where"
                + scope.factsInScope("s.earlier", ":laterFrom", ":laterTo");
        List<SummaryRows.Competency> rows = jdbc.sql("select c.*, ri.code as topic from (select " + scope.factsKey()
                        + " as k, s.topic_id, s.sex, sum(s.trainees) as trainees, sum(s.delta) as change from ("
                        + entries + ") s group by " + (scope.isTotal() ? "" : scope.factsGroup() + ", ")
                        + "s.topic_id, s.sex) c join reference_item ri on ri.id = c.topic_id")
                .params(parameters)
                .query((rs, n) -> new SummaryRows.Competency(rs.getString("k"), rs.getString("topic"),
                        Sex.valueOf(rs.getString("sex")), rs.getLong("trainees"), rs.getLong("change")))
                .list();
        if (scope.isTotal()) {
            return new PersonRows<>(List.of(), rows);
        }
        List<SummaryRows.Competency> total = !withTotal ? List.of() : summed(List.of(new PersonRows<>(rows.stream()
                .map(row -> new SummaryRows.Competency(MissionSummary.TOTAL, row.topic(), row.sex(), row.trainees(),
                        row.change())).toList(), List.of()))).cells();
        return new PersonRows<>(rows, total);
    }

    /**
     * The last day whose ratings are read from the yearly sums: the end of the period's last whole year, or
     * of the year it ends in when fewer of that year's ratings lie after the period (up to today) than in it.
     * Those are then taken away: a year's sums name an earlier rating by that year when it lies in it, so a
     * rating after the period is judged by them as its own row would be, against a period (and cells) that
     * started by the year's first day ({@code firstYear}). A period to the end of last month reads a month
     * of ratings at most instead of up to eleven.
     */
    private static LocalDate summedUntil(SummaryScope scope, LocalDate firstYear, LocalDate afterYears) {
        LocalDate to = scope.query().to();
        LocalDate yearEnd = afterYears.plusYears(1).minusDays(1);
        long inPeriod = afterYears.until(to, ChronoUnit.DAYS) + 1;
        long afterPeriod = to.until(yearEnd.isBefore(scope.today()) ? yearEnd : scope.today(), ChronoUnit.DAYS);
        return !afterYears.isAfter(to) && !firstYear.isAfter(afterYears) && afterPeriod < inPeriod
                ? yearEnd : afterYears.minusDays(1);
    }

    /**
     * The cells of whole months or quarters from the read model's competency cells by mission and month (V32) or by
     * quarter within a run (V53), {@code table}, dated by {@code start}: such a cell counts the trainees rated twice
     * or more within it, whatever the period around it (ten years by month at 100,000 sessions: 6,000 rows instead
     * of 56,000 monthly rating sums to group; by quarter 2,000 instead of 1.6 million ratings). The cells by quarter
     * are by agency, summed here.
     */
    private PersonRows<SummaryRows.Competency> competencyCells(SummaryScope scope, String table, String start,
                                                               LocalDate from, LocalDate to) {
        return new PersonRows<>(jdbc.sql("select c.*, ri.code as topic from (select " + scope.factsKey() + " as k,"
                        + " s.topic_id, s.sex, sum(s.trainees) as trainees, sum(s.delta) as delta from " + table + " s"
                        + " where" + scope.factsInScope(start) + " group by " + scope.factsGroup() + ", s.topic_id,"
                        + " s.sex) c join reference_item ri on ri.id = c.topic_id")
                .params(scope.parameters(from, to))
                .query((rs, n) -> new SummaryRows.Competency(rs.getString("k"), rs.getString("topic"),
                        Sex.valueOf(rs.getString("sex")), rs.getLong("trainees"), rs.getLong("delta")))
                .list(), List.of());
    }

    /** The first day of the first quarter that starts on this day or after it. */
    private static LocalDate firstQuarter(LocalDate day) {
        LocalDate start = lastQuarter(day);
        return start.equals(day) ? day : start.plusMonths(3);
    }

    /** The first day of the quarter this day lies in. */
    private static LocalDate lastQuarter(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** Rows to take away from others: each figure negated. */
    private static PersonRows<SummaryRows.Competency> negated(PersonRows<SummaryRows.Competency> rows) {
        return new PersonRows<>(rows.cells().stream().map(SummaryRows.Competency::negated).toList(),
                rows.total().stream().map(SummaryRows.Competency::negated).toList());
    }

    /**
     * Adds the competency passes over the rating rows from {@code from} to {@code to}, a part per half year at
     * most; {@code withTotal}: with the total's figures, not only the cells'.
     */
    private void competencyRows(SummaryScope scope, LocalDate from, LocalDate to, int parts, boolean withTotal,
                                List<Supplier<PersonRows<SummaryRows.Competency>>> passes) {
        if (from.isAfter(to)) {
            return;
        }
        int count = (int) Math.clamp(from.until(to).toTotalMonths() / 6, 1, parts);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        for (int part = 0; part < count; part++) {
            LocalDate start = from.plusDays(days * part / count);
            LocalDate end = from.plusDays(days * (part + 1) / count - 1);
            passes.add(() -> competencyFacts(scope, RatingRows.EACH, start, end, withTotal));
        }
    }

    /**
     * The read model's rating rows of a pass: one per rating, or one per team, year, agency, sex, competency
     * and the years or months of the previous two ratings ({@link SummaryFacts}), dated by {@code date}, each
     * standing for {@code ratings} ratings and carrying their summed changes of level. Rating sums have a
     * copy summed over agencies too ({@code allAgencies}), half as many rows, for the summaries that select no
     * agency ({@link SummaryScope#readsSumsOverAgencies()}).
     */
    private record RatingRows(String table, String allAgencies, String date, String ratings) {
        static final RatingRows EACH = new RatingRows("summary_rating", null, "s.session_date", "count(*)");
        static final RatingRows BY_YEAR = sums("summary_rating_year", "s.year_start");
        static final RatingRows BY_MISSION_YEAR = sums("summary_rating_mission_year", "s.year_start");
        static final RatingRows BY_LATER_YEAR = sums("summary_rating_later_year", "s.year_start");
        static final RatingRows BY_MISSION_LATER_YEAR = sums("summary_rating_mission_later_year", "s.year_start");
        static final RatingRows BY_MONTH = sums("summary_rating_month", "s.month_start");
        static final RatingRows BY_SITE_YEAR = sums("summary_rating_site_year", "s.year_start");
        static final RatingRows BY_SITE_LATER_YEAR = sums("summary_rating_site_later_year", "s.year_start");

        private static RatingRows sums(String table, String date) {
            return new RatingRows(table, table + "_all_agencies", date, "sum(s.ratings)");
        }

        /** The table the scope reads these rows from. */
        String table(SummaryScope scope) {
            return allAgencies != null && scope.readsSumsOverAgencies() ? allAgencies : table;
        }
    }

    /** Passes' competency rows added up, by cell, competency and sex. */
    static PersonRows<SummaryRows.Competency> summed(List<PersonRows<SummaryRows.Competency>> parts) {
        return PersonRows.sum(parts, c -> List.of(c.key(), c.topic(), c.sex()), SummaryRows.Competency::plus);
    }

    /** The rows of a competency and sex with trainees rated twice or more in their cell (or the period). */
    static PersonRows<SummaryRows.Competency> rated(PersonRows<SummaryRows.Competency> rows) {
        return new PersonRows<>(rows.cells().stream().filter(c -> c.trainees() > 0).toList(),
                rows.total().stream().filter(c -> c.trainees() > 0).toList());
    }

    /**
     * Competency progress over the read model. A trainee's ratings of one competency in a cell are
     * consecutive ratings of her run, so their changes of level since the previous rating, summed over
     * those whose previous rating is in the cell too, add up to her latest minus her first level there;
     * she has two ratings or more there exactly once: at the rating whose previous one is in the cell
     * and whose one before that is not. Judged against the period instead, the same rows give the total
     * ({@code withTotal}). The rating sums ({@code rows}) carry the same columns, summed over ratings that
     * the cells and the period tell apart only by them.
     */
    private PersonRows<SummaryRows.Competency> competencyFacts(SummaryScope scope, RatingRows rows, LocalDate from,
                                                               LocalDate to, boolean withTotal) {
        List<SummaryRows.Competency> cells = new ArrayList<>();
        Map<String, SummaryRows.Competency> total = new TreeMap<>();
        // The competency's code is looked up per group, not per rating (H2 probes its key for every row).
        // Without a breakdown the cell is the total: its sums are not asked for twice.
        List<String> sums = new ArrayList<>();
        if (!scope.isTotal()) {
            sums.add(changeSums(scope, rows, scope.within(false), false, ""));
        }
        if (withTotal) {
            sums.add(changeSums(scope, rows, scope.within(true), true, "total_"));
        }
        jdbc.sql("select c.*, ri.code as topic"
                        + " from (select " + scope.factsKey() + " as k, s.topic_id, s.sex as sex,"
                        + String.join(",", sums)
                        + " from " + rows.table(scope) + " s where" + scope.factsInScope(rows.date())
                        + " group by " + (scope.isTotal() ? "" : scope.factsGroup() + ", ") + "s.topic_id, s.sex) c"
                        + " join reference_item ri on ri.id = c.topic_id")
                .params(scope.parameters(from, to))
                .query((rs, n) -> {
                    Sex sex = Sex.valueOf(rs.getString("sex"));
                    String topic = rs.getString("topic");
                    if (!scope.isTotal()) {
                        cells.add(new SummaryRows.Competency(rs.getString("k"), topic, sex, rs.getLong("trainees"),
                                rs.getLong("change")));
                    }
                    return withTotal ? total.merge(topic + "|" + sex, new SummaryRows.Competency(MissionSummary.TOTAL,
                            topic, sex, rs.getLong("total_trainees"), rs.getLong("total_change")),
                            SummaryRows.Competency::plus) : null;
                }).list();
        return new PersonRows<>(cells, List.copyOf(total.values()));
    }

    /**
     * Where the period starts within a month ({@link SummaryScope#nextMonth()}), what the ratings from the next
     * month on add to the period less what they add to the period from the next month, which the passes counted.
     * A rating's later ones within its run lie in its cell and in the selection wherever they lie in the period
     * (a run keeps its mission and team, and a trainee's agency is the same on all her rows); by period, a later
     * rating in another cell than the first is judged alike from any day of the first. So only the ratings after
     * each competency's last one before the next month, within a run, are judged otherwise from the period's
     * first day than from the next month's: the next one counts the trainee where the last one's previous lies before
     * the period, and adds its change; the one after it takes away the trainee that the pass from the next month
     * counted there. Their dates and the change are on the last rating's row (V46), so the rows of the days
     * before the next month are all this reads (ten years from the 16th by team at 1,000,000 sessions: about
     * 75,000 rows, instead of two index seeks for each of 64,000 competencies).
     */
    private PersonRows<SummaryRows.Competency> competencyOnBothSides(SummaryScope scope, LocalDate nextMonth) {
        boolean withCells = correctsCells(scope, nextMonth);
        List<String> sums = new ArrayList<>();
        if (withCells) {
            sums.add(nextSums(scope.within(false), ":cellTo", ""));
        }
        sums.add(nextSums(scope.within(true), ":to", "total_"));
        List<SummaryRows.Competency> cells = new ArrayList<>();
        List<SummaryRows.Competency> total = new ArrayList<>();
        jdbc.sql("select c.*, ri.code as topic"
                        + " from (select " + (withCells ? scope : scope.total()).factsKey() + " as k, s.topic_id,"
                        + " s.sex as sex," + String.join(",", sums) + " from summary_rating s where"
                        + scope.factsInScope("s.session_date")
                        + " group by " + (withCells ? scope.factsGroup() + ", " : "") + "s.topic_id, s.sex) c"
                        + " join reference_item ri on ri.id = c.topic_id")
                .params(onBothSidesParameters(scope, nextMonth))
                .query((rs, n) -> {
                    Sex sex = Sex.valueOf(rs.getString("sex"));
                    String topic = rs.getString("topic");
                    if (withCells) {
                        cells.add(new SummaryRows.Competency(rs.getString("k"), topic, sex,
                                rs.getLong("trainees"), rs.getLong("change")));
                    }
                    return total.add(new SummaryRows.Competency(MissionSummary.TOTAL, topic, sex,
                            rs.getLong("total_trainees"), rs.getLong("total_change")));
                }).list();
        return summed(List.of(new PersonRows<>(cells, total)));
    }

    /**
     * What a rating's next two within the run add to the period, less what they add to the period from the next
     * month, where it is the competency's last before the next month: its next one by {@code to}, and the one
     * after it, as {@link #competencyOnBothSides} says.
     */
    private static String nextSums(SummaryScope.Within within, String to, String prefix) {
        String next = within.column("next") + " between :nextMonth and " + to;
        return " sum(case when " + next + " and (" + within.column("prev") + " is null or " + within.column("prev")
                + " < :from) then 1 else 0 end) - sum(case when " + within.column("next") + " >= :nextMonth and "
                + within.column("next2") + " <= " + to + " then 1 else 0 end) as " + prefix + "trainees,"
                + " sum(case when " + next + " then " + within.column("next_delta") + " else 0 end) as " + prefix
                + "change";
    }

    private static String changeSums(SummaryScope scope, RatingRows rows, SummaryScope.Within within, boolean total,
                                     String prefix) {
        String previous = scope.inCell(within.column("prev"), total);
        return " " + rows.ratings() + " filter (where " + previous + " and "
                + scope.firstInCell(within.column("prev2"), total) + ") as " + prefix + "trainees,"
                + " sum(" + within.column("delta") + ") filter (where " + previous + ") as " + prefix + "change";
    }

    /** Competency progress over the base tables, grouped per trainee: for filters that cut the read model's runs. */
    private PersonRows<SummaryRows.Competency> competencyByTrainee(SummaryScope scope) {
        if (scope.byTime()) {
            // By period a trainee's ratings of one competency fall in many cells, so the cells' groups are
            // nearly as many as the ratings: repeating them for the total costs more than a pass of its own.
            List<SummaryRows.Competency> cells = personRows(scope, changes(ratingsByCell(scope), false),
                    COMPETENCY).cells();
            return new PersonRows<>(cells, competencyByTrainee(scope.total()).total());
        }
        String inCells = "select " + scope.cellOrTotal("r.k") + " as k, ct.whole, r.topic_id, r.sex,"
                + " min(r.first_code) as first_code, max(r.last_code) as last_code, sum(r.ratings) as ratings"
                + " from (" + ratingsByCell(scope) + ") r cross join " + scope.cellAndTotal()
                + " group by ct.whole, " + scope.cellOrTotal("r.k") + ", r.trainee_id, r.topic_id, r.sex";
        return personRows(scope, changes(inCells, true), COMPETENCY);
    }

    /** The codes of every MOWIP area, retired ones too (past observations still count), in their order. */
    List<String> mowipAreaCodes() {
        return jdbc.sql("select code from reference_item where kind = :kind order by sort_order")
                .param("kind", ReferenceKind.MOWIP_AREA.name()).query(String.class).list();
    }

    /** Labels of breakdown keys that are not self-explanatory: team names, site names with their team. */
    Map<String, String> labels(Breakdown breakdown) {
        String sql = switch (breakdown) {
            case TEAM -> "select code as k, name as label from team";
            case SITE -> "select cast(st.id as varchar(20)) as k, st.name || ' (' || tm.code || ')' as label"
                    + " from site st join team tm on tm.id = st.team_id";
            default -> null;
        };
        if (sql == null) {
            return Map.of();
        }
        Map<String, String> labels = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> labels.put(rs.getString("k"), rs.getString("label"))).list();
        return labels;
    }

    /** The ids among those given that name no team. */
    List<Long> unknownTeams(Collection<Long> ids) {
        return missing(ids, "select id from team where id in (:ids)");
    }

    List<Long> unknownSites(Collection<Long> ids) {
        return missing(ids, "select id from site where id in (:ids)");
    }

    /** The sites among those given that belong to none of the given teams. */
    List<Long> sitesOutside(Collection<Long> ids, Collection<Long> teamIds) {
        if (ids.isEmpty() || teamIds.isEmpty()) {
            return List.copyOf(ids);
        }
        return jdbc.sql("select id from site where id in (:ids) and team_id not in (:teams)")
                .param("ids", ids).param("teams", teamIds).query(Long.class).list();
    }

    /** The ids of the mission's teams. */
    Set<Long> teamsOf(long missionId) {
        return Set.copyOf(jdbc.sql("select id from team where mission_id = :mission").param("mission", missionId)
                .query(Long.class).list());
    }

    /** The missions the given teams belong to. */
    List<Long> missionsOf(Collection<Long> teamIds) {
        return jdbc.sql("select distinct mission_id from team where id in (:ids) order by mission_id")
                .param("ids", teamIds).query(Long.class).list();
    }

    /**
     * The first and latest rating (coded) and the number of ratings per cell, trainee and competency,
     * with the trainee's sex looked up once per group rather than once per rating.
     */
    private static String ratingsByCell(SummaryScope scope) {
        String date = "s.session_date";
        String code = "(cast(s.session_date - date '1900-01-01' as bigint) * 1000000000000 + s.id) * 10 + cr.level";
        return "select g.k, g.trainee_id, g.topic_id, tx.sex, g.first_code, g.last_code, g.ratings"
                + " from (select " + scope.key(date, "t.agency") + " as k, cr.trainee_id, cr.topic_id,"
                + " min(" + code + ") as first_code, max(" + code + ") as last_code, count(*) as ratings"
                + " from competency_rating cr join training_session s on s.id = cr.session_id"
                + scope.teamJoin() + scope.agencyJoin("cr.trainee_id")
                + " where " + scope.sessionsInPeriodWithoutTeam() + scope.traineeAgency()
                + scope.onlyMovers("cr.trainee_id")
                + " group by " + scope.partition(date, "t.agency") + "cr.trainee_id, cr.topic_id) g"
                + " join trainee tx on tx.id = g.trainee_id";
    }

    /** Competency changes by cell, topic and sex from {@code groups}, with their {@code whole} column or as cells. */
    private static String changes(String groups, boolean whole) {
        return "select c.k, " + (whole ? "c.whole" : "0 as whole") + ", ri.code as topic, c.sex as sex,"
                + " count(*) as trainees, sum(mod(c.last_code, 10) - mod(c.first_code, 10)) as change"
                + " from (" + groups + ") c join reference_item ri on ri.id = c.topic_id"
                + " where c.ratings > 1"
                + " group by " + (whole ? "c.whole, " : "") + "c.k, ri.code, c.sex";
    }

    private String attendanceFrom(SummaryScope scope) {
        return " from attendance a join training_session s on s.id = a.session_id"
                + scope.teamJoin() + scope.agencyJoin("a.trainee_id")
                + " where " + SummaryScope.COUNTED_ATTENDANCE + " and " + scope.sessionsInPeriodWithoutTeam()
                + scope.traineeAgency() + scope.onlyMovers("a.trainee_id");
    }

    /**
     * Where the follow-up families read: once it is built, the read model ({@link SummaryFacts}), a row
     * {@code s} per follow-up of a counted session with its session's team and site and its trainee's
     * agency, read by date range; until then the base tables, follow-ups {@code f} joined to their
     * counted sessions {@code s} (the inner join leaves out actions without a session: the app plans
     * every action in a session log, so a missing session means a deleted draft, which never counted).
     */
    private static FollowUps followUps(SummaryScope scope) {
        if (scope.readsModel()) {
            return new FollowUps("s", "s.agency", "s.created_date",
                    " from summary_follow_up s where" + scope.factsOfScope());
        }
        return new FollowUps("f", "t.agency", "cast(f.created_at as date)",
                " from follow_up_action f join training_session s on s.id = f.session_id"
                + " join team tm on tm.id = s.team_id join trainee t on t.id = f.trainee_id"
                + " where " + scope.sessions() + scope.traineeAgency());
    }

    /**
     * The follow-ups a family reads ({@code from}, up to its where clause), the alias whose columns are the
     * follow-up's own, the column of the trainee's agency and the expression of the day it was planned.
     */
    private record FollowUps(String alias, String agency, String createdDate, String from) {

        String column(String name) {
            return alias + "." + name;
        }
    }

    private List<Long> missing(Collection<Long> ids, String sql) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> found = jdbc.sql(sql).param("ids", ids).query(Long.class).list();
        return ids.stream().filter(id -> !found.contains(id)).sorted().toList();
    }

    /** Rows of a family counted per trainee, split into the cells' and the total's by their {@code whole} column. */
    private <R> PersonRows<R> personRows(SummaryScope scope, String sql, RowMapper<R> mapper) {
        List<R> cells = new ArrayList<>();
        List<R> total = new ArrayList<>();
        jdbc.sql(sql).params(scope.parameters())
                .query((rs, n) -> (rs.getInt("whole") == 1 ? total : cells).add(mapper.mapRow(rs, n))).list();
        return new PersonRows<>(cells, total);
    }

    private <R> List<R> rows(SummaryScope scope, String sql, RowMapper<R> mapper) {
        return jdbc.sql(sql).params(scope.parameters()).query(mapper).list();
    }
}
