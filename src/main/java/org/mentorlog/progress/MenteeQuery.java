package org.mentorlog.progress;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.mentorlog.followup.FollowUpStatus;
import org.mentorlog.session.SessionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists of the mentee page, read straight from the tables of the features that own them. */
@Component
class MenteeQuery {

    /** A draft's rows are not yet part of anyone's progress. */
    private static final String DRAFT = SessionStatus.DRAFT.name();

    private final JdbcClient jdbc;

    MenteeQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MenteeProgress.Attended> attendance(long traineeId) {
        return jdbc.sql("""
                select s.id, s.session_date, s.format, si.name, a.status, ri.code, a.position_of_authority,
                       a.non_traditional_role
                from attendance a
                join training_session s on s.id = a.session_id
                join site si on si.id = s.site_id
                left join reference_item ri on ri.id = a.role_id
                where a.trainee_id = :trainee and s.status <> :draft
                order by s.session_date, s.id
                """).param("trainee", traineeId).param("draft", DRAFT)
                .query((rs, n) -> new MenteeProgress.Attended(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getBoolean(8)))
                .list();
    }

    List<MenteeProgress.Rating> ratings(long traineeId) {
        return jdbc.sql("""
                select s.session_date, ri.code, r.level
                from competency_rating r
                join training_session s on s.id = r.session_id
                join reference_item ri on ri.id = r.topic_id
                where r.trainee_id = :trainee and s.status <> :draft
                order by ri.code, s.session_date, s.id
                """).param("trainee", traineeId).param("draft", DRAFT)
                .query((rs, n) -> new MenteeProgress.Rating(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getInt(3)))
                .list();
    }

    List<MenteeProgress.Observed> observations(long traineeId) {
        return jdbc.sql("""
                select s.session_date, o.approach, ri.code, o.polarity, o.note
                from observation o
                join training_session s on s.id = o.session_id
                left join reference_item ri on ri.id = o.mowip_area_id
                where o.trainee_id = :trainee and s.status <> :draft
                order by s.session_date, o.id
                """).param("trainee", traineeId).param("draft", DRAFT)
                .query((rs, n) -> new MenteeProgress.Observed(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    List<MenteeProgress.Action> actions(long traineeId, LocalDate today) {
        return jdbc.sql("""
                select f.description, f.due_date, f.status, f.outcome, f.closed_date
                from follow_up_action f
                where f.trainee_id = :trainee
                  and not exists (select 1 from training_session s where s.id = f.session_id and s.status = :draft)
                order by f.due_date, f.id
                """).param("trainee", traineeId).param("draft", DRAFT)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(2, LocalDate.class);
                    String status = rs.getString(3);
                    boolean open = !FollowUpStatus.valueOf(status).isClosed();
                    return new MenteeProgress.Action(rs.getString(1), due, status, rs.getString(4),
                            rs.getObject(5, LocalDate.class), open && due.isBefore(today));
                })
                .list();
    }

    List<MenteeProgress.Note> notes(long traineeId) {
        return jdbc.sql("""
                select n.written_at, u.display_name, n.note
                from trainee_note n join app_user u on u.id = n.author_id
                where n.trainee_id = :trainee
                order by n.written_at, n.id
                """).param("trainee", traineeId)
                .query((rs, n) -> new MenteeProgress.Note(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    long addNote(long traineeId, long authorId, java.time.Instant now, String text) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into trainee_note (trainee_id, author_id, written_at, note) values (?, ?, ?, ?)")
                .params(traineeId, authorId, Timestamp.from(now), text).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The ids of the notes about the trainees of these teams. */
    List<Long> noteIdsOfTeams(java.util.Collection<Long> teamIds) {
        return jdbc.sql("""
                select n.id from trainee_note n join trainee t on t.id = n.trainee_id
                where t.team_id in (:teams) order by n.id
                """).param("teams", teamIds).query(Long.class).list();
    }

    int deleteNotes(java.util.Collection<Long> noteIds) {
        return jdbc.sql("delete from trainee_note where id in (:ids)").param("ids", noteIds).update();
    }
}
