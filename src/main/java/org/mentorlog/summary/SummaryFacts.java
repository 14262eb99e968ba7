package org.mentorlog.summary;

import jakarta.persistence.EntityManager;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.mentorlog.followup.FollowUpStatus;
import org.mentorlog.session.SessionChanged;
import org.mentorlog.trainee.TraineeChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary's read model (decision 0017): {@code summary_attendance} and {@code summary_rating}, a row per
 * counted attendance and rating with its session's date, team and site, the trainee's sex and agency, and
 * the date of the trainee's previous row within her mission, team and site (for ratings, of the same
 * competency, with the one before it and the change of level). With those, unique trainees and
 * competency progress are sums over the period's rows instead of a grouping per trainee.
 *
 * <p>Every row is derived from the base tables by one statement per table ({@link #refresh}); a trainee's
 * rows are rebuilt whole, in the transaction that changed a session she is in, one of her follow-ups or
 * her sex or agency ({@link SessionChanged}, {@link TraineeChanged}), just before it commits. The whole
 * model is rebuilt on start when the database says it is not built (a new or upgraded database, or
 * data written around the services, such as the demo's).
 */
@Component
@Order(10) // after the demo data
public class SummaryFacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SummaryFacts.class);
    private static final int CHUNK = 500;

    /** Counted attendance with its cell columns and whether a follow-up came within 91 days. */
    private static final String ATTENDANCE_ROWS = "select a.session_id, a.trainee_id, tm.mission_id, s.team_id,"
            + " s.site_id, s.session_date, t.sex, t.agency, s.duration_minutes as minutes,"
            + " case when a.position_of_authority then 1 else 0 end as authority,"
            + " case when exists (select 1 from follow_up_action f join training_session fs on fs.id = f.session_id"
            + " where f.trainee_id = a.trainee_id and fs.status in (:counted) and f.status <> :cancelled"
            + " and f.created_at >= s.session_date and f.created_at < s.session_date + interval '91' day)"
            + " then 1 else 0 end as followed_up"
            + " from attendance a join training_session s on s.id = a.session_id join team tm on tm.id = s.team_id"
            + " join trainee t on t.id = a.trainee_id where a.status in (:attended) and s.status in (:counted)";

    private static final String RATING_ROWS = "select cr.session_id, cr.trainee_id, cr.topic_id, tm.mission_id,"
            + " s.team_id, s.site_id, s.session_date, t.sex, t.agency, cr.level"
            + " from competency_rating cr join training_session s on s.id = cr.session_id"
            + " join team tm on tm.id = s.team_id join trainee t on t.id = cr.trainee_id"
            + " where s.status in (:counted)";

    /** The first day of the session's month, quarter and year: where a period's cells begin. */
    private static final String STARTS = "cast(date_trunc('month', x.session_date) as date),"
            + " cast(date_trunc('quarter', x.session_date) as date), cast(date_trunc('year', x.session_date) as date)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    SummaryFacts(JdbcClient jdbc, DataSource dataSource, EntityManager entityManager, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            Boolean built = jdbc.sql("select built from summary_facts_state where id = 1 for update")
                    .query(Boolean.class).single();
            if (!built) {
                long started = System.nanoTime();
                rebuild();
                log.info("Summary read model built in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /** Derives the whole read model again, in the caller's transaction. */
    public void rebuild() {
        jdbc.sql("delete from summary_attendance").update();
        jdbc.sql("delete from summary_rating").update();
        insert("");
        jdbc.sql("update summary_facts_state set built = true where id = 1").update();
        // The planner needs to know the new rows at once: without statistics PostgreSQL takes the
        // tables for tiny and reads a five-year period through an index (1.8 s instead of 0.4 s).
        boolean postgres = "PostgreSQL".equals(databaseProduct());
        for (String table : List.of("summary_attendance", "summary_rating")) {
            jdbc.sql((postgres ? "analyze " : "analyze table ") + table).update();
        }
    }

    private String databaseProduct() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Derives the rows of these trainees again, in the caller's transaction. */
    public void refresh(Collection<Long> traineeIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(traineeIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("delete from summary_attendance where trainee_id in (:trainees)").param("trainees", chunk).update();
            jdbc.sql("delete from summary_rating where trainee_id in (:trainees)").param("trainees", chunk).update();
            insert(" and %s.trainee_id in (:trainees)", chunk);
        }
    }

    @EventListener
    void sessionChanged(SessionChanged event) {
        Pending pending = pending();
        if (pending == null) {
            refresh(traineesOf(List.of(event.sessionId())));
            return;
        }
        entityManager.flush();
        pending.trainees.addAll(traineesOf(List.of(event.sessionId()))); // those it may lose
        pending.sessions.add(event.sessionId());
    }

    @EventListener
    void traineeChanged(TraineeChanged event) {
        Pending pending = pending();
        if (pending == null) {
            refresh(List.of(event.traineeId()));
            return;
        }
        pending.trainees.add(event.traineeId());
    }

    private void insert(String traineeFilter) {
        insert(traineeFilter, List.of());
    }

    private void insert(String traineeFilter, List<Long> trainees) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("counted", SummaryScope.COUNTED);
        parameters.put("attended", SummaryScope.ATTENDED);
        parameters.put("cancelled", FollowUpStatus.CANCELLED.name());
        if (!trainees.isEmpty()) {
            parameters.put("trainees", trainees);
        }
        jdbc.sql("insert into summary_attendance (session_id, trainee_id, mission_id, team_id, site_id, session_date,"
                        + " month_start, quarter_start, year_start, sex, agency, minutes, authority, followed_up,"
                        + " prev_mission, prev_team, prev_site, prev_followed_mission, prev_followed_team, prev_followed_site)"
                        + " select x.session_id, x.trainee_id, x.mission_id, x.team_id, x.site_id, x.session_date, "
                        + STARTS + ", x.sex, x.agency, x.minutes, x.authority, x.followed_up, "
                        + previous("lag(x.session_date)", "")
                        + ", " + previous("max(case when x.followed_up = 1 then x.session_date end)",
                        " rows between unbounded preceding and 1 preceding")
                        + " from (" + ATTENDANCE_ROWS + traineeFilter.formatted("a") + ") x")
                .params(parameters).update();
        jdbc.sql("insert into summary_rating (session_id, trainee_id, topic_id, mission_id, team_id, site_id,"
                        + " session_date, month_start, quarter_start, year_start, sex, agency, prev_mission, prev2_mission,"
                        + " delta_mission, prev_team, prev2_team, delta_team, prev_site, prev2_site, delta_site)"
                        + " select x.session_id, x.trainee_id, x.topic_id, x.mission_id, x.team_id, x.site_id,"
                        + " x.session_date, " + STARTS + ", x.sex, x.agency, " + ratingHistory("mission_id") + ", "
                        + ratingHistory("team_id") + ", " + ratingHistory("site_id")
                        + " from (" + RATING_ROWS + traineeFilter.formatted("cr") + ") x")
                .params(parameters).update();
    }

    /** {@code function} over the trainee's earlier rows within her mission, her team and her site. */
    private static String previous(String function, String frame) {
        List<String> columns = new ArrayList<>();
        for (String within : List.of("x.mission_id", "x.team_id", "x.site_id")) {
            columns.add(function + " over (partition by x.trainee_id, " + within
                    + " order by x.session_date, x.session_id" + frame + ")");
        }
        return String.join(", ", columns);
    }

    /** The previous rating's date, the one before it, and the change of level since the previous one. */
    private static String ratingHistory(String within) {
        String window = " over (partition by x.trainee_id, x.topic_id, x." + within
                + " order by x.session_date, x.session_id)";
        return "lag(x.session_date)" + window + ", lag(x.session_date, 2)" + window
                + ", x.level - lag(x.level)" + window;
    }

    /** The changes of the current transaction, applied just before it commits; null outside one. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    private Set<Long> traineesOf(Collection<Long> sessions) {
        if (sessions.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("select trainee_id from summary_attendance where session_id in (:s)"
                        + " union select trainee_id from summary_rating where session_id in (:s)"
                        + " union select trainee_id from attendance where session_id in (:s)"
                        + " union select trainee_id from competency_rating where session_id in (:s)"
                        + " union select trainee_id from follow_up_action where session_id in (:s)")
                .param("s", sessions).query(Long.class).list());
    }

    /**
     * Sessions and trainees changed in one transaction. A session's trainees are looked up when it is
     * announced (before the change: those it may lose) and again before commit (those it has then).
     */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> sessions = new LinkedHashSet<>();
        private final Set<Long> trainees = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            entityManager.flush();
            Set<Long> affected = new LinkedHashSet<>(trainees);
            affected.addAll(traineesOf(sessions));
            refresh(affected);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SummaryFacts.this);
        }
    }
}
