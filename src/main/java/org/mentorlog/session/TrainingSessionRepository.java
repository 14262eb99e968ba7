package org.mentorlog.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    String MINE = """
            from TrainingSession s
            where (s.leadMentorId = :me or :me member of s.coMentorIds)
              and s.sessionDate between :from and :to
              and (:status is null or s.status = :status)
            """;

    Optional<TrainingSession> findByIdAndTeamId(Long id, Long teamId);

    Optional<TrainingSession> findByClientId(String clientId);

    /** A mentor's logs for her tablet: those she may still change, and the others since a date. */
    @Query("""
            select s from TrainingSession s
            where s.leadMentorId = :me and s.clientId is not null
              and (s.status in (org.mentorlog.session.SessionStatus.DRAFT, org.mentorlog.session.SessionStatus.RETURNED)
                   or s.sessionDate >= :since)
            order by s.sessionDate desc, s.id desc
            """)
    List<TrainingSession> forTablet(long me, LocalDate since);

    /** The mentor's purposes, most recently used first, each once. */
    @Query("""
            select s.purpose from TrainingSession s
            where s.leadMentorId = :me and s.purpose is not null
            group by s.purpose order by max(s.updatedAt) desc
            """)
    List<String> recentPurposes(long me, Pageable limit);

    @Query("select new org.mentorlog.session.MySessionRow(s.id, s.sessionDate, s.format, s.purpose, s.siteId, "
            + "s.durationMinutes, s.status, size(s.attendance)) " + MINE)
    List<MySessionRow> findMine(long me, LocalDate from, LocalDate to, SessionStatus status, Pageable page);

    @Query("select count(s) " + MINE)
    long countMine(long me, LocalDate from, LocalDate to, SessionStatus status);

    /** The team's logs waiting for review, oldest submission first. */
    @Query("""
            select new org.mentorlog.session.ReviewQueueRow(s.id, s.version, s.sessionDate, s.submittedAt, s.leadMentorId,
                s.format, s.purpose, size(s.attendance))
            from TrainingSession s
            where s.teamId = :teamId and s.status = org.mentorlog.session.SessionStatus.SUBMITTED
            order by s.submittedAt, s.id
            """)
    List<ReviewQueueRow> reviewQueue(long teamId);

    long countByTeamIdAndStatus(Long teamId, SessionStatus status);

    /** Sessions and minutes per team in a period, counted by the database. */
    @Query("""
            select new org.mentorlog.session.TeamActivity(s.teamId, count(s), coalesce(sum(s.durationMinutes), 0))
            from TrainingSession s
            where s.sessionDate between :from and :to and s.status <> org.mentorlog.session.SessionStatus.DRAFT
            group by s.teamId
            """)
    List<TeamActivity> activityByTeam(LocalDate from, LocalDate to);
}
