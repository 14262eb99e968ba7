package org.mentorlog.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.mentorlog.demo.DemoSetup.Team;
import org.mentorlog.demo.DemoSetup.Trainee;
import org.mentorlog.demo.DemoText.Purpose;

/**
 * A team's last twelve months of session logs, oldest first, with their topics, co-mentors and
 * reviews, and what happened in each: participation, observations, follow-up actions.
 */
final class DemoSessions {

    /** Logs this recent are still waiting for the team leader; older ones have been approved. */
    private static final int AWAITING_REVIEW_DAYS = 21;

    private static final String SESSION_SQL = """
            insert into training_session (team_id, lead_mentor_id, site_id, session_date, start_time,
                duration_minutes, format, purpose, language, unregistered_women, unregistered_men,
                unregistered_unknown, gender_content, gender_content_note, status, created_at, updated_at,
                submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String TOPIC_SQL = "insert into session_topic (session_id, topic_id) values (?, ?)";
    private static final String CO_MENTOR_SQL = "insert into session_co_mentor (session_id, user_id) values (?, ?)";
    private static final String REVIEW_SQL = """
            insert into session_review (session_id, reviewer_id, decision, review_comment, reviewed_at)
            values (?, ?, ?, ?, ?)""";

    /** When a log was written, sent for review and reviewed; later steps are null until they happen. */
    private record Times(OffsetDateTime created, OffsetDateTime submitted, OffsetDateTime reviewed) {

        OffsetDateTime updated() {
            return reviewed != null ? reviewed : submitted != null ? submitted : created;
        }
    }

    private final DemoWriter writer;
    private final DemoRandom dice;
    private final DemoReference reference;
    private final DemoParticipation participation;
    private final DemoObservations observations;
    private final DemoFollowUps followUps;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final OffsetDateTime now;
    private final ZoneId zone;

    DemoSessions(DemoWriter writer, DemoRandom dice, DemoReference reference, Clock clock) {
        this.writer = writer;
        this.dice = dice;
        this.reference = reference;
        this.today = LocalDate.now(clock);
        this.firstDay = today.minusYears(1).plusDays(1);
        this.now = OffsetDateTime.now(clock);
        this.zone = clock.getZone();
        this.participation = new DemoParticipation(writer, dice, reference);
        this.observations = new DemoObservations(writer, dice, reference);
        this.followUps = new DemoFollowUps(writer, dice, today);
    }

    /**
     * Logs the team's year. The newest log is still a draft; with {@code withReturnedLog} the oldest log
     * awaiting review was returned instead, to the team's first mentor, so the demo login sees it.
     */
    void create(Team team, boolean withReturnedLog) {
        List<LocalDate> dates = sessionDates();
        int returned = withReturnedLog ? firstAwaitingReview(dates) : -1;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            String status = i == dates.size() - 1 ? "DRAFT"
                    : i == returned ? "RETURNED"
                    : awaitingReview(date) ? "SUBMITTED" : "REVIEWED";
            long leadId = i == returned ? team.mentorIds().getFirst() : dice.pick(team.mentorIds());
            session(team, date, leadId, status);
        }
        followUps.writeProposals();
    }

    /** Six to eight weekdays in each of twelve months; the last month ends yesterday. */
    private List<LocalDate> sessionDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            LocalDate from = firstDay.plusMonths(month);
            LocalDate to = month == 11 ? today.minusDays(1) : firstDay.plusMonths(month + 1L).minusDays(1);
            List<LocalDate> weekdays = from.datesUntil(to.plusDays(1))
                    .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                    .toList();
            dates.addAll(dice.sample(weekdays, dice.between(6, 8)));
        }
        return dates;
    }

    private int firstAwaitingReview(List<LocalDate> dates) {
        for (int i = 0; i < dates.size() - 1; i++) {
            if (awaitingReview(dates.get(i))) {
                return i;
            }
        }
        return dates.size() - 2;
    }

    private boolean awaitingReview(LocalDate date) {
        return ChronoUnit.DAYS.between(date, today) <= AWAITING_REVIEW_DAYS;
    }

    private void session(Team team, LocalDate date, long leadId, String status) {
        String format = format();
        Purpose purpose = dice.pick(DemoText.PURPOSES.stream().filter(p -> p.formats().contains(format)).toList());
        // About one log in twenty leaves the purpose out, as real logs do; the indicators count it.
        String purposeText = dice.chance(0.05) ? null : purpose.text();
        LocalTime start = LocalTime.of(8, 0).plusMinutes(30L * dice.between(0, 12));
        int duration = duration(format);
        long siteId = dice.pick(team.siteIds());
        int[] unregistered = unregisteredHeadCount();
        boolean genderContent = purpose.topics().contains("CSM-19") || dice.chance(0.2);
        String genderNote = genderContent ? dice.pick(DemoText.GENDER_CONTENT_NOTES) : null;
        Times times = times(date.atTime(start).plusMinutes(duration), status);

        long sessionId = writer.insert(SESSION_SQL, team.id(), leadId, siteId, date, start, duration, format,
                purposeText, unregistered[0], unregistered[1], unregistered[2], genderContent, genderNote,
                status, times.created(), times.updated(), times.submitted());
        List<Long> topicIds = purpose.topics().stream().map(reference::topic).toList();
        topicIds.forEach(topicId -> writer.later(TOPIC_SQL, sessionId, topicId));
        coMentor(team, sessionId, leadId);
        review(team, sessionId, status, times);

        double progress = ChronoUnit.DAYS.between(firstDay, date) / 365.0;
        List<Trainee> there = participation.record(sessionId, team, format, topicIds, progress);
        observations.record(sessionId, there, progress);
        followUps.propose(sessionId, there, leadId, date, times.created());
    }

    private String format() {
        double roll = dice.fraction();
        return roll < 0.35 ? DemoText.CLASSROOM
                : roll < 0.70 ? DemoText.PRACTICAL
                : roll < 0.85 ? DemoText.REAL_SCENE
                : DemoText.ONE_TO_ONE;
    }

    /** Minutes, in half hours: exercises and real scenes can take a whole day, advising does not. */
    private int duration(String format) {
        return 30 * switch (format) {
            case DemoText.CLASSROOM -> dice.between(3, 8);
            case DemoText.PRACTICAL -> dice.between(6, 16);
            case DemoText.REAL_SCENE -> dice.between(4, 16);
            default -> dice.between(3, 5);
        };
    }

    /** Women, men and unknown among participants who are not on the register; most sessions have none. */
    private int[] unregisteredHeadCount() {
        if (!dice.chance(0.2)) {
            return new int[] {0, 0, 0};
        }
        return new int[] {dice.between(0, 2), dice.between(0, 4), dice.chance(0.3) ? dice.between(1, 2) : 0};
    }

    /** Mentors log in the hours after a session; the leader reviews within a few days. Never in the future. */
    private Times times(LocalDateTime sessionEnd, String status) {
        OffsetDateTime created = notAfterNow(sessionEnd.atZone(zone).toOffsetDateTime().plusHours(dice.between(1, 20)));
        if (status.equals("DRAFT")) {
            return new Times(created, null, null);
        }
        OffsetDateTime submitted = notAfterNow(created.plusHours(dice.between(0, 30)));
        if (status.equals("SUBMITTED")) {
            return new Times(created, submitted, null);
        }
        return new Times(created, submitted, notAfterNow(submitted.plusHours(dice.between(4, 96))));
    }

    private OffsetDateTime notAfterNow(OffsetDateTime time) {
        return time.isAfter(now) ? now : time;
    }

    private void coMentor(Team team, long sessionId, long leadId) {
        if (!dice.chance(0.25)) {
            return;
        }
        // Gao has one mentor, so its leader goes along as co-mentor.
        List<Long> colleagues = new ArrayList<>(team.mentorIds());
        colleagues.add(team.leaderId());
        colleagues.remove(Long.valueOf(leadId));
        writer.later(CO_MENTOR_SQL, sessionId, dice.pick(colleagues));
    }

    private void review(Team team, long sessionId, String status, Times times) {
        if (status.equals("REVIEWED")) {
            String comment = dice.chance(0.15) ? dice.pick(DemoText.APPROVAL_COMMENTS) : null;
            writer.later(REVIEW_SQL, sessionId, team.leaderId(), "APPROVED", comment, times.reviewed());
        } else if (status.equals("RETURNED")) {
            writer.later(REVIEW_SQL, sessionId, team.leaderId(), "RETURNED", DemoText.RETURN_COMMENT, times.reviewed());
        }
    }
}
