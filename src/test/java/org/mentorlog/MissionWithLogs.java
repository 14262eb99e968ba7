package org.mentorlog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.SummaryQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mission of its own with two teams and a first quarter of 2026 of logs: named trainees of every sex,
 * sessions with attendance, authority roles, observations, ratings, follow-ups, and the leaders' notes
 * about their mentees. Enough for every indicator of the summary to have a value, with a threshold
 * of 3 so that most of them are shown.
 */
public final class MissionWithLogs {

    public static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    public static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] SEXES = {"WOMAN", "MAN", "WOMAN", "MAN", "NOT_RECORDED", "WOMAN", "MAN"};
    private static final String[] AGENCIES = {"POLICE", "GENDARMERIE", "POLICE"};

    public final long missionId;
    public final String missionCode;
    public final List<TeamRef> teams = new ArrayList<>();
    public final List<UserRef> leaders = new ArrayList<>();
    public final List<Long> trainees = new ArrayList<>();

    public MissionWithLogs(TestData data, JdbcClient jdbc) {
        missionCode = "LOGS" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        missionId = data.mission(missionCode, 3);
        for (int t = 0; t < 2; t++) {
            TeamRef team = data.team(missionId);
            teams.add(team);
            UserRef mentor = data.user(Role.MENTOR, team);
            UserRef leader = data.user(Role.TEAM_LEADER, team);
            leaders.add(leader);
            List<Long> own = new ArrayList<>();
            for (int i = 0; i < SEXES.length; i++) {
                long trainee = data.trainee(team, "Name " + t + "-" + i + " Traoré", SEXES[i], AGENCIES[i % 3]);
                own.add(trainee);
                jdbc.sql("insert into trainee_note (trainee_id, author_id, written_at, note) values (?, ?, ?, ?)")
                        .params(trainee, leader.id(), FROM.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                                "Talked with Name " + t + "-" + i + " about her posting").update();
            }
            trainees.addAll(own);
            for (int s = 0; s < 6; s++) {
                LocalDate day = FROM.plusDays(11L * s + t);
                var row = data.session(team, mentor, day).minutes(60 + 30 * (s % 3))
                        .status(s % 2 == 0 ? "REVIEWED" : "SUBMITTED").unregistered(s % 3, 1, 0);
                long session = (s % 3 == 0 ? row.genderContent() : row).insert();
                for (int i = 0; i < own.size(); i++) {
                    if ((i + s) % 4 != 3) {
                        data.attendance(session, own.get(i), i % 5 == 4 ? "LATE" : "PRESENT", (i + s) % 3 == 0);
                        data.rating(session, own.get(i), "CSM-0" + (1 + s % 2), 1 + (s + i) % 4);
                    }
                }
                data.observation(session, s % 2 == 0 ? "TRANSFORMATIVE" : "TRADITIONAL", "GENDER_ROLES",
                        s % 3 == 0 ? "BARRIER" : "OPPORTUNITY");
                data.followUp(own.get(s), session, mentor, day.plusDays(1), day.plusDays(10),
                        s % 2 == 0 ? "DONE" : "OPEN", s % 2 == 0 ? day.plusDays(5) : null);
            }
        }
    }

    /** The quarter, for the whole mission, broken down as asked. */
    public SummaryQuery quarter(Breakdown groupBy) {
        return SummaryQuery.of(FROM, TO, groupBy).inMission(missionId);
    }

    /** The teams' ids. */
    public Set<Long> teamIds() {
        return Set.copyOf(teams.stream().map(TeamRef::id).toList());
    }
}
