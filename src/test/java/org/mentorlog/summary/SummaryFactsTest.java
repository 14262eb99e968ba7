package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.trainee.Agency;
import org.mentorlog.volume.VolumeGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model gives the very figures the base tables give, for every breakdown, periods that cut
 * months and filters by team, site and agency (the follow-ups' also where several sites cut the
 * trainees' runs), on a dense generated mission (1,500 sessions in two
 * years, four teams, trainees at several sites, a few of the first team's also in the second team's
 * sessions); and that computing them
 * with one pass beside the others holds up when every connection of the pool is taken.
 */
@IntegrationTest
class SummaryFactsTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 30);
    /** The class (and so the database) the mission below was generated for: H2, or PostgreSQL in the subclass. */
    private static Class<?> generatedFor;
    private static long mission;
    private static List<Long> teams;
    private static List<Long> sites;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SummaryCalculator calculator;

    @Autowired
    SummaryFacts facts;

    @Autowired
    SummaryQueries queries;

    @Autowired
    HikariDataSource pool;

    @BeforeEach
    void aDenseMission() {
        if (generatedFor == getClass()) {
            return;
        }
        generatedFor = getClass();
        mission = new VolumeGenerator(jdbc, transactions)
                .generate(new VolumeGenerator.Plan(1_500, 4, 2, END, 7));
        teams = jdbc.queryForList("select id from team where mission_id = ? order by id", Long.class, mission);
        sites = jdbc.queryForList("select id from site where team_id = ? order by id", Long.class, teams.getFirst());
        // Some trainees of the first team also attend sessions of the second, so a trainee's runs in her
        // team and in her mission differ.
        jdbc.update("insert into attendance (session_id, trainee_id, status, position_of_authority)"
                + " select s.id, t.id, 'PRESENT', false from training_session s, trainee t"
                + " where s.team_id = ? and t.team_id = ? and mod(s.id, 9) = 0 and mod(t.id, 20) = 0"
                + " and not exists (select 1 from attendance x where x.session_id = s.id and x.trainee_id = t.id)",
                teams.get(1), teams.getFirst());
        jdbc.update("insert into competency_rating (session_id, trainee_id, topic_id, level)"
                + " select a.session_id, a.trainee_id, st.topic_id, 1 + mod(a.session_id, 4) from attendance a"
                + " join training_session s on s.id = a.session_id join session_topic st on st.session_id = s.id"
                + " join trainee t on t.id = a.trainee_id where s.team_id = ? and t.team_id = ?"
                + " and not exists (select 1 from competency_rating x where x.session_id = a.session_id"
                + " and x.trainee_id = a.trainee_id and x.topic_id = st.topic_id)", teams.get(1), teams.getFirst());
        transactions.executeWithoutResult(status -> facts.rebuild());
    }

    @Test
    void every_shape_reads_the_same_figures_from_the_read_model_as_from_the_base_tables() {
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
                new LocalDate[] {LocalDate.of(2024, 12, 1), END},
                new LocalDate[] {LocalDate.of(2025, 3, 17), LocalDate.of(2026, 2, 9)},
                new LocalDate[] {LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 20)},
                // whole months and an unfinished one, read from the monthly rows and the rows of each attendance
                new LocalDate[] {LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 15)},
                new LocalDate[] {LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 20)},
                // ending late in a year: its yearly rating sums less its ratings after the period
                new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 20)},
                new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)},
                // starting within a month, long enough for its rows, then the sums from the next month, corrected
                // for the trainees on both sides; a first quarter and year that go on past the next month, and an
                // unfinished last month
                new LocalDate[] {LocalDate.of(2025, 1, 27), END},
                new LocalDate[] {LocalDate.of(2024, 12, 27), LocalDate.of(2025, 12, 31)},
                new LocalDate[] {LocalDate.of(2025, 4, 28), LocalDate.of(2025, 9, 20)});
        List<SummaryScope> scopes = new ArrayList<>();
        for (LocalDate[] period : periods) {
            for (Breakdown breakdown : Breakdown.values()) {
                SummaryQuery query = SummaryQuery.of(period[0], period[1], breakdown).inMission(mission);
                scopes.add(new SummaryScope(query, Set.copyOf(teams), true, END));
                scopes.add(new SummaryScope(query.withTeams(Set.of(teams.get(1))), Set.of(teams.get(1)), false, END));
                SummaryQuery site = query.withSites(Set.of(sites.get(1)));
                scopes.add(new SummaryScope(site, Set.copyOf(teams), true, END));
                SummaryQuery agencies = query.withAgencies(Set.of(Agency.POLICE, Agency.GENDARMERIE));
                scopes.add(new SummaryScope(agencies, Set.copyOf(teams), true, END));
                scopes.add(new SummaryScope(agencies.withSites(Set.of(sites.get(2))), Set.copyOf(teams), true, END));
                // one agency: its sessions summed from their rows of that agency alone
                scopes.add(new SummaryScope(query.withAgencies(Set.of(Agency.POLICE)), Set.copyOf(teams), true, END));
                // Filters that cut the trainees' runs: the movers come from the base tables, or where most moved
                // (two sites of a team) every trainee's rows of the read model are folded per trainee.
                scopes.add(new SummaryScope(query.withSites(Set.of(sites.get(0), sites.get(1))), Set.copyOf(teams),
                        true, END));
                for (Set<Long> some : List.of(Set.of(teams.get(0), teams.get(1)), Set.of(teams.get(0), teams.get(2)),
                        Set.of(teams.get(2), teams.get(3)))) {
                    scopes.add(new SummaryScope(query.withTeams(some), some, false, END));
                }
            }
        }
        long compared = 0;
        for (SummaryScope scope : scopes) {
            assertThat(scope.readsModel()).as("reads the read model").isTrue();
            SummaryQuery query = scope.query();
            List<Measure> fromFacts = calculator.compute(query, scope).measures();
            List<Measure> fromBase = calculator.compute(query, scope.withoutFacts()).measures();
            assertThat(fromFacts).as(query.toString()).containsExactlyInAnyOrderElementsOf(fromBase);
            compared += fromBase.size();
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    /**
     * The benchmark's yardstick ({@link DuckDbReference}, issue 10) computes the same figures from its copy of the
     * rows: a read-model table it does not copy, or SQL DuckDB does not take, fails here and not in a benchmark run.
     */
    @Test
    void duckdb_computes_the_same_figures_from_its_copy_of_the_rows() throws Exception {
        Set<Long> all = Set.copyOf(teams);
        try (DuckDbReference duck = new DuckDbReference(jdbc)) {
            for (LocalDate from : List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2024, 12, 1),
                    LocalDate.of(2025, 1, 16))) {
                for (Breakdown breakdown : Breakdown.values()) {
                    SummaryQuery query = SummaryQuery.of(from, END, breakdown).inMission(mission);
                    List<Measure> application = calculator.compute(query, new SummaryScope(query, all, true, END))
                            .measures();
                    assertThat(application).as(query.toString()).hasSizeGreaterThan(100);
                    assertThat(duck.compute(query, all, true, END).measures()).as(query.toString())
                            .containsExactlyInAnyOrderElementsOf(application);
                }
            }
        }
    }

    /**
     * Competency progress runs beside the other passes on a second connection. As many summaries at once
     * as the pool has connections, each holding one in its transaction, must all finish with the figures
     * of a summary computed alone: a summary never waits for a pass no thread has started (if it did,
     * the pass would wait for a connection only the waiting summaries could give back).
     */
    @Test
    void as_many_summaries_at_once_as_connections_all_finish_with_the_same_figures() throws Exception {
        SummaryQuery query = SummaryQuery.of(LocalDate.of(2025, 12, 1), END, Breakdown.MONTH).inMission(mission);
        SummaryScope scope = new SummaryScope(query, Set.copyOf(teams), true, END);
        List<Measure> alone = calculator.compute(query, scope).measures();
        int atOnce = pool.getMaximumPoolSize();
        CyclicBarrier everyConnectionTaken = new CyclicBarrier(atOnce);
        ExecutorService users = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<List<Measure>>> results = IntStream.range(0, atOnce)
                    .mapToObj(i -> users.submit(() -> transactions.execute(status -> {
                        jdbc.queryForObject("select 1", Integer.class); // holds a connection, as a summary does
                        await(everyConnectionTaken);
                        return calculator.compute(query, scope).measures();
                    }))).toList();
            for (Future<List<Measure>> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(alone);
            }
        } finally {
            users.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /**
     * Some of several teams, or several sites, cut a trainee's runs in the read model. It still counts the
     * trainees who stayed in one team (at one site) of the selection; only those who moved come from the
     * base tables: here, the first team's trainees who also attend the second team's sessions. When most
     * trainees moved, the read model's rows of each attendance and rating are folded per trainee instead.
     */
    @Test
    void filters_that_cut_a_trainees_runs_read_only_the_movers_from_the_base_tables() {
        SummaryQuery year = SummaryQuery.of(LocalDate.of(2025, 1, 1), END, Breakdown.MONTH).inMission(mission);
        Set<Long> twoTeams = Set.of(teams.get(0), teams.get(1));
        SummaryScope cut = new SummaryScope(year.withTeams(twoTeams), twoTeams, false, END);
        assertThat(cut.readsFacts()).as("before the movers are known").isFalse();
        SummaryScope apart = queries.withMoversApart(cut);
        assertThat(apart.readsFacts()).isTrue();
        List<Long> crossing = jdbc.queryForList("select distinct a.trainee_id from attendance a"
                + " join training_session s on s.id = a.session_id join trainee t on t.id = a.trainee_id"
                + " where s.team_id = ? and t.team_id = ? and s.status in ('SUBMITTED', 'REVIEWED')"
                + " and s.session_date <= ?", Long.class, teams.get(1),
                teams.getFirst(), END);
        assertThat(crossing).isNotEmpty();
        assertThat(apart.parameters().get("movers")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrderElementsOf(crossing);

        Set<Long> apartFromTheCrossing = Set.of(teams.get(2), teams.get(3));
        SummaryScope none = queries.withMoversApart(new SummaryScope(year.withTeams(apartFromTheCrossing),
                apartFromTheCrossing, false, END));
        assertThat(none.readsFacts()).isTrue();
        assertThat(none.movers()).as("no trainee moved between these teams").isEmpty();

        // Nearly every trainee attends sessions at each of her team's sites.
        SummaryQuery twoSites = year.withSites(Set.of(sites.get(0), sites.get(1)));
        SummaryScope mostMoved = queries.withMoversApart(new SummaryScope(twoSites, Set.copyOf(teams), true, END));
        assertThat(mostMoved.readsFacts()).as("too many movers to count apart").isFalse();
        assertThat(mostMoved.foldsRows()).as("the read model's rows folded per trainee").isTrue();
    }
}
