package org.mentorlog.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;

/**
 * Random but reproducible logs of a few teams over the first half of 2026, small enough that many
 * cells fall under the threshold: food for the leak check.
 */
public final class RandomTeams {

    public static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    public static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final String[] SEXES = {"WOMAN", "WOMAN", "MAN", "MAN", "MAN", "NOT_RECORDED"};
    private static final String[] AGENCIES = {"POLICE", "POLICE", "GENDARMERIE", "NATIONAL_GUARD"};
    private static final String[] AREAS = {"HOUSEHOLD", "GENDER_ROLES", "INFRASTRUCTURE", "LEADERSHIP"};
    private static final String[] STATUSES = {"OPEN", "IN_PROGRESS", "DONE", "DONE", "CANCELLED"};
    private static final String[] ATTENDANCE = {"PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT"};

    public final Set<Long> teamIds = new HashSet<>();

    public RandomTeams(TestData data, long seed, int teams, int maxSessionsPerMonth) {
        Random random = new Random(seed);
        for (int t = 0; t < teams; t++) {
            TeamRef team = data.team();
            teamIds.add(team.id());
            UserRef mentor = data.user(Role.MENTOR, team);
            long[] sites = {team.siteId(), data.site(team, "Second site " + team.code())};
            List<Long> trainees = new ArrayList<>();
            for (int i = 0, n = 4 + random.nextInt(10); i < n; i++) {
                trainees.add(data.trainee(team, null, pick(random, SEXES), pick(random, AGENCIES)));
            }
            for (int month = 1; month <= 6; month++) {
                for (int s = 0, n = random.nextInt(maxSessionsPerMonth + 1); s < n; s++) {
                    LocalDate date = LocalDate.of(2026, month, 1 + random.nextInt(28));
                    session(data, random, team, mentor, sites, trainees, date);
                }
            }
        }
    }

    private static void session(TestData data, Random random, TeamRef team, UserRef mentor, long[] sites,
                                List<Long> trainees, LocalDate date) {
        var row = data.session(team, mentor, date).minutes(30 + 30 * random.nextInt(6))
                .site(sites[random.nextInt(2)])
                .status(random.nextInt(6) == 0 ? "DRAFT" : "SUBMITTED")
                .purpose(random.nextInt(4) == 0 ? null : "Purpose")
                .unregistered(random.nextInt(3), random.nextInt(3), random.nextInt(2));
        if (random.nextBoolean()) {
            row.genderContent();
        }
        long session = row.insert();
        for (long trainee : trainees) {
            if (random.nextInt(3) > 0) {
                continue;
            }
            data.attendance(session, trainee, pick(random, ATTENDANCE), random.nextInt(4) == 0);
            if (random.nextBoolean()) {
                data.rating(session, trainee, "CSM-0" + (1 + random.nextInt(3)), 1 + random.nextInt(4));
            }
            if (random.nextInt(3) == 0) {
                String status = pick(random, STATUSES);
                LocalDate due = date.plusDays(random.nextInt(60));
                LocalDate closed = status.equals("DONE") || status.equals("CANCELLED")
                        ? date.plusDays(random.nextInt(70)) : null;
                data.followUp(trainee, session, mentor, date.plusDays(random.nextInt(5)), due, status, closed);
            }
        }
        for (int o = 0, n = random.nextInt(3); o < n; o++) {
            data.observation(session, random.nextBoolean() ? "TRANSFORMATIVE" : "TRADITIONAL", pick(random, AREAS),
                    random.nextBoolean() ? "BARRIER" : "OPPORTUNITY");
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
