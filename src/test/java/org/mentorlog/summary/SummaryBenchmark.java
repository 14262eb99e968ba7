package org.mentorlog.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.PostgresSchema;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Times {@link SummaryService#summarize} on the demo data and on a large generated mission (10 teams,
 * 5 years, about 4 sessions a week per team) in H2, or with {@code -Dbenchmark.postgres=true} in a
 * schema of its own on this machine's PostgreSQL. Not part of the build; run it with
 * <pre>./mvnw -o test -Dtest=SummaryBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * and read the medians from the output.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:summary-benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@Import(TestData.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SummaryBenchmark {

    private static final String POSTGRES_SCHEMA = "mentorlog_benchmark";
    private static final int WARM_UPS = 3;
    private static final int RUNS = 9;
    private static final int TEAMS = 10;
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryQueries queries;

    @Autowired
    SummaryExport export;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (Boolean.getBoolean("benchmark.postgres")) {
            PostgresSchema.recreate(POSTGRES_SCHEMA);
            PostgresSchema.use(POSTGRES_SCHEMA, registry);
        }
    }

    @Test
    void time_the_summary_on_demo_data_and_on_a_large_mission() {
        data.signInExporting(data.user(Role.HQ_ANALYST, null));
        LocalDate today = LocalDate.now();
        SummaryQuery demoYear = SummaryQuery.of(today.minusYears(1), today, Breakdown.MONTH);
        profile("demo, 12 months by month", demoYear);
        report("demo, 12 months by month", () -> summaries.summarize(demoYear, Audience.HEADQUARTERS));
        report("demo, 12 months by team", () -> summaries.summarize(
                SummaryQuery.of(demoYear.from(), demoYear.to(), Breakdown.TEAM), Audience.HEADQUARTERS));

        long started = System.nanoTime();
        Set<Long> teams = generate();
        System.out.printf("BENCHMARK generated %d sessions, %d attendances, %d ratings, %d follow-ups in %d ms%n",
                count("training_session"), count("attendance"), count("competency_rating"),
                count("follow_up_action"), (System.nanoTime() - started) / 1_000_000);

        profile("large, 5 years by month", SummaryQuery.of(START, END, Breakdown.MONTH).withTeams(teams));
        for (Breakdown groupBy : List.of(Breakdown.NONE, Breakdown.MONTH, Breakdown.TEAM, Breakdown.AGENCY)) {
            SummaryQuery query = SummaryQuery.of(START, END, groupBy).withTeams(teams);
            report("large, 5 years x 10 teams by " + groupBy, () -> summaries.summarize(query, Audience.HEADQUARTERS));
        }
        SummaryQuery oneYear = SummaryQuery.of(LocalDate.of(2025, 1, 1), END, Breakdown.MONTH).withTeams(teams);
        report("large, 1 year x 10 teams by MONTH", () -> summaries.summarize(oneYear, Audience.HEADQUARTERS));
        SummaryQuery fiveYears = SummaryQuery.of(START, END, Breakdown.MONTH).withTeams(teams);
        exports("large, 5 years x 10 teams", fiveYears);
        exports("large, 1 year x 10 teams", oneYear);
    }

    /** Time and size of the XLSX and PDF exports, each of which computes the summary twice. */
    private void exports(String name, SummaryQuery query) {
        Map<String, java.util.function.BiConsumer<SummaryQuery, java.io.OutputStream>> formats = Map.of(
                "xlsx", (q, out) -> export.writeXlsx(q, java.util.Locale.ENGLISH, out),
                "pdf", (q, out) -> export.writePdf(q, java.util.Locale.ENGLISH, out));
        formats.forEach((format, write) -> {
            long[] millis = new long[RUNS];
            int size = 0;
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                long started = System.nanoTime();
                write.accept(query, out);
                if (i >= WARM_UPS) {
                    millis[i - WARM_UPS] = (System.nanoTime() - started) / 1_000_000;
                }
                size = out.size();
            }
            Arrays.sort(millis);
            System.out.printf("BENCHMARK %-40s median %5d ms (min %d, max %d, %d bytes)%n", name + " " + format,
                    millis[RUNS / 2], millis[0], millis[RUNS - 1], size);
        });
    }

    /** Each query of the summary once, to see where the time goes. */
    private void profile(String name, SummaryQuery query) {
        SummaryScope scope = new SummaryScope(query, query.teamIds(), LocalDate.now());
        List<Map.Entry<String, Function<SummaryScope, ?>>> steps = List.of(
                Map.entry("sessions", queries::sessions), Map.entry("attendance", queries::attendance),
                Map.entry("followedUp", queries::followedUpTrainees),
                Map.entry("observations", queries::observations), Map.entry("mowip", queries::mowipAreas),
                Map.entry("opened", queries::followUpsOpened), Map.entry("closed", queries::followUpsClosed),
                Map.entry("overdue", queries::followUpsOverdue),
                Map.entry("competency", queries::competencyChanges));
        for (var step : steps) {
            for (SummaryScope s : List.of(scope, scope.total())) {
                long started = System.nanoTime();
                step.getValue().apply(s);
                System.out.printf("BENCHMARK %s: %s%s %d ms%n", name, step.getKey(), s.isTotal() ? " (total)" : "",
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private void report(String name, Supplier<MissionSummary> summary) {
        for (int i = 0; i < WARM_UPS; i++) {
            summary.get();
        }
        long[] millis = new long[RUNS];
        int values = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            values = summary.get().values().size();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %-40s median %5d ms (min %d, max %d, %d values)%n", name, millis[RUNS / 2],
                millis[0], millis[RUNS - 1], values);
    }

    /** Ten teams of 60 trainees each, four sessions a week for five years, all in plain batch inserts. */
    private Set<Long> generate() {
        Random random = new Random(42);
        Set<Long> teams = new HashSet<>();
        long[] topics = jdbc.queryForList("select id from reference_item where kind = 'TOPIC'", Long.class)
                .stream().mapToLong(Long::longValue).toArray();
        long[] areas = jdbc.queryForList("select id from reference_item where kind = 'MOWIP_AREA'", Long.class)
                .stream().mapToLong(Long::longValue).toArray();
        String[] sexes = {"WOMAN", "MAN", "MAN", "NOT_RECORDED"};
        String[] agencies = {"POLICE", "GENDARMERIE", "NATIONAL_GUARD"};
        for (int t = 0; t < TEAMS; t++) {
            TeamRef team = data.team();
            teams.add(team.id());
            UserRef mentor = data.user(Role.MENTOR, team);
            long[] trainees = new long[60];
            for (int i = 0; i < trainees.length; i++) {
                trainees[i] = data.trainee(team, null, sexes[random.nextInt(4)], agencies[random.nextInt(3)]);
            }
            List<Object[]> sessions = new ArrayList<>();
            for (LocalDate day = START; !day.isAfter(END); day = day.plusDays(1)) {
                if (random.nextInt(7) < 4) {
                    OffsetDateTime at = day.atTime(18, 0).atOffset(ZoneOffset.UTC);
                    sessions.add(new Object[] {team.id(), mentor.id(), team.siteId(), day, 30 + 30 * random.nextInt(6),
                            random.nextInt(5) == 0 ? null : "Purpose", random.nextInt(3), random.nextInt(3),
                            random.nextInt(2), random.nextBoolean(), random.nextInt(8) == 0 ? "DRAFT" : "REVIEWED", at, at});
                }
            }
            jdbc.batchUpdate("insert into training_session (team_id, lead_mentor_id, site_id, session_date,"
                    + " duration_minutes, format, purpose, language, unregistered_women, unregistered_men,"
                    + " unregistered_unknown, gender_content, status, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, 'CLASSROOM', ?, 'fr', ?, ?, ?, ?, ?, ?, ?)", sessions);
            List<Object[]> ids = jdbc.query("select id, session_date from training_session where team_id = ?",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}, team.id());
            details(random, ids, trainees, topics, areas, mentor);
        }
        return teams;
    }

    private void details(Random random, List<Object[]> sessions, long[] trainees, long[] topics, long[] areas,
                         UserRef mentor) {
        List<Object[]> attendance = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> observations = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        for (Object[] session : sessions) {
            long id = (Long) session[0];
            LocalDate date = (LocalDate) session[1];
            int first = random.nextInt(trainees.length - 15);
            for (int i = first; i < first + 15; i++) {
                attendance.add(new Object[] {id, trainees[i], random.nextInt(10) == 0 ? "ABSENT" : "PRESENT",
                        random.nextInt(5) == 0});
                if (random.nextInt(3) == 0) {
                    ratings.add(new Object[] {id, trainees[i], topics[random.nextInt(topics.length)], 1 + random.nextInt(4)});
                }
                if (random.nextInt(8) == 0) {
                    String status = List.of("OPEN", "IN_PROGRESS", "DONE", "DONE", "CANCELLED").get(random.nextInt(5));
                    LocalDate closed = status.equals("DONE") || status.equals("CANCELLED") ? date.plusDays(random.nextInt(40)) : null;
                    followUps.add(new Object[] {trainees[i], id, mentor.id(), date.plusDays(random.nextInt(30)), status,
                            closed, date.atTime(19, 0).atOffset(ZoneOffset.UTC)});
                }
            }
            observations.add(new Object[] {id, random.nextBoolean() ? "TRANSFORMATIVE" : "TRADITIONAL",
                    areas[random.nextInt(areas.length)], random.nextBoolean() ? "BARRIER" : "OPPORTUNITY"});
        }
        jdbc.batchUpdate("insert into attendance (session_id, trainee_id, status, position_of_authority) values (?, ?, ?, ?)",
                attendance);
        jdbc.batchUpdate("insert into competency_rating (session_id, trainee_id, topic_id, level) values (?, ?, ?, ?)"
               , dedupe(ratings));
        jdbc.batchUpdate("insert into observation (session_id, approach, mowip_area_id, polarity) values (?, ?, ?, ?)",
                observations);
        jdbc.batchUpdate("insert into follow_up_action (trainee_id, session_id, description, owner_id, due_date, status,"
                + " closed_date, created_at) values (?, ?, 'Follow up', ?, ?, ?, ?, ?)", followUps);
    }

    /** One rating per trainee, session and topic, as the schema requires. */
    private static List<Object[]> dedupe(List<Object[]> ratings) {
        Set<String> seen = new HashSet<>();
        return ratings.stream().filter(r -> seen.add(r[0] + "/" + r[1] + "/" + r[2])).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
