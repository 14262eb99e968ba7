package org.mentorlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.PostgresSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Crash safety: the application is killed with SIGKILL ({@link Process#destroyForcibly()}) while a mentor's
 * writes stream in, and started again, several times. Every restart must pass Flyway's and Hibernate's
 * validation, and every write found must be whole (a trainee with its audit event, a log with its
 * attendance). On PostgreSQL every write the application confirmed (the service call returned, so its
 * transaction committed) must be found. H2 may lose the last few confirmed writes before a kill (its
 * store writes a committed change to the file shortly after the commit, and the recovery after a crash
 * may drop the newest chunks): there the lost writes must be the newest ones of their run, and the test
 * reports how many. The child process is {@link CrashWriter}, on the test classpath.
 * Each start of the whole application takes 15 to 30 seconds here, so this is not part of the build; run
 * it with
 * <pre>./mvnw test -Dtest=CrashSafetySoak -Dsoak=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Figures are in docs/security.md, "Crash safety".
 */
@EnabledIfSystemProperty(named = "soak", matches = "true")
class CrashSafetySoak {

    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final Duration WRITING = Duration.ofSeconds(3);
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    @Test
    void every_write_the_h2_application_confirmed_survives_being_killed() throws Exception {
        Path folder = Files.createTempDirectory("mentorlog-crash");
        String url = "jdbc:h2:file:" + folder.resolve("mentorlog") + ";AUTO_SERVER=FALSE";
        killAndRestart("H2", List.of("--spring.datasource.url=" + url), url, "sa", "", true);
    }

    @Test
    void every_write_the_postgresql_application_confirmed_survives_being_killed() throws Exception {
        String schema = "crash_safety";
        PostgresSchema.recreate(schema);
        List<String> settings = new ArrayList<>();
        Map<String, String> values = new ConcurrentHashMap<>();
        PostgresSchema.use(schema, (name, value) -> {
            settings.add("--" + name + "=" + value.get());
            values.put(name, String.valueOf(value.get()));
        });
        killAndRestart("PostgreSQL", settings, values.get("spring.datasource.url"),
                values.get("spring.datasource.username"), values.get("spring.datasource.password"), false);
    }

    private void killAndRestart(String database, List<String> settings, String url, String user, String password,
                                boolean mayLoseTheNewest) throws Exception {
        Confirmed confirmed = new Confirmed();
        List<Integer> perRound = new ArrayList<>();
        long started = System.nanoTime();
        for (int round = 1; round <= KILLS; round++) {
            Child child = Child.start(settings, round, confirmed);
            int before = confirmed.trainees.size();
            child.awaitWritesFor(WRITING);
            child.kill();
            perRound.add(confirmed.trainees.size() - before);
            assertThat(confirmed.trainees.size()).as("writes confirmed in round %d", round).isGreaterThan(before);
        }
        // The database opens cleanly after the last kill: Flyway validates, Hibernate validates, writes go on.
        Child last = Child.start(settings, KILLS + 1, confirmed);
        last.awaitWritesFor(Duration.ZERO);
        last.kill();

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            Set<String> trainees = new HashSet<>(jdbc.sql("select full_name from trainee where full_name like 'Crash %'")
                    .query(String.class).list());
            Set<String> sessions = new HashSet<>(jdbc.sql("select s.purpose from training_session s where exists"
                    + " (select 1 from attendance a where a.session_id = s.id)").query(String.class).list());
            long unaudited = jdbc.sql("select count(*) from trainee t where not exists (select 1 from audit_event a"
                    + " where a.entity_type = 'trainee' and a.action = 'CREATE' and a.entity_id = t.id)")
                    .query(Long.class).single();
            long codes = jdbc.sql("select count(distinct code) from trainee").query(Long.class).single();
            List<String> lost = confirmed.trainees.stream().filter(name -> !trainees.contains(name)).toList();
            List<String> lostSessions = confirmed.sessions.stream().filter(name -> !sessions.contains(name)).toList();
            System.out.printf("CRASH %s: %d SIGKILLs and restarts in %.0f s; confirmed %d trainees (per run %s) and"
                            + " %d session logs; found %d trainees, %d session logs with attendance; lost %d trainees"
                            + " %s and %d session logs %s%n",
                    database, KILLS + 1, (System.nanoTime() - started) / 1e9, confirmed.trainees.size(), perRound,
                    confirmed.sessions.size(), trainees.size(), sessions.size(), lost.size(), lost,
                    lostSessions.size(), lostSessions);
            assertThat(unaudited).as("trainees without the audit event of their own transaction").isZero();
            assertThat(codes).as("no trainee code handed out twice").isEqualTo(trainees.size());
            if (mayLoseTheNewest) {
                assertThat(lost).as("lost trainees are the newest of their run").allSatisfy(name ->
                        assertThat(confirmed.trainees.subList(confirmed.trainees.indexOf(name), confirmed.trainees.size()))
                                .filteredOn(later -> sameRun(later, name)).noneMatch(trainees::contains));
            } else {
                assertThat(lost).as("confirmed trainees not found").isEmpty();
                assertThat(lostSessions).as("confirmed session logs not found").isEmpty();
            }
        }
    }

    private static boolean sameRun(String one, String other) {
        return one.substring(0, one.indexOf('#')).equals(other.substring(0, other.indexOf('#')));
    }

    /** What the child printed after each commit. */
    private static final class Confirmed {
        final List<String> trainees = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> sessions = new java.util.concurrent.CopyOnWriteArrayList<>();
    }

    /** One run of the application in its own JVM. */
    private static final class Child {
        private final Process process;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final Deque<String> tail = new ArrayDeque<>();
        private final Confirmed confirmed;

        private Child(Process process, Confirmed confirmed) {
            this.process = process;
            this.confirmed = confirmed;
            Thread.ofVirtual().start(this::read);
        }

        static Child start(List<String> settings, int round, Confirmed confirmed)
                throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Dcrash.round=" + round,
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    "--server.port=0", "--mentorlog.admin-password=crash-test-password",
                    "--spring.main.banner-mode=off", "--logging.level.root=warn"));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            Child child = new Child(builder.start(), confirmed);
            if (!child.ready.await(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                child.process.destroyForcibly().waitFor();
                throw new AssertionError("The application did not start:\n" + String.join("\n", child.tail));
            }
            return child;
        }

        /** Lets the child write for a while after its first confirmed write. */
        void awaitWritesFor(Duration writing) throws InterruptedException {
            int before = confirmed.trainees.size();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (confirmed.trainees.size() == before && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(writing);
            assertThat(process.isAlive()).as("the application is still writing:\n%s", String.join("\n", tail))
                    .isTrue();
        }

        /** SIGKILL: no shutdown hook, no pool closing, no database closing. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("TRAINEE ")) {
                        confirmed.trainees.add(line.substring(8));
                    } else if (line.startsWith("SESSION ")) {
                        confirmed.sessions.add(line.substring(8));
                    } else if (line.equals("READY")) {
                        ready.countDown();
                    } else {
                        synchronized (tail) {
                            tail.addLast(line);
                            if (tail.size() > 40) {
                                tail.removeFirst();
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException ended) {
                // the child was killed mid-line
            }
        }
    }
}
