package org.mentorlog.summary;

import static org.mentorlog.summary.Indicator.*;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mentorlog.observation.Polarity;
import org.mentorlog.summary.SummaryQueries.PersonRows;
import org.mentorlog.summary.SummaryRows.Attendance;
import org.mentorlog.summary.SummaryRows.Closed;
import org.mentorlog.summary.SummaryRows.Competency;
import org.mentorlog.summary.SummaryRows.Mowip;
import org.mentorlog.summary.SummaryRows.Observations;
import org.mentorlog.summary.SummaryRows.Opened;
import org.mentorlog.summary.SummaryRows.Overdue;
import org.mentorlog.summary.SummaryRows.Sessions;
import org.mentorlog.trainee.Sex;
import org.springframework.stereotype.Component;

/**
 * Turns the database's aggregates into indicator measures for every breakdown cell and the total.
 * Only arithmetic on one aggregated row at a time happens here (shares, sums of the three sexes).
 */
@Component
class SummaryCalculator {

    /** The breakdown keys in order, and every measure of every cell including the total. */
    record Computed(List<String> keys, List<Measure> measures) {
    }

    /** One family's aggregated rows, by cell; a cell without a row reads as {@code none}. */
    private record Family<R>(Map<String, R> byKey, R none) {
        static <R> Family<R> of(List<R> rows, Function<R, String> key, R none) {
            return new Family<>(rows.stream().collect(Collectors.toMap(key, Function.identity())), none);
        }

        /** The total of a family whose cells add up. */
        static <R> Family<R> sum(Family<R> cells, BinaryOperator<R> plus) {
            R total = cells.byKey().values().stream().reduce(cells.none(), plus);
            return new Family<>(Map.of(MissionSummary.TOTAL, total), cells.none());
        }

        R in(String key) {
            return byKey.getOrDefault(key, none);
        }
    }

    private record Families(Family<Sessions> sessions, Family<Attendance> attendance,
                            Family<Observations> observations, Family<Opened> opened, Family<Closed> closed,
                            Family<Overdue> overdue, Map<String, List<Mowip>> mowip,
                            Map<String, List<Competency>> competency) {
        Stream<String> keys() {
            return Stream.of(sessions, attendance, observations, opened, closed, overdue)
                    .flatMap(f -> f.byKey().keySet().stream());
        }

        Families with(List<Competency> changes) {
            return new Families(sessions, attendance, observations, opened, closed, overdue, mowip,
                    byKey(changes, Competency::key));
        }

        /**
         * Rows of a family with several per cell, by cell: looked up once per cell (searching them all for
         * each cell and competency cost 0.7 s at 200 teams, issue 10).
         */
        static <R> Map<String, List<R>> byKey(List<R> rows, Function<R, String> key) {
            return rows.stream().collect(Collectors.groupingBy(key));
        }
    }

    /**
     * The passes of one scope's families that add up over rows, each a task that either thread may run
     * ({@link #compute}).
     */
    private record Passes(FutureTask<List<Sessions>> sessions, FutureTask<SummaryQueries.ObservationRows> observations,
                          FutureTask<List<Opened>> opened, FutureTask<List<Closed>> closed,
                          FutureTask<List<Overdue>> overdue) {

        Passes(SummaryQueries queries, SummaryScope scope) {
            this(new FutureTask<>(() -> queries.sessions(scope)), new FutureTask<>(() -> queries.observations(scope)),
                    new FutureTask<>(() -> queries.followUpsOpened(scope)),
                    new FutureTask<>(() -> queries.followUpsClosed(scope)),
                    new FutureTask<>(() -> queries.followUpsOverdue(scope)));
        }

        /** The tasks, the longest last: the caller takes them from the last. */
        List<FutureTask<?>> tasks() {
            return List.of(overdue, closed, opened, observations, sessions);
        }

        /** The families, once every task has run, with the scope's attendance rows. */
        Families families(List<Attendance> attendance) {
            SummaryQueries.ObservationRows observed = await(observations);
            return new Families(Family.of(await(sessions), Sessions::key, Sessions.NONE),
                    Family.of(attendance, Attendance::key, Attendance.NONE),
                    Family.of(observed.counts(), Observations::key, Observations.NONE),
                    Family.of(await(opened), Opened::key, Opened.NONE),
                    Family.of(await(closed), Closed::key, Closed.NONE),
                    Family.of(await(overdue), Overdue::key, Overdue.NONE),
                    Families.byKey(observed.mowip(), Mowip::key), Map.of());
        }
    }

    /**
     * The parts competency progress is computed in over a year or more (issue 10, five years by month at
     * 100,000 sessions: the pass took as long as all the caller's passes together).
     */
    private static final int PARTS = 8;

    private final SummaryQueries queries;
    /**
     * One thread, shared by every summary, on which the parts of competency progress (the longest pass) run
     * on a second connection while the caller runs the other passes and then the parts left: the database
     * then works on two cores (H2 runs each query on one). Null unless the data source is a pool of two
     * connections or more.
     */
    private final ExecutorService beside;

    SummaryCalculator(SummaryQueries queries, DataSource dataSource) {
        this.queries = queries;
        this.beside = roomForTwo(dataSource) ? Executors.newSingleThreadExecutor(Thread.ofPlatform()
                .name("summary-beside").daemon().factory()) : null;
    }

    @PreDestroy
    void stop() {
        if (beside != null) {
            beside.shutdownNow();
        }
    }

    Computed compute(SummaryQuery query, SummaryScope given) {
        SummaryScope scope = queries.withMoversApart(given);
        SummaryScope whole = scope.total();
        // Every pass is a task that either thread may run: the thread beside takes them from the first
        // (competency progress, the longest, in parts), the caller from the last (attendance, then the
        // families that add up over rows, then the parts left). So the two meet wherever the work is:
        // by agency the total's passes come on top of the cells' (issue 10).
        List<FutureTask<PersonRows<Competency>>> changes = queries.competencyParts(scope, beside == null ? 1 : PARTS)
                .stream().map(part -> new FutureTask<>(part::get)).toList();
        Passes cellPasses = scope.isTotal() ? null : new Passes(queries, scope);
        Passes totalPasses = scope.partitions() ? null : new Passes(queries, whole);
        FutureTask<List<Overdue>> totalOverdue = totalPasses != null ? totalPasses.overdue()
                : new FutureTask<>(() -> queries.followUpsOverdue(whole));
        FutureTask<PersonRows<Attendance>> attendance = new FutureTask<>(() -> queries.attendance(scope));
        List<FutureTask<?>> passes = new ArrayList<>(changes);
        passes.addAll(totalPasses != null ? totalPasses.tasks() : List.of(totalOverdue));
        passes.addAll(cellPasses != null ? cellPasses.tasks() : List.of());
        passes.add(attendance);
        if (beside != null) {
            beside.execute(() -> passes.forEach(FutureTask::run));
        }
        passes.reversed().forEach(FutureTask::run); // does nothing for a pass the thread beside has started
        PersonRows<Attendance> attended = await(attendance);
        Families cells = cellPasses == null ? null : cellPasses.families(attended.cells());
        Families total = totalPasses != null ? totalPasses.families(attended.total())
                : totalOf(cells, attended.total(), await(totalOverdue));
        PersonRows<Competency> competency = SummaryQueries.rated(SummaryQueries.summed(
                changes.stream().map(SummaryCalculator::await).toList()));
        cells = cells == null ? null : cells.with(competency.cells());
        total = total.with(competency.total());
        List<String> keys = cells == null ? List.of() : keys(query, cells);
        List<String> areas = queries.mowipAreaCodes();
        Set<String> topics = total.competency().values().stream().flatMap(List::stream).map(Competency::topic)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Measure> measures = new ArrayList<>();
        for (String key : keys) {
            measures.addAll(measures(cells, key, areas, topics));
        }
        measures.addAll(measures(total, MissionSummary.TOTAL, areas, topics));
        return new Computed(keys, measures);
    }

    /**
     * The pass's result. A caller never waits for a pass no thread has started: if the thread beside is
     * busy with another summary's, the caller runs its own. So at most one pass runs beside, on at
     * most one connection more than the callers hold, and with a pool of two or more every caller gets on.
     */
    private static <T> T await(FutureTask<T> pass) {
        pass.run(); // does nothing if the thread beside has started it
        try {
            return pass.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        }
    }

    /** Whether the data source is a pool of two connections or more (the application's always is). */
    private static boolean roomForTwo(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    && dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() > 1;
        } catch (SQLException unknown) {
            return false;
        }
    }

    /**
     * The total where every row falls in one cell: counts add up from the cells; the median does not,
     * and is queried; unique trainees (and, added later, competency changes) come with the cells' pass.
     */
    private static Families totalOf(Families cells, List<Attendance> attendance, List<Overdue> overdue) {
        List<Mowip> mowip = cells.mowip().values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(m -> m.area() + "|" + m.polarity(), LinkedHashMap::new,
                        Collectors.reducing(null, (a, b) -> a == null ? b : new Mowip(MissionSummary.TOTAL,
                                b.area(), b.polarity(), a.observations() + b.observations()))))
                .values().stream()
                .map(m -> new Mowip(MissionSummary.TOTAL, m.area(), m.polarity(), m.observations())).toList();
        return new Families(Family.sum(cells.sessions(), Sessions::plus),
                Family.of(attendance, Attendance::key, Attendance.NONE),
                Family.sum(cells.observations(), Observations::plus),
                Family.sum(cells.opened(), Opened::plus), Family.sum(cells.closed(), Closed::plus),
                Family.of(overdue, Overdue::key, Overdue.NONE), Families.byKey(mowip, Mowip::key), Map.of());
    }

    /** Every period of the query for a time breakdown (so empty months show as zero), else the keys found. */
    private static List<String> keys(SummaryQuery query, Families cells) {
        if (!query.groupBy().isTime()) {
            return cells.keys().distinct().sorted().toList();
        }
        Set<String> periods = new java.util.LinkedHashSet<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to()));
             month = month.plusMonths(1)) {
            periods.add(switch (query.groupBy()) {
                case MONTH -> month.toString();
                case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
                default -> String.valueOf(month.getYear());
            });
        }
        return List.copyOf(periods);
    }

    private static List<Measure> measures(Families f, String key, List<String> areas, Set<String> topics) {
        Sessions session = f.sessions().in(key);
        Attendance attendance = f.attendance().in(key);
        long sessions = session.sessions();
        long minutes = session.minutes();
        long women = attendance.women() + session.unregisteredWomen();
        long men = attendance.men() + session.unregisteredMen();
        long notRecorded = attendance.notRecorded() + session.unregisteredUnknown();
        long uniqueWomen = attendance.uniqueWomen();
        long uniqueMen = attendance.uniqueMen();
        long uniqueNotRecorded = attendance.uniqueNotRecorded();
        long womenMinutes = attendance.womenMinutes() + session.unregisteredWomenMinutes();
        long knownMinutes = womenMinutes + attendance.menMinutes() + session.unregisteredMenMinutes();
        Observations observations = f.observations().in(key);
        List<Mowip> mowip = f.mowip().getOrDefault(key, List.of());
        List<Competency> competency = f.competency().getOrDefault(key, List.of());

        List<Measure> measures = new ArrayList<>(List.of(
                Measure.count(SESSIONS, null, key, sessions),
                new Measure(HOURS, null, key, minutes, null, minutes / 60.0, null),
                Measure.count(PERSON_SESSIONS_WOMEN, null, key, women),
                Measure.count(PERSON_SESSIONS_MEN, null, key, men),
                Measure.count(PERSON_SESSIONS_NOT_RECORDED, null, key, notRecorded),
                Measure.count(PERSON_SESSIONS_TOTAL, null, key, women + men + notRecorded),
                Measure.count(UNIQUE_TRAINEES_WOMEN, null, key, uniqueWomen),
                Measure.count(UNIQUE_TRAINEES_MEN, null, key, uniqueMen),
                Measure.count(UNIQUE_TRAINEES_NOT_RECORDED, null, key, uniqueNotRecorded),
                Measure.count(UNIQUE_TRAINEES_TOTAL, null, key, uniqueWomen + uniqueMen + uniqueNotRecorded),
                Measure.ratio(WOMEN_SHARE_PERSON_SESSIONS, null, key, women, women + men, 1),
                Measure.ratio(WOMEN_SHARE_UNIQUE_TRAINEES, null, key, uniqueWomen, uniqueWomen + uniqueMen, 1),
                new Measure(WOMEN_SHARE_HOURS, null, key, womenMinutes, knownMinutes,
                        knownMinutes == 0 ? null : (double) womenMinutes / knownMinutes, women + men),
                parity(attendance, key),
                Measure.ratio(SESSIONS_WITH_PURPOSE_SHARE, null, key, session.withPurpose(), sessions, 1),
                Measure.ratio(SESSIONS_WITH_GENDER_CONTENT_SHARE, null, key, session.withGenderContent(), sessions, 1),
                Measure.ratio(TRANSFORMATIVE_OBSERVATIONS_SHARE, null, key, observations.transformative(),
                        observations.observations(), 1)));
        for (String area : areas) {
            measures.add(Measure.ratio(MOWIP_BARRIERS_PER_100_SESSIONS, area, key,
                    mowip(mowip, area, Polarity.BARRIER), sessions, 100));
            measures.add(Measure.ratio(MOWIP_OPPORTUNITIES_PER_100_SESSIONS, area, key,
                    mowip(mowip, area, Polarity.OPPORTUNITY), sessions, 100));
        }
        measures.addAll(followUps(f, key));
        for (String topic : topics) {
            measures.addAll(competency(competency, key, topic));
        }
        return measures;
    }

    /** Women's share of authority roles ÷ women's share of registered attendance (known sex only). */
    private static Measure parity(Attendance attendance, String key) {
        long womenAuthority = attendance.womenAuthority();
        long authority = womenAuthority + attendance.menAuthority();
        long women = attendance.women();
        long known = women + attendance.men();
        Double value = authority == 0 || women == 0 ? null
                : ((double) womenAuthority / authority) / ((double) women / known);
        return new Measure(LEAD_ROLE_PARITY_INDEX, null, key, womenAuthority, authority, value, null);
    }

    /** The observations of one area and polarity among a cell's. */
    private static long mowip(List<Mowip> cell, String area, Polarity polarity) {
        return cell.stream().filter(r -> area.equals(r.area()) && polarity == r.polarity())
                .mapToLong(Mowip::observations).sum();
    }

    private static List<Measure> followUps(Families f, String key) {
        Closed closed = f.closed().in(key);
        Overdue overdue = f.overdue().in(key);
        Attendance followed = f.attendance().in(key);
        return List.of(
                Measure.count(FOLLOW_UPS_OPENED, null, key, f.opened().in(key).opened()),
                Measure.count(FOLLOW_UPS_CLOSED, null, key, closed.closed()),
                Measure.count(FOLLOW_UPS_CANCELLED, null, key, closed.cancelled()),
                Measure.ratio(FOLLOW_UPS_CLOSED_ON_TIME_SHARE, null, key, closed.onTime(), closed.closed(), 1),
                Measure.count(FOLLOW_UPS_OVERDUE, null, key, overdue.overdue()),
                new Measure(FOLLOW_UPS_MEDIAN_DAYS_OVERDUE, null, key, null, overdue.overdue(),
                        overdue.medianDays(), null),
                Measure.ratio(TRAINEES_FOLLOWED_UP_WITHIN_90_DAYS_SHARE, null, key, followed.followedUp(),
                        followed.attended(), 1));
    }

    /** The measures of one competency from a cell's rows. */
    private static List<Measure> competency(List<Competency> cell, String key, String topic) {
        List<Competency> rows = cell.stream().filter(r -> topic.equals(r.topic())).toList();
        Measure women = change(COMPETENCY_CHANGE_WOMEN, rows, Sex.WOMAN, key, topic);
        Measure men = change(COMPETENCY_CHANGE_MEN, rows, Sex.MAN, key, topic);
        Measure notRecorded = change(COMPETENCY_CHANGE_NOT_RECORDED, rows, Sex.NOT_RECORDED, key, topic);
        long trainees = women.denominator() + men.denominator() + notRecorded.denominator();
        long change = women.numerator() + men.numerator() + notRecorded.numerator();
        return List.of(women, men, notRecorded, mean(COMPETENCY_CHANGE_ALL, key, topic, change, trainees));
    }

    private static Measure change(Indicator indicator, List<Competency> rows, Sex sex, String key, String topic) {
        return rows.stream().filter(r -> r.sex() == sex).findFirst()
                .map(r -> mean(indicator, key, topic, r.change(), r.trainees()))
                .orElse(mean(indicator, key, topic, 0, 0));
    }

    private static Measure mean(Indicator indicator, String key, String topic, long change, long trainees) {
        return new Measure(indicator, topic, key, change, trainees, trainees == 0 ? null : (double) change / trainees, null);
    }
}
