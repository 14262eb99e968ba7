package org.mentorlog.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.followup.FollowUpStatus;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.SessionFormat;
import org.mentorlog.session.SessionStatus;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.Sex;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The team overview in SQL: attendance, follow-ups and the last N exercises are aggregated by the
 * database per trainee, then filtered, sorted and paged there. Who held no authority in her last
 * exercises is read first, in one pass over the team's exercises, and handed to the overview as ids:
 * joined as a numbered view, H2 numbered the whole team's exercises again for every trainee
 * (issue 10, point 7).
 */
@Component
class OverviewQuery {

    private static final String OVERVIEW = """
            with att as (
                select a.trainee_id,
                       sum(case when s.session_date >= :since then 1 else 0 end) as recent,
                       count(*) as total,
                       max(s.session_date) as last_seen
                from attendance a join training_session s on s.id = a.session_id
                where s.team_id = :team and a.status <> :absent and s.status <> :draft
                group by a.trainee_id),
            fu as (
                select f.trainee_id,
                       sum(case when f.status in (:toDo) then 1 else 0 end) as open_actions,
                       sum(case when f.status in (:toDo) and f.due_date < :today then 1 else 0 end) as overdue,
                       max(f.created_at) as last_opened
                from follow_up_action f join trainee ft on ft.id = f.trainee_id
                where ft.team_id = :team
                group by f.trainee_id),
            overview as (
                select t.id, t.code, t.full_name, t.sex, t.agency,
                       coalesce(att.recent, 0) as recent, coalesce(att.total, 0) as total, att.last_seen,
                       coalesce(fu.open_actions, 0) as open_actions, coalesce(fu.overdue, 0) as overdue,
                       case when coalesce(att.total, 0) > 0 and (fu.last_opened is null or fu.last_opened < :sinceInstant)
                            then 1 else 0 end as no_follow_up,
                       case when t.id in (:noAuthority) then 1 else 0 end as no_authority
                from trainee t
                left join att on att.trainee_id = t.id
                left join fu on fu.trainee_id = t.id
                where t.team_id = :team and t.active = true)
            select * from overview o where 1 = 1
            """;

    /** The team's trainees whose last N exercises gave them no position of authority, numbered in one pass. */
    private static final String NO_AUTHORITY = """
            select ex.trainee_id from (
                select a.trainee_id, a.position_of_authority,
                       row_number() over (partition by a.trainee_id order by s.session_date desc, s.id desc) as rn
                from attendance a join training_session s on s.id = a.session_id
                where s.team_id = :team and a.status <> :absent and s.status <> :draft
                  and s.format in (:exercises)) ex
            where ex.rn <= :window
            group by ex.trainee_id
            having max(case when ex.position_of_authority then 1 else 0 end) = 0
            """;

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "fullName", "full_name",
            "sessionsLast90Days", "recent", "sessionsTotal", "total", "lastSeen", "last_seen",
            "openActions", "open_actions", "overdueActions", "overdue");

    private final JdbcClient jdbc;

    OverviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TraineeProgressRow> page(long teamId, OverviewFilter filter, Pageable page, LocalDate today, ZoneId zone,
                                  int window) {
        Map<String, Object> params = params(teamId, filter, today, zone, window);
        List<Long> noAuthority = jdbc.sql(NO_AUTHORITY).params(params).query(Long.class).list();
        // No id is negative: an empty list would not be valid SQL.
        params.put("noAuthority", noAuthority.isEmpty() ? List.of(-1L) : noAuthority);
        String sql = OVERVIEW + where(filter) + orderBy(page.getSort()) + " limit :limit offset :offset";
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<TraineeProgressRow> rows = jdbc.sql(sql).params(params).query((rs, n) -> new TraineeProgressRow(
                rs.getLong("id"), rs.getString("code"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                Agency.valueOf(rs.getString("agency")), rs.getInt("recent"), rs.getInt("total"),
                rs.getObject("last_seen", LocalDate.class), "", rs.getInt("open_actions"), rs.getInt("overdue"),
                flags(rs.getInt("no_follow_up") == 1, rs.getInt("overdue") > 0, rs.getInt("no_authority") == 1)))
                .list();
        return withLatestRatings(rows);
    }

    /** Latest level per competency of the page's trainees, in one query. */
    private List<TraineeProgressRow> withLatestRatings(List<TraineeProgressRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> shortForm = new HashMap<>();
        jdbc.sql("""
                select ranked.trainee_id, ranked.code, ranked.level from (
                    select r.trainee_id, ri.code, r.level,
                           row_number() over (partition by r.trainee_id, r.topic_id
                                              order by s.session_date desc, s.id desc) as rn
                    from competency_rating r
                    join training_session s on s.id = r.session_id
                    join reference_item ri on ri.id = r.topic_id
                    where r.trainee_id in (:ids) and s.status <> :draft) ranked
                where ranked.rn = 1
                order by ranked.trainee_id, ranked.code
                """).param("ids", rows.stream().map(TraineeProgressRow::traineeId).toList())
                .param("draft", SessionStatus.DRAFT.name())
                .query((rs, n) -> {
                    // A no-break space: a competency and its level stay on one line where the ratings wrap.
                    shortForm.merge(rs.getLong(1), rs.getString(2) + "\u00A0" + rs.getInt(3), (a, b) -> a + " · " + b);
                    return null;
                }).list();
        return rows.stream().map(row -> new TraineeProgressRow(row.traineeId(), row.code(), row.fullName(), row.sex(),
                row.agency(), row.sessionsLast90Days(), row.sessionsTotal(), row.lastSeen(),
                shortForm.getOrDefault(row.traineeId(), ""), row.openActions(), row.overdueActions(), row.flags()))
                .toList();
    }

    private static Map<String, Object> params(long teamId, OverviewFilter filter, LocalDate today, ZoneId zone,
                                              int window) {
        Map<String, Object> params = new HashMap<>();
        params.put("team", teamId);
        params.put("today", today);
        params.put("since", today.minusDays(90));
        params.put("sinceInstant", Timestamp.from(today.minusDays(90).atStartOfDay(zone).toInstant()));
        params.put("window", window);
        params.put("absent", AttendanceStatus.ABSENT.name());
        params.put("draft", SessionStatus.DRAFT.name());
        params.put("toDo", FollowUpStatus.toDoNames());
        params.put("exercises", List.of(SessionFormat.PRACTICAL_EXERCISE.name(), SessionFormat.REAL_SCENE.name()));
        if (filter.siteId() != null) {
            params.put("site", filter.siteId());
        }
        if (filter.agency() != null) {
            params.put("agency", filter.agency().name());
        }
        if (filter.sex() != null) {
            params.put("sex", filter.sex().name());
        }
        return params;
    }

    private static String where(OverviewFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.siteId() != null) {
            conditions.add("exists (select 1 from attendance sa join training_session ss on ss.id = sa.session_id"
                    + " where sa.trainee_id = o.id and ss.site_id = :site)");
        }
        if (filter.agency() != null) {
            conditions.add("o.agency = :agency");
        }
        if (filter.sex() != null) {
            conditions.add("o.sex = :sex");
        }
        if (filter.flag() != null) {
            conditions.add(switch (filter.flag()) {
                case NO_FOLLOW_UP -> "o.no_follow_up = 1";
                case OVERDUE -> "o.overdue > 0";
                case NO_AUTHORITY -> "o.no_authority = 1";
            });
        }
        return conditions.stream().map(condition -> " and " + condition).collect(Collectors.joining());
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc" : " desc") + " nulls last");
            }
        }
        orders.add("code asc");
        return " order by " + String.join(", ", orders);
    }

    private static Set<ProgressFlag> flags(boolean noFollowUp, boolean overdue, boolean noAuthority) {
        Set<ProgressFlag> flags = EnumSet.noneOf(ProgressFlag.class);
        if (noFollowUp) {
            flags.add(ProgressFlag.NO_FOLLOW_UP);
        }
        if (overdue) {
            flags.add(ProgressFlag.OVERDUE);
        }
        if (noAuthority) {
            flags.add(ProgressFlag.NO_AUTHORITY);
        }
        return flags;
    }
}
