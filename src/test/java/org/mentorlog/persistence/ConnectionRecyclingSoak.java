package org.mentorlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.observation.Approach;
import org.mentorlog.observation.NormSource;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.observation.Polarity;
import org.mentorlog.security.Role;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.mentorlog.session.TabletLog;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeService;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production shape of issue 8, for minutes instead of half an hour: a file H2 database, a pool that
 * retires every connection after 30 seconds (Hikari's minimum), and mentors and leaders logging and
 * reviewing sessions through the services from two threads. At the end every write must be found back
 * and no write may have failed. Not part of the build (it runs for minutes); run it with
 * <pre>./mvnw test -Dtest=ConnectionRecyclingSoak -Dsoak=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * adding {@code -Dsoak.minutes=N} (default 3) or {@code -Dh2.version=2.4.240} to see the old failure.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "soak", matches = "true")
class ConnectionRecyclingSoak {

    private static final int WORKERS = 2;
    private static final Duration PAUSE = Duration.ofMillis(100);
    private static final String RETIRED = "(connection has passed maxLifetime)";

    @Autowired
    TraineeService trainees;

    @Autowired
    SessionService sessions;

    @Autowired
    ReviewService reviews;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger failures = new AtomicInteger();
    private final Map<String, AtomicInteger> failureKinds = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void fileDatabaseWithShortLivedConnections(DynamicPropertyRegistry registry) {
        Path folder = temporaryFolder();
        System.out.println("SOAK database " + folder.resolve("mentorlog.mv.db"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("mentorlog") + ";AUTO_SERVER=FALSE");
        registry.add("spring.datasource.hikari.max-lifetime", () -> "30000");
    }

    @Test
    void writes_through_the_services_survive_minutes_of_retired_connections() throws Exception {
        Duration length = Duration.ofSeconds(Math.round(60 * Double.parseDouble(System.getProperty("soak.minutes", "3"))));
        AtomicInteger retired = countRetiredConnections();
        long topic = data.reference("TOPIC", "CSM-09");
        long area = data.reference("MOWIP_AREA", "GENDER_ROLES");
        List<Worker> workers = IntStream.range(0, WORKERS)
                .mapToObj(n -> new Worker(n, data.team(), topic, area)).toList();

        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        try (ExecutorService threads = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<?>> running = new ArrayList<>();
            workers.forEach(worker -> running.add(threads.submit(() -> worker.runUntil(deadline))));
            for (Future<?> worker : running) {
                worker.get();
            }
        }

        int logs = workers.stream().mapToInt(worker -> worker.reviewed.size()).sum();
        System.out.printf("SOAK %.1f minutes, %d threads: %d session logs written and reviewed (%d service calls"
                        + " that write), %d connections retired, %d failures %s%n",
                (System.nanoTime() - started) / 60e9, WORKERS, logs, 4 * logs, retired.get(), failures.get(), failureKinds);
        for (Worker worker : workers) {
            worker.findsEveryWriteBack();
        }
        System.out.printf("SOAK found back: %d trainees, %d session logs, %d of them reviewed with all their parts%n",
                workers.stream().mapToInt(worker -> worker.registered.size()).sum(),
                workers.stream().mapToInt(worker -> worker.started.size()).sum(), logs);
        assertThat(retired.get()).as("connections the pool retired").isGreaterThanOrEqualTo((int) (length.toSeconds() / 30));
        assertThat(failures.get()).as("failed writes, by cause: %s", failureKinds).isZero();
    }

    /** One mentor and her team leader: register a trainee, log a session with her, submit it, review it. */
    private final class Worker {
        private final int number;
        private final TeamRef team;
        private final UserRef mentor;
        private final UserRef leader;
        private final long topic;
        private final long area;
        private final Set<Long> registered = ConcurrentHashMap.newKeySet();
        private final Set<Long> started = ConcurrentHashMap.newKeySet();
        private final Set<Long> reviewed = ConcurrentHashMap.newKeySet();

        private Worker(int number, TeamRef team, long topic, long area) {
            this.number = number;
            this.team = team;
            this.mentor = data.user(Role.MENTOR, team);
            this.leader = data.user(Role.TEAM_LEADER, team);
            this.topic = topic;
            this.area = area;
        }

        void runUntil(long deadline) {
            for (int i = 0; System.nanoTime() < deadline; i++) {
                try {
                    logAndReview(i);
                } catch (RuntimeException failure) {
                    failures.incrementAndGet();
                    failureKinds.computeIfAbsent(rootMessage(failure), kind -> new AtomicInteger()).incrementAndGet();
                } finally {
                    data.signOut();
                }
                sleep(PAUSE);
            }
        }

        /** Touches every check of the schema that a mentor's or leader's work reaches, with varying values. */
        private void logAndReview(int i) {
            data.signIn(mentor);
            long trainee = trainees.register(new TraineeDetails("Soak " + number + "-" + i, nth(Sex.values(), i),
                    nth(Agency.values(), i), nth(RankBand.values(), i), null)).id();
            registered.add(trainee);
            TabletLog saved = sessions.applyTabletChange(TabletChanges.newLog(TabletChanges.blankLog(mentor.id(),
                    team.siteId()).purpose("Soak " + i).topic(topic)
                    .attendee(new AttendeeLog(trainee, i % 2 == 0 ? AttendanceStatus.PRESENT : AttendanceStatus.LATE,
                            null, false, false, true, false, true, false, false, null, Map.of(topic, 1 + i % 4)))
                    .observation(new ObservationInput(nth(Approach.values(), i), area, nth(Polarity.values(), i),
                            nth(NormSource.values(), i), Set.of(), null, trainee))
                    .followUp(new FollowUpInput(null, trainee, "Soak follow-up " + i, mentor.id(),
                            LocalDate.now().plusDays(7)))
                    .build(), false));
            long id = saved.log().id();
            started.add(id);
            long version = sessions.applyTabletChange(TabletChanges.change(saved, saved.log(), true)).log().version();
            data.signIn(leader);
            if (i % 2 == 0) {
                reviews.approve(id, version);
            } else {
                reviews.returnToMentor(id, version, "Add the sketch");
            }
            reviewed.add(id);
        }

        /** Every trainee and session the services accepted is in the database, each log with all its parts. */
        void findsEveryWriteBack() {
            assertThat(jdbc.sql("select id from trainee where team_id = ?").param(team.id()).query(Long.class).set())
                    .as("trainees of worker %d", number).isEqualTo(registered);
            assertThat(jdbc.sql("select id from training_session where team_id = ?").param(team.id())
                    .query(Long.class).set()).as("session logs of worker %d", number).isEqualTo(started);
            assertThat(jdbc.sql("""
                    select s.id from training_session s where s.team_id = ? and s.status in ('REVIEWED', 'RETURNED')
                    and exists (select 1 from attendance a where a.session_id = s.id)
                    and exists (select 1 from competency_rating r where r.session_id = s.id)
                    and exists (select 1 from observation o where o.session_id = s.id)
                    and exists (select 1 from follow_up_action f where f.session_id = s.id)
                    and exists (select 1 from session_review v where v.session_id = s.id)""")
                    .param(team.id()).query(Long.class).set())
                    .as("reviewed logs of worker %d with attendance, rating, observation, follow-up and review", number)
                    .isEqualTo(reviewed);
        }
    }

    /** Counts the connections Hikari closes because they reached their maximum lifetime (it says so at debug level). */
    private static AtomicInteger countRetiredConnections() {
        AtomicInteger retired = new AtomicInteger();
        AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getFormattedMessage().endsWith(RETIRED)) {
                    retired.incrementAndGet();
                }
            }
        };
        counter.start();
        Logger hikari = (Logger) LoggerFactory.getLogger("com.zaxxer.hikari.pool.PoolBase");
        hikari.setLevel(Level.DEBUG);
        hikari.addAppender(counter);
        return retired;
    }

    /** Cycles through every value a check allows. */
    private static <E> E nth(E[] values, int i) {
        return values[i % values.length];
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return root.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("mentorlog-soak");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
