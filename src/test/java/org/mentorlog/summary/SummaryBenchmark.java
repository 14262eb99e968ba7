package org.mentorlog.summary;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.session.SessionChanged;
import org.mentorlog.session.SessionStatus;
import org.mentorlog.trainee.Agency;
import org.mentorlog.volume.VolumeDatabase;
import org.mentorlog.volume.VolumeGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the headquarters summary and its exports on a volume made by {@code GenerateVolume}, and the
 * same aggregation in DuckDB over the same rows. Not part of the build; run it with
 * <pre>./mvnw -o test -Dtest=SummaryBenchmark -Dbenchmark=true -Dvolume=100000 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -Dvolume.postgres=true} for PostgreSQL) and read the lines starting with BENCHMARK. Options:
 * {@code -Dbenchmark.warmups=1 -Dbenchmark.runs=3}; {@code -Dbenchmark.years=1,5,10} times ten years as well
 * as one and five; {@code -Dbenchmark.profile=true} times each query;
 * {@code -Dbenchmark.digest=true} prints every measure; {@code -Dbenchmark.disclosure=true} times disclosure
 * control alone for every breakdown of one, five and ten years; {@code -Dbenchmark.filters=true} times ten years and filtered summaries
 * instead of the usual six; {@code -Dbenchmark.writes=true} times the read model's share of deriving a log again,
 * of returning it and of submitting it again; {@code -Dbenchmark.sweep=true} times every breakdown of one, five
 * and ten years from the 1st and from the 16th under six filters and lists the slowest;
 * {@code -Dbenchmark.exportsOnly=true} times only the
 * exports (with {@code -DargLine=-Xmx256m} for the heap).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestData.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SummaryBenchmark {

    private static final int WARM_UPS = Integer.getInteger("benchmark.warmups", 2);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

    @Autowired
    SummaryService summaries;

    @Autowired
    SummaryCalculator calculator;

    @Autowired
    SummaryExport export;

    @Autowired
    SummaryQueries summaryQueries;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        VolumeDatabase.use(registry);
    }

    @Test
    void time_the_summary_and_its_exports() throws Exception {
        int sessions = VolumeDatabase.sessions();
        VolumeGenerator.Plan plan = VolumeGenerator.Plan.of(sessions);
        long mission = jdbc.queryForObject("select id from mission where code = ?", Long.class, "VOL" + sessions);
        Set<Long> teams = new HashSet<>(jdbc.queryForList("select id from team where mission_id = ?", Long.class, mission));
        data.signInExporting(new UserRef(jdbc.queryForObject("select id from app_user where username = ?", Long.class,
                "hq-vol" + sessions), "hq-vol" + sessions, Role.HQ_ANALYST, null));
        System.out.printf("BENCHMARK %s: %d sessions, %d attendances, %d teams%n", VolumeDatabase.describe(),
                count("training_session"), count("attendance"), teams.size());
        LocalDate end = plan.end();
        // -Dbenchmark.firstDay=16 starts the six on the 16th instead of the 1st (of December)
        int firstDay = Integer.getInteger("benchmark.firstDay", 1);
        List<SummaryQuery> queries = List.of(
                SummaryQuery.of(end.minusYears(1).plusDays(firstDay), end, Breakdown.NONE),
                SummaryQuery.of(end.minusYears(1).plusDays(firstDay), end, Breakdown.MONTH),
                SummaryQuery.of(end.minusYears(1).plusDays(firstDay), end, Breakdown.TEAM),
                SummaryQuery.of(end.minusYears(5).plusDays(firstDay), end, Breakdown.NONE),
                SummaryQuery.of(end.minusYears(5).plusDays(firstDay), end, Breakdown.MONTH),
                SummaryQuery.of(end.minusYears(5).plusDays(firstDay), end, Breakdown.TEAM));
        LocalDate today = LocalDate.now();
        int threshold = jdbc.queryForObject("select disclosure_threshold from mission where id = ?", Integer.class,
                mission);
        if (Boolean.getBoolean("benchmark.digest")) {
            // A fingerprint of every measure, to compare two versions of the SQL on the same volume; besides
            // the timed shapes, every other breakdown and the filters, which take other paths through the SQL.
            SummaryQuery year = queries.get(0);
            Set<Long> someTeams = Set.copyOf(teams.stream().sorted().limit(2).toList());
            Set<Long> someSites = twoSitesOf(someTeams.stream().sorted().findFirst().orElseThrow());
            List<SummaryQuery> shapes = new java.util.ArrayList<>(queries);
            shapes.add(year.groupedBy(Breakdown.QUARTER));
            shapes.add(queries.get(3).groupedBy(Breakdown.YEAR));
            shapes.add(year.groupedBy(Breakdown.SITE));
            shapes.add(year.groupedBy(Breakdown.AGENCY));
            shapes.add(year.groupedBy(Breakdown.MONTH).withAgencies(Set.of(Agency.POLICE, Agency.NATIONAL_GUARD)));
            shapes.add(year.groupedBy(Breakdown.AGENCY).withAgencies(Set.of(Agency.GENDARMERIE)));
            shapes.add(year.groupedBy(Breakdown.TEAM).withTeams(someTeams).withSites(someSites));
            for (SummaryQuery query : shapes) {
                SummaryQuery inMission = query.inMission(mission);
                String shape = "%s by %s%s%s".formatted(years(query), query.groupBy(),
                        query.agencies().isEmpty() ? "" : " agencies " + new java.util.TreeSet<>(query.agencies()),
                        query.siteIds().isEmpty() ? "" : " 2 teams, 2 sites");
                List<Measure> measures = calculator.compute(inMission, headquartersScope(inMission, teams, today))
                        .measures();
                measures.forEach(m -> System.out.printf("DIGEST %s: %s%n", shape, m));
                // and what headquarters sees of them, to compare two versions of disclosure control
                new Disclosure(threshold, query.groupBy()).protect(measures)
                        .forEach(v -> System.out.printf("DIGEST %s protected: %s%n", shape, v));
            }
            return;
        }
        if (Boolean.getBoolean("benchmark.disclosure")) {
            // Disclosure control alone, for every breakdown: at 1,000,000 sessions there are 200 teams
            // and 600 sites, and the number of cells, not of sessions, decides its time.
            // -Dbenchmark.only=month times only the summaries whose name has that in it.
            String only = System.getProperty("benchmark.only", "");
            for (int years : new int[] {1, 5, 10}) {
                for (Breakdown breakdown : Breakdown.values()) {
                    SummaryQuery query = SummaryQuery.of(end.minusYears(years).plusDays(1), end, breakdown)
                            .inMission(mission);
                    if ((years + " years by " + breakdown).contains(only)) {
                        disclosure(query, new SummaryScope(query, teams, true, today), threshold);
                    }
                }
            }
            return;
        }
        if (Boolean.getBoolean("benchmark.filters")) {
            filtered(end, mission, teams, today, threshold);
            return;
        }
        if (Boolean.getBoolean("benchmark.sweep")) {
            sweep(end, mission, teams, today, threshold);
            return;
        }
        if (Boolean.getBoolean("benchmark.writes")) {
            writes(mission, end);
            return;
        }
        if (Boolean.getBoolean("benchmark.profile")) {
            for (SummaryQuery query : queries) {
                profile(query.inMission(mission), new SummaryScope(query.inMission(mission), teams, true, today),
                        threshold);
            }
            return;
        }
        if (!Boolean.getBoolean("benchmark.exportsOnly")) {
            // -Dbenchmark.years=1,5,10 adds ten years (with DuckDB beside them) to the usual one and five
            summaries(Arrays.stream(System.getProperty("benchmark.years", "1,5").split(",")).map(Integer::parseInt)
                    .flatMap(years -> Stream.of(Breakdown.NONE, Breakdown.MONTH, Breakdown.TEAM)
                            .map(breakdown -> SummaryQuery.of(end.minusYears(years).plusDays(1), end, breakdown)))
                    .toList(), mission, teams, today);
        }
        if (!Boolean.parseBoolean(System.getProperty("benchmark.exports", "true"))) {
            return;
        }
        SummaryQuery year = queries.get(1).inMission(mission);
        exportTime("1 year: XLSX", out -> export.writeXlsx(year, Locale.ENGLISH, out));
        exportTime("1 year: PDF", out -> export.writePdf(year, Locale.ENGLISH, out));
        SummaryQuery fiveYears = queries.get(4).inMission(mission);
        exportTime("5 years: XLSX", out -> export.writeXlsx(fiveYears, Locale.ENGLISH, out));
        exportTime("5 years: PDF", out -> export.writePdf(fiveYears, Locale.ENGLISH, out));
    }

    /**
     * Each summary, its SQL alone, and the same SQL in DuckDB, which must compute the same measures
     * ({@code -Dbenchmark.duckdb=false} leaves DuckDB out, for volumes whose rows do not fit its
     * in-memory copy).
     */
    private void summaries(List<SummaryQuery> queries, long mission, Set<Long> teams, LocalDate today)
            throws Exception {
        boolean withDuckDb = Boolean.parseBoolean(System.getProperty("benchmark.duckdb", "true"));
        try (DuckDbReference duck = withDuckDb ? new DuckDbReference(jdbc) : null) {
            for (SummaryQuery query : queries) {
                SummaryQuery inMission = query.inMission(mission);
                String name = years(query) + " years by " + query.groupBy();
                time(name + ": summary", () -> summaries.summarize(inMission, Audience.HEADQUARTERS));
                time(name + ": its SQL only", () -> calculator.compute(inMission,
                        new SummaryScope(inMission, teams, true, today)));
                if (duck == null) {
                    continue;
                }
                time(name + ": the same SQL in DuckDB", () -> duck.compute(inMission, teams, true, today));
                if (!duck.compute(inMission, teams, true, today).equals(calculator.compute(inMission,
                        new SummaryScope(inMission, teams, true, today)))) {
                    System.out.println("BENCHMARK " + name + ": DuckDB's measures DIFFER from the application's");
                }
            }
        }
    }

    /**
     * The shapes the six timed summaries leave out (with -Dbenchmark.filters=true): ten years, one agency, and
     * filters that cut a trainee's run in the read model ({@link SummaryScope#cutsRuns()}), so that the
     * trainees who moved within them are counted from the base tables. Each summary and its SQL alone, scoped
     * as headquarters sees it; each also computed from the base tables alone, which must give the same
     * measures (-Dbenchmark.compare=false leaves that out). With -Dbenchmark.profile=true each query of them
     * instead; -Dbenchmark.only=police times only the shapes whose name has that in it.
     */
    private void filtered(LocalDate end, long mission, Set<Long> teams, LocalDate today, int threshold) {
        List<Long> sorted = teams.stream().sorted().toList();
        Set<Long> half = Set.copyOf(sorted.subList(0, sorted.size() / 2));
        long firstTeam = sorted.getFirst();
        Set<Long> twoSites = twoSitesOf(firstTeam);
        SummaryQuery tenYears = SummaryQuery.of(end.minusYears(10).plusDays(1), end, Breakdown.NONE);
        SummaryQuery fiveYears = SummaryQuery.of(end.minusYears(5).plusDays(1), end, Breakdown.NONE);
        SummaryQuery oneYear = SummaryQuery.of(end.minusYears(1).plusDays(1), end, Breakdown.NONE);
        Map<String, SummaryQuery> shapes = new LinkedHashMap<>();
        shapes.put("10 years", tenYears);
        shapes.put("10 years by month", tenYears.groupedBy(Breakdown.MONTH));
        shapes.put("10 years by team", tenYears.groupedBy(Breakdown.TEAM));
        shapes.put("5 years by month, the whole mission", fiveYears.groupedBy(Breakdown.MONTH)); // to compare with
        shapes.put("5 years by month, police", fiveYears.groupedBy(Breakdown.MONTH).withAgencies(Set.of(Agency.POLICE)));
        shapes.put("5 years by agency", fiveYears.groupedBy(Breakdown.AGENCY));
        shapes.put("5 years by month, half the teams", fiveYears.groupedBy(Breakdown.MONTH).withTeams(half));
        shapes.put("5 years by team, half the teams", fiveYears.groupedBy(Breakdown.TEAM).withTeams(half));
        shapes.put("5 years, two sites of a team", fiveYears.withTeams(Set.of(firstTeam)).withSites(twoSites));
        shapes.put("1 year by month, half the teams", oneYear.groupedBy(Breakdown.MONTH).withTeams(half));
        shapes.put("1 year by site", oneYear.groupedBy(Breakdown.SITE)); // the most cells: 600 sites at 1,000,000
        shapes.put("10 years by site", tenYears.groupedBy(Breakdown.SITE));
        shapes.put("10 years by quarter", tenYears.groupedBy(Breakdown.QUARTER));
        // Periods that start within a month: a custom range on the dashboard, or an API call with such a from
        SummaryQuery midYear = SummaryQuery.of(end.minusYears(1).plusDays(16), end, Breakdown.NONE);
        SummaryQuery midTenYears = SummaryQuery.of(end.minusYears(10).plusDays(16), end, Breakdown.NONE);
        SummaryQuery midQuarter = SummaryQuery.of(end.minusMonths(3).plusDays(16), end, Breakdown.NONE);
        shapes.put("3 months from the 16th", midQuarter);
        shapes.put("3 months from the 16th by team", midQuarter.groupedBy(Breakdown.TEAM));
        shapes.put("1 year from the 16th", midYear);
        shapes.put("1 year from the 16th by team", midYear.groupedBy(Breakdown.TEAM));
        shapes.put("10 years from the 16th", midTenYears);
        shapes.put("10 years from the 16th by month", midTenYears.groupedBy(Breakdown.MONTH));
        shapes.put("10 years from the 16th by team", midTenYears.groupedBy(Breakdown.TEAM));
        String only = System.getProperty("benchmark.only", "");
        shapes.forEach((name, query) -> {
            if (!name.contains(only)) {
                return;
            }
            SummaryQuery inMission = query.inMission(mission);
            SummaryScope scope = headquartersScope(inMission, teams, today);
            SummaryScope apart = summaryQueries.withMoversApart(scope);
            if (Boolean.getBoolean("benchmark.profile")) {
                System.out.println("BENCHMARK " + name + ":");
                profile(inMission, apart, threshold);
                return;
            }
            time(name + ": summary", () -> summaries.summarize(inMission, Audience.HEADQUARTERS));
            String path = !scope.cutsRuns() ? "" : !apart.readsFacts() ? " (base tables)"
                    : " (%d movers apart)".formatted(((Set<?>) apart.parameters().get("movers")).size());
            time(name + ": its SQL only" + path,
                    () -> calculator.compute(inMission, scope));
            if (scope.cutsRuns()) {
                time(name + ": its SQL from the base tables alone",
                        () -> calculator.compute(inMission, scope.withoutFacts()));
            }
            if (!Boolean.parseBoolean(System.getProperty("benchmark.compare", "true"))) {
                return; // at 1,000,000 sessions the base tables take minutes a shape
            }
            Function<SummaryScope, List<String>> measures = s -> calculator.compute(inMission, s).measures().stream()
                    .map(Measure::toString).sorted().toList();
            if (!measures.apply(scope).equals(measures.apply(scope.withoutFacts()))) {
                System.out.println("BENCHMARK " + name + ": the read model's measures DIFFER from the base tables'");
            }
        });
    }

    /**
     * Each query of one summary and its disclosure control, to see where the time goes (with
     * -Dbenchmark.profile=true).
     */
    private void profile(SummaryQuery query, SummaryScope scope, int threshold) {
        Map<String, Function<SummaryScope, List<?>>> steps = new LinkedHashMap<>();
        steps.put("sessions", summaryQueries::sessions);
        steps.put("attendance", s -> List.of(summaryQueries.attendance(s)));
        steps.put("observations and MOWIP areas", s -> List.of(summaryQueries.observations(s)));
        steps.put("opened", summaryQueries::followUpsOpened);
        steps.put("closed", summaryQueries::followUpsClosed);
        steps.put("overdue", summaryQueries::followUpsOverdue);
        steps.put("competency", s -> List.of(summaryQueries.competencyChanges(s)));
        steps.forEach((name, step) -> time(years(query) + " years by " + query.groupBy() + ": " + name,
                () -> step.apply(scope)));
        disclosure(query, scope, threshold);
    }

    /**
     * The read model's share of submitting or reviewing a log: a transaction that announces a change to a
     * counted session, so that its trainees' rows are derived again from its date on, and commits; the log
     * itself stays as it is. Each run takes another session: the latest ones, and ones a year before the
     * end (a late log, after which a year of the trainees' rows is derived again). Then the same sessions are
     * returned, one per run, and submitted again: changes the read model must carry.
     */
    private void writes(long mission, LocalDate end) {
        for (LocalDate before : List.of(end, end.minusYears(1))) {
            List<Long> sessions = jdbc.queryForList("select s.id from training_session s"
                    + " join team tm on tm.id = s.team_id where tm.mission_id = ? and s.status = ? and s.session_date <= ?"
                    + " order by s.session_date desc, s.id desc fetch first " + (WARM_UPS + RUNS) + " rows only",
                    Long.class, mission, SessionStatus.REVIEWED.name(), before);
            Iterator<Long> next = sessions.iterator();
            time("read model of one log dated " + before + " or before", () -> transactions.executeWithoutResult(
                    status -> events.publishEvent(new SessionChanged(next.next()))));
            // A change the read model must carry: the log leaves the counted ones and comes back.
            Iterator<Long> returned = sessions.iterator();
            Iterator<Long> resubmitted = sessions.iterator();
            time("returning one log dated " + before + " or before", () -> setStatus(returned.next(),
                    SessionStatus.RETURNED));
            time("submitting it again", () -> setStatus(resubmitted.next(), SessionStatus.REVIEWED));
        }
    }

    private void setStatus(long session, SessionStatus to) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("update training_session set status = ? where id = ?", to.name(), session);
            events.publishEvent(new SessionChanged(session));
        });
    }

    /** Times disclosure control of one summary; the hidden cells' fingerprint tells two versions apart. */
    private void disclosure(SummaryQuery query, SummaryScope scope, int threshold) {
        List<Measure> measures = calculator.compute(query, scope).measures();
        List<IndicatorValue> shown = new Disclosure(threshold, query.groupBy()).protect(measures);
        List<String> hidden = shown.stream().filter(IndicatorValue::suppressed)
                .map(v -> v.code() + "|" + v.dimension() + "|" + v.key()).sorted().toList();
        time("%d years by %s: disclosure control (%d values, %d hidden, fingerprint %08x)".formatted(years(query),
                query.groupBy(), measures.size(), hidden.size(), hidden.hashCode()),
                () -> new Disclosure(threshold, query.groupBy()).protect(measures));
    }

    /**
     * Every summary headquarters can ask for, in kind (with -Dbenchmark.sweep=true): one, five and ten years,
     * from the 1st and from the 16th, by every breakdown, for the whole mission, one agency, two agencies, one
     * team, half the teams and two sites of a team. Each is timed as headquarters sees it; the slowest come
     * last, with how many are over the target (200 ms up to 100,000 sessions, 1 s beyond).
     * -Dbenchmark.only names one shape, or a pattern of names; with -Dbenchmark.profile=true each of their queries is
     * timed too.
     */
    private void sweep(LocalDate end, long mission, Set<Long> teams, LocalDate today, int threshold) {
        List<Long> sorted = teams.stream().sorted().toList();
        long firstTeam = sorted.getFirst();
        Set<Long> twoSites = twoSitesOf(firstTeam);
        Map<String, Function<SummaryQuery, SummaryQuery>> filters = new LinkedHashMap<>();
        filters.put("", query -> query);
        filters.put(", police", query -> query.withAgencies(Set.of(Agency.POLICE)));
        filters.put(", police and national guard", query -> query.withAgencies(Set.of(Agency.POLICE,
                Agency.NATIONAL_GUARD)));
        filters.put(", one team", query -> query.withTeams(Set.of(firstTeam)));
        filters.put(", half the teams", query -> query.withTeams(Set.copyOf(sorted.subList(0, sorted.size() / 2))));
        filters.put(", two sites of a team", query -> query.withTeams(Set.of(firstTeam)).withSites(twoSites));
        long target = VolumeDatabase.sessions() <= 100_000 ? 200 : 1_000;
        // -Dbenchmark.only="1 years by SITE, police" times that shape alone; a pattern, such as
        // ".*by QUARTER, .*", the shapes it matches whole
        String only = System.getProperty("benchmark.only", "");
        Map<String, Long> medians = new LinkedHashMap<>();
        for (int years : new int[] {1, 5, 10}) {
            for (int firstDay : new int[] {1, 16}) {
                for (Breakdown breakdown : Breakdown.values()) {
                    filters.forEach((filter, filtered) -> {
                        SummaryQuery query = filtered.apply(SummaryQuery.of(end.minusYears(years).plusDays(firstDay),
                                end, breakdown)).inMission(mission);
                        String name = "%d years%s by %s%s".formatted(years, firstDay == 1 ? "" : " from the 16th",
                                breakdown, filter);
                        if (!only.isEmpty() && !name.matches(only)) {
                            return;
                        }
                        if (Boolean.getBoolean("benchmark.profile")) {
                            profile(query, summaryQueries.withMoversApart(headquartersScope(query, teams, today)),
                                    threshold);
                        }
                        medians.put(name, time(name, () -> summaries.summarize(query, Audience.HEADQUARTERS)));
                    });
                }
            }
        }
        List<Map.Entry<String, Long>> slowest = medians.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        System.out.printf("BENCHMARK sweep: %d summaries, %d over %d ms; the slowest:%n", slowest.size(),
                slowest.stream().filter(e -> e.getValue() > target).count(), target);
        slowest.stream().limit(15).forEach(e -> System.out.printf("BENCHMARK   %6d ms  %s%n", e.getValue(), e.getKey()));
    }

    /** The first two sites of the team, by id. */
    private Set<Long> twoSitesOf(long team) {
        return Set.copyOf(jdbc.queryForList("select id from site where team_id = ? order by id", Long.class, team)
                .subList(0, 2));
    }

    /** The scope headquarters reads {@code query} in: its teams, or every team of the mission. */
    private static SummaryScope headquartersScope(SummaryQuery query, Set<Long> teams, LocalDate today) {
        Set<Long> scoped = query.teamIds().isEmpty() ? teams : query.teamIds();
        return new SummaryScope(query, scoped, scoped.equals(teams), today);
    }

    private static long years(SummaryQuery query) {
        return query.from().until(query.to().plusDays(1)).toTotalMonths() / 12;
    }

    /** Times {@code work} after warm-ups, prints median, min and max, and returns the median. */
    private long time(String name, Runnable work) {
        for (int i = 0; i < WARM_UPS; i++) {
            work.run();
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        print(name, millis, "");
        return millis[millis.length / 2];
    }

    /** Time and peak heap (all heap pools' peaks after a reset, so an upper bound) of one export. */
    private void exportTime(String name, Consumer<OutputStream> write) {
        long[] millis = new long[RUNS];
        long peak = 0;
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            write.accept(OutputStream.nullOutputStream());
            if (i >= WARM_UPS) {
                millis[i - WARM_UPS] = (System.nanoTime() - started) / 1_000_000;
                peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            }
        }
        print(name, millis, ", peak heap %d MB".formatted(peak >> 20));
    }

    private static void print(String name, long[] millis, String extra) {
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %-45s median %6d ms (min %d, max %d)%s%n", name, millis[millis.length / 2],
                millis[0], millis[millis.length - 1], extra);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
