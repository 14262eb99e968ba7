package org.mentorlog.summary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the summary. Every query aggregates in the database and returns one row per breakdown
 * cell (and per dimension); plain SQL that runs unchanged on H2 2.x and PostgreSQL 15+.
 */
@Component
class SummaryQueries {

    /** One aggregated row; column names are case-insensitive, missing numbers read as zero. */
    record Row(Map<String, Object> columns) {
        String text(String name) {
            return (String) columns.get(name);
        }

        long number(String name) {
            Object value = columns.get(name);
            return value == null ? 0 : ((Number) value).longValue();
        }

        Double decimal(String name) {
            Object value = columns.get(name);
            return value == null ? null : ((Number) value).doubleValue();
        }
    }

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sessions, minutes, purpose and gender content, and the unregistered head-counts. */
    List<Row> sessions(SummaryScope scope) {
        String date = "s.session_date";
        return rows(scope, "select " + scope.key(date, "ag.agency") + " as k, count(*) as sessions,"
                + " sum(s.duration_minutes) as minutes,"
                + " sum(case when s.purpose is not null and trim(s.purpose) <> '' then 1 else 0 end) as with_purpose,"
                + " sum(case when s.gender_content then 1 else 0 end) as with_gender_content,"
                + " sum(" + scope.unregistered("unregistered_women") + ") as unregistered_women,"
                + " sum(" + scope.unregistered("unregistered_men") + ") as unregistered_men,"
                + " sum(" + scope.unregistered("unregistered_unknown") + ") as unregistered_unknown,"
                + " sum(" + scope.unregistered("unregistered_women") + " * s.duration_minutes) as unregistered_women_minutes,"
                + " sum(" + scope.unregistered("unregistered_men") + " * s.duration_minutes) as unregistered_men_minutes"
                + " from training_session s join team tm on tm.id = s.team_id" + scope.sessionAgencyJoin()
                + " where " + scope.sessionsInPeriod() + scope.sessionAgencyFilter()
                + scope.groupBy(date, "ag.agency"));
    }

    /** Registered attendance by sex: person-sessions, minutes, authority roles, unique trainees. */
    List<Row> attendance(SummaryScope scope) {
        String date = "s.session_date";
        return rows(scope, "select " + scope.key(date, "t.agency") + " as k,"
                + " sum(case when t.sex = 'WOMAN' then 1 else 0 end) as women,"
                + " sum(case when t.sex = 'MAN' then 1 else 0 end) as men,"
                + " sum(case when t.sex = 'NOT_RECORDED' then 1 else 0 end) as not_recorded,"
                + " sum(case when t.sex = 'WOMAN' then s.duration_minutes else 0 end) as women_minutes,"
                + " sum(case when t.sex = 'MAN' then s.duration_minutes else 0 end) as men_minutes,"
                + " sum(case when t.sex = 'WOMAN' and a.position_of_authority then 1 else 0 end) as women_authority,"
                + " sum(case when t.sex = 'MAN' and a.position_of_authority then 1 else 0 end) as men_authority,"
                + " count(distinct case when t.sex = 'WOMAN' then t.id end) as unique_women,"
                + " count(distinct case when t.sex = 'MAN' then t.id end) as unique_men,"
                + " count(distinct case when t.sex = 'NOT_RECORDED' then t.id end) as unique_not_recorded"
                + attendanceFrom(scope) + scope.groupBy(date, "t.agency"));
    }

    /**
     * Attending trainees, and those of them with a (not cancelled) follow-up within 90 days of a session.
     * Like every follow-up, it counts only when its own session counts: one planned in a draft, in a
     * returned log, or left without a session by a deleted draft does not.
     */
    List<Row> followedUpTrainees(SummaryScope scope) {
        String date = "s.session_date";
        return rows(scope, "select " + scope.key(date, "t.agency") + " as k,"
                + " count(distinct a.trainee_id) as attended,"
                // A semi-join: a trainee's many sessions times her many follow-ups would multiply rows.
                + " count(distinct case when exists (select 1 from follow_up_action f"
                + " join training_session fs on fs.id = f.session_id"
                + " where f.trainee_id = a.trainee_id and " + SummaryScope.countedSession("fs")
                + " and f.status <> 'CANCELLED' and f.created_at >= s.session_date"
                + " and f.created_at < s.session_date + interval '91' day) then a.trainee_id end) as followed_up"
                + " from attendance a join training_session s on s.id = a.session_id"
                + " join team tm on tm.id = s.team_id join trainee t on t.id = a.trainee_id"
                + " where " + SummaryScope.COUNTED_ATTENDANCE + " and " + scope.sessionsInPeriod() + scope.traineeAgency()
                + scope.groupBy(date, "t.agency"));
    }

    /** Observations, transformative ones, and barriers and opportunities per MOWIP area. */
    List<Row> observations(SummaryScope scope) {
        String date = "s.session_date";
        return rows(scope, "select " + scope.key(date, "ag.agency") + " as k, count(*) as observations,"
                + " sum(case when o.approach = 'TRANSFORMATIVE' then 1 else 0 end) as transformative"
                + observationFrom(scope, "") + scope.groupBy(date, "ag.agency"));
    }

    List<Row> mowipAreas(SummaryScope scope) {
        String key = scope.key("s.session_date", "ag.agency");
        return rows(scope, "select " + key + " as k, ri.code as area, o.polarity as polarity, count(*) as observations"
                + observationFrom(scope, " join reference_item ri on ri.id = o.mowip_area_id")
                + " and o.polarity is not null"
                + " group by " + (scope.isTotal() ? "" : key + ", ") + "ri.code, o.polarity");
    }

    /** Follow-ups opened (by creation date), closed or cancelled (by closed date). */
    List<Row> followUpsOpened(SummaryScope scope) {
        String date = "cast(f.created_at as date)";
        return rows(scope, "select " + scope.key(date, "t.agency") + " as k, count(*) as opened" + followUpFrom(scope)
                + " and " + date + " between :from and :to" + scope.groupBy(date, "t.agency"));
    }

    List<Row> followUpsClosed(SummaryScope scope) {
        String date = "f.closed_date";
        return rows(scope, "select " + scope.key(date, "t.agency") + " as k,"
                + " sum(case when f.status = 'DONE' then 1 else 0 end) as closed,"
                + " sum(case when f.status = 'DONE' and f.closed_date <= f.due_date then 1 else 0 end) as on_time,"
                + " sum(case when f.status = 'CANCELLED' then 1 else 0 end) as cancelled"
                + followUpFrom(scope) + " and f.status in ('DONE', 'CANCELLED') and " + date + " between :from and :to"
                + scope.groupBy(date, "t.agency"));
    }

    /** Follow-ups due in the period and still open after their due date, today. */
    List<Row> followUpsOverdue(SummaryScope scope) {
        String date = "f.due_date";
        return rows(scope, "select " + scope.key(date, "t.agency") + " as k, count(*) as overdue,"
                + " percentile_cont(0.5) within group (order by cast(cast(cast(:today as date) - f.due_date as integer)"
                + " as double precision)) as median_days"
                + followUpFrom(scope) + " and f.status in ('OPEN', 'IN_PROGRESS') and f.due_date < :today"
                + " and " + date + " between :from and :to" + scope.groupBy(date, "t.agency"));
    }

    /**
     * Per trainee and competency with two ratings or more: latest minus first level, summed by sex.
     * One pass of window functions; the latest rating of each pair carries the first one's level.
     */
    List<Row> competencyChanges(SummaryScope scope) {
        String date = "s.session_date";
        String partition = "partition by " + scope.partition(date, "t.agency") + "cr.trainee_id, cr.topic_id";
        return rows(scope, "select r.k as k, ri.code as topic, r.sex as sex, count(*) as trainees,"
                + " sum(r.level - r.first_level) as change"
                + " from (select " + scope.key(date, "t.agency") + " as k, cr.topic_id, t.sex, cr.level,"
                + " first_value(cr.level) over (" + partition + " order by s.session_date, s.id) as first_level,"
                + " row_number() over (" + partition + " order by s.session_date desc, s.id desc) as from_last,"
                + " count(*) over (" + partition + ") as ratings"
                + " from competency_rating cr join training_session s on s.id = cr.session_id"
                + " join team tm on tm.id = s.team_id join trainee t on t.id = cr.trainee_id"
                + " where " + scope.sessionsInPeriod() + scope.traineeAgency() + ") r"
                + " join reference_item ri on ri.id = r.topic_id"
                + " where r.from_last = 1 and r.ratings > 1"
                + " group by r.k, ri.code, r.sex");
    }

    /** The codes of every MOWIP area, retired ones too (past observations still count), in their order. */
    List<String> mowipAreaCodes() {
        return jdbc.sql("select code from reference_item where kind = 'MOWIP_AREA' order by sort_order")
                .query(String.class).list();
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

    /** The missions the given teams belong to. */
    List<Long> missionsOf(Collection<Long> teamIds) {
        return jdbc.sql("select distinct mission_id from team where id in (:ids) order by mission_id")
                .param("ids", teamIds).query(Long.class).list();
    }

    private String attendanceFrom(SummaryScope scope) {
        return " from attendance a join training_session s on s.id = a.session_id"
                + " join team tm on tm.id = s.team_id join trainee t on t.id = a.trainee_id"
                + " where " + SummaryScope.COUNTED_ATTENDANCE + " and " + scope.sessionsInPeriod() + scope.traineeAgency();
    }

    private String observationFrom(SummaryScope scope, String join) {
        return " from observation o join training_session s on s.id = o.session_id join team tm on tm.id = s.team_id"
                + join + scope.sessionAgencyJoin() + " where " + scope.sessionsInPeriod() + scope.sessionAgencyFilter();
    }

    /**
     * Follow-ups of counted sessions, placed by their session's team and site and their trainee's agency.
     * The inner join leaves out actions without a session: the app plans every action in a session log,
     * so a missing session means a deleted draft, which never counted.
     */
    private String followUpFrom(SummaryScope scope) {
        return " from follow_up_action f join training_session s on s.id = f.session_id"
                + " join team tm on tm.id = s.team_id join trainee t on t.id = f.trainee_id"
                + " where " + scope.sessions() + scope.traineeAgency();
    }

    private List<Long> missing(Collection<Long> ids, String sql) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> found = jdbc.sql(sql).param("ids", ids).query(Long.class).list();
        return ids.stream().filter(id -> !found.contains(id)).sorted().toList();
    }

    private List<Row> rows(SummaryScope scope, String sql) {
        return jdbc.sql(sql).params(scope.parameters()).query().listOfRows().stream().map(Row::new).toList();
    }
}
