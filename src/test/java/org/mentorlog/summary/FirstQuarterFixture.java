package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;

/**
 * One team's first quarter of 2026, small enough to check every indicator by hand. "Today" is
 * 2026-04-10 ({@link FixedClock}).
 *
 * <pre>
 * Trainees: Awa (woman, police), Binta (woman, gendarmerie), Cheick and Drissa (men, police),
 *           Ely (sex not recorded, police).
 *
 * session  date        min  site  status     purpose  gender  unregistered w/m/unknown
 * A        2026-01-10  120  1     SUBMITTED  yes      yes     2 / 1 / 0
 * B        2026-02-05   60  2     REVIEWED   no       no      0 / 0 / 3
 * C        2026-03-20   90  1     REVIEWED   yes      yes     0 / 0 / 0
 * (not counted: a DRAFT on 02-10 of 600 min with 10 unregistered women, a RETURNED one on 03-01,
 *  a SUBMITTED one on 2025-12-31 outside the period)
 *
 * attendance (* = position of authority)
 * A: Awa present*, Cheick present*, Drissa late, Ely absent
 * B: Awa present, Binta present*, Cheick absent, Ely present
 * C: Binta late, Cheick present*, Drissa present*
 *
 * sessions 3, hours 270/60 = 4.5, purpose 2/3, gender content 2/3
 * person-sessions: women 4 registered + 2 unregistered = 6; men 4 + 1 = 5; not recorded 1 + 3 = 4; total 15
 * unique trainees: women 2, men 2, not recorded 1, total 5
 * women's share of person-sessions 6/(6+5) = 6/11; of unique trainees 2/4
 * women's minutes: Awa 120+60, Binta 60+90, unregistered 2x120 = 570; men's: Cheick 120+90,
 *   Drissa 120+90, unregistered 1x120 = 540; share 570/1110
 * authority: women 2 (Awa A, Binta B), men 3 (Cheick A, C, Drissa C): 2/5 = 0.4;
 *   registered attendance women 4 of 8 known = 0.5; parity 0.4/0.5 = 0.8
 *
 * observations: A transformative HOUSEHOLD barrier; A traditional HOUSEHOLD opportunity;
 *   B traditional GENDER_ROLES barrier; C transformative without area (the DRAFT's one is not counted)
 *   transformative 2/4; HOUSEHOLD barriers 1 per 3 sessions = 33.3 per 100, opportunities 33.3;
 *   GENDER_ROLES barriers 33.3; every other area 0
 *
 * follow-ups      trainee  session  created     due         status       closed
 * F1              Awa      A        2026-01-12  2026-02-01  DONE         2026-01-30  (on time)
 * F2              Cheick   A        2026-01-12  2026-01-31  DONE         2026-02-10  (late)
 * F3              Binta    B        2026-02-06  2026-03-01  CANCELLED    2026-02-20
 * F4              Drissa   C        2026-03-21  2026-03-31  OPEN                     (10 days overdue)
 * F5              Ely      B        2026-02-06  2026-02-15  IN_PROGRESS              (54 days overdue)
 * F6              Awa      B        2026-03-25  2026-05-01  OPEN                     (not yet due)
 * (not counted: one from the DRAFT, one from the 2025 session created and due 2025-12-31)
 * opened 6, closed (done) 2, cancelled 1, closed on time 1/2, overdue now 2, median days overdue 32
 * followed up within 90 days of a session attended: Awa (F1), Cheick (F2), Drissa (F4), Ely (F5);
 *   not Binta (only a cancelled one): 4/5
 *
 * ratings (first to latest in the period)
 * CSM-07: Awa 1 (A) -> 3 (B) +2, Binta 2 (B) -> 4 (C) +2, Cheick 2 (A) -> 3 (C) +1, Drissa 2 (A) only,
 *         Ely 1 (B) only; Awa's 4 in the DRAFT and 1 in 2025 are not counted
 *   women 4/2 = 2.0, men 1/1 = 1.0, not recorded none, all 5/3
 * CSM-09: Drissa 3 (A) -> 2 (C) -1: men -1.0, all -1.0, women none
 * </pre>
 */
final class FirstQuarterFixture {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final String[] NAMES = {"Awa Traoré", "Binta Diallo", "Cheick Keita", "Drissa Coulibaly", "Ely Sangaré"};

    final TeamRef team;
    final UserRef mentor;
    final long secondSite;
    final long awa;
    final long binta;
    final long cheick;
    final long drissa;
    final long ely;

    private final TestData data;

    FirstQuarterFixture(TestData data) {
        this.data = data;
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        secondSite = data.site(team, "Gendarmerie unit " + team.code());
        awa = data.trainee(team, NAMES[0], "WOMAN", "POLICE");
        binta = data.trainee(team, NAMES[1], "WOMAN", "GENDARMERIE");
        cheick = data.trainee(team, NAMES[2], "MAN", "POLICE");
        drissa = data.trainee(team, NAMES[3], "MAN", "POLICE");
        ely = data.trainee(team, NAMES[4], "NOT_RECORDED", "POLICE");

        long a = data.session(team, mentor, LocalDate.of(2026, 1, 10)).minutes(120).purpose("Cordons")
                .genderContent().unregistered(2, 1, 0).insert();
        long b = data.session(team, mentor, LocalDate.of(2026, 2, 5)).minutes(60).status("REVIEWED").purpose(null)
                .site(secondSite).unregistered(0, 0, 3).insert();
        long c = data.session(team, mentor, LocalDate.of(2026, 3, 20)).minutes(90).status("REVIEWED")
                .purpose("Photographs").genderContent().insert();
        long draft = data.session(team, mentor, LocalDate.of(2026, 2, 10)).minutes(600).status("DRAFT")
                .unregistered(10, 0, 0).insert();
        long returned = data.session(team, mentor, LocalDate.of(2026, 3, 1)).status("RETURNED").insert();
        long lastYear = data.session(team, mentor, LocalDate.of(2025, 12, 31)).insert();

        data.attendance(a, awa, "PRESENT", true);
        data.attendance(a, cheick, "PRESENT", true);
        data.attendance(a, drissa, "LATE", false);
        data.attendance(a, ely, "ABSENT", false);
        data.attendance(b, awa, "PRESENT", false);
        data.attendance(b, binta, "PRESENT", true);
        data.attendance(b, cheick, "ABSENT", true);
        data.attendance(b, ely, "PRESENT", false);
        data.attendance(c, binta, "LATE", false);
        data.attendance(c, cheick, "PRESENT", true);
        data.attendance(c, drissa, "PRESENT", true);
        data.attendance(draft, awa, "PRESENT", true);
        data.attendance(draft, cheick, "PRESENT", false);
        data.attendance(returned, cheick, "PRESENT", false);
        data.attendance(lastYear, awa, "PRESENT", false);

        data.observation(a, "TRANSFORMATIVE", "HOUSEHOLD", "BARRIER");
        data.observation(a, "TRADITIONAL", "HOUSEHOLD", "OPPORTUNITY");
        data.observation(b, "TRADITIONAL", "GENDER_ROLES", "BARRIER");
        data.observation(c, "TRANSFORMATIVE", null, null);
        data.observation(draft, "TRANSFORMATIVE", "HOUSEHOLD", "BARRIER");

        data.followUp(awa, a, mentor, day(1, 12), day(2, 1), "DONE", day(1, 30));
        data.followUp(cheick, a, mentor, day(1, 12), day(1, 31), "DONE", day(2, 10));
        data.followUp(binta, b, mentor, day(2, 6), day(3, 1), "CANCELLED", day(2, 20));
        data.followUp(drissa, c, mentor, day(3, 21), day(3, 31), "OPEN", null);
        data.followUp(ely, b, mentor, day(2, 6), day(2, 15), "IN_PROGRESS", null);
        data.followUp(awa, b, mentor, day(3, 25), day(5, 1), "OPEN", null);
        data.followUp(cheick, draft, mentor, day(2, 11), day(2, 12), "OPEN", null);
        data.followUp(awa, lastYear, mentor, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), "OPEN", null);

        data.rating(a, awa, "CSM-07", 1);
        data.rating(b, awa, "CSM-07", 3);
        data.rating(draft, awa, "CSM-07", 4);
        data.rating(lastYear, awa, "CSM-07", 1);
        data.rating(b, binta, "CSM-07", 2);
        data.rating(c, binta, "CSM-07", 4);
        data.rating(a, cheick, "CSM-07", 2);
        data.rating(c, cheick, "CSM-07", 3);
        data.rating(a, drissa, "CSM-07", 2);
        data.rating(b, ely, "CSM-07", 1);
        data.rating(a, drissa, "CSM-09", 3);
        data.rating(c, drissa, "CSM-09", 2);
    }

    /**
     * Logs that must not move any indicator: a draft and a returned log carrying everything an indicator
     * could pick up, and a closed action that outlived its deleted draft, without a session.
     */
    void logsThatDoNotCount() {
        for (String status : List.of("DRAFT", "RETURNED")) {
            logThatDoesNotCount(status);
        }
        data.followUp(binta, null, mentor, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), "DONE",
                LocalDate.of(2026, 3, 5));
    }

    /**
     * A log that does not count, in the middle of the quarter, with everything an indicator could pick
     * up: attendance, an observation with a MOWIP area, ratings that would change first and latest
     * levels, and follow-ups opened, done, cancelled and overdue for every trainee, Binta included, who
     * otherwise has no follow-up within 90 days.
     */
    private void logThatDoesNotCount(String status) {
        long session = data.session(team, mentor, LocalDate.of(2026, 2, 20)).status(status)
                .minutes(240).site(secondSite).genderContent().unregistered(3, 3, 3).insert();
        for (long trainee : new long[] {awa, binta, cheick, drissa, ely}) {
            data.attendance(session, trainee, "PRESENT", true);
            data.rating(session, trainee, "CSM-07", 4);
            data.rating(session, trainee, "CSM-01", 1);
        }
        data.observation(session, "TRANSFORMATIVE", "HOUSEHOLD", "OPPORTUNITY");
        data.observation(session, "TRADITIONAL", "ELIGIBLE_POOL", "BARRIER");
        data.followUp(binta, session, mentor, LocalDate.of(2026, 2, 21), LocalDate.of(2026, 3, 1),
                "OPEN", null);
        data.followUp(ely, session, mentor, LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 28),
                "DONE", LocalDate.of(2026, 3, 2));
        data.followUp(drissa, session, mentor, LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
                "CANCELLED", LocalDate.of(2026, 3, 24));
        data.followUp(awa, session, mentor, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1),
                "IN_PROGRESS", null);
    }

    SummaryQuery quarter(Breakdown groupBy) {
        return SummaryQuery.of(FROM, TO, groupBy).withTeams(Set.of(team.id()));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** Every total of the table above, unsuppressed. */
    static void assertTotals(MissionSummary summary) {
        count(summary, Indicator.SESSIONS, 3);
        ratio(summary, Indicator.HOURS, 270L, null, 4.5);
        count(summary, Indicator.PERSON_SESSIONS_WOMEN, 6);
        count(summary, Indicator.PERSON_SESSIONS_MEN, 5);
        count(summary, Indicator.PERSON_SESSIONS_NOT_RECORDED, 4);
        count(summary, Indicator.PERSON_SESSIONS_TOTAL, 15);
        count(summary, Indicator.UNIQUE_TRAINEES_WOMEN, 2);
        count(summary, Indicator.UNIQUE_TRAINEES_MEN, 2);
        count(summary, Indicator.UNIQUE_TRAINEES_NOT_RECORDED, 1);
        count(summary, Indicator.UNIQUE_TRAINEES_TOTAL, 5);
        ratio(summary, Indicator.WOMEN_SHARE_PERSON_SESSIONS, 6L, 11L, 6.0 / 11);
        ratio(summary, Indicator.WOMEN_SHARE_UNIQUE_TRAINEES, 2L, 4L, 0.5);
        ratio(summary, Indicator.WOMEN_SHARE_HOURS, 570L, 1110L, 570.0 / 1110);
        ratio(summary, Indicator.LEAD_ROLE_PARITY_INDEX, 2L, 5L, 0.8);
        ratio(summary, Indicator.SESSIONS_WITH_PURPOSE_SHARE, 2L, 3L, 2.0 / 3);
        ratio(summary, Indicator.SESSIONS_WITH_GENDER_CONTENT_SHARE, 2L, 3L, 2.0 / 3);
        ratio(summary, Indicator.TRANSFORMATIVE_OBSERVATIONS_SHARE, 2L, 4L, 0.5);
        mowip(summary, Indicator.MOWIP_BARRIERS_PER_100_SESSIONS, "HOUSEHOLD", 1);
        mowip(summary, Indicator.MOWIP_OPPORTUNITIES_PER_100_SESSIONS, "HOUSEHOLD", 1);
        mowip(summary, Indicator.MOWIP_BARRIERS_PER_100_SESSIONS, "GENDER_ROLES", 1);
        mowip(summary, Indicator.MOWIP_OPPORTUNITIES_PER_100_SESSIONS, "GENDER_ROLES", 0);
        mowip(summary, Indicator.MOWIP_BARRIERS_PER_100_SESSIONS, "ELIGIBLE_POOL", 0);
        count(summary, Indicator.FOLLOW_UPS_OPENED, 6);
        count(summary, Indicator.FOLLOW_UPS_CLOSED, 2);
        count(summary, Indicator.FOLLOW_UPS_CANCELLED, 1);
        ratio(summary, Indicator.FOLLOW_UPS_CLOSED_ON_TIME_SHARE, 1L, 2L, 0.5);
        count(summary, Indicator.FOLLOW_UPS_OVERDUE, 2);
        ratio(summary, Indicator.FOLLOW_UPS_MEDIAN_DAYS_OVERDUE, null, 2L, 32.0);
        ratio(summary, Indicator.TRAINEES_FOLLOWED_UP_WITHIN_90_DAYS_SHARE, 4L, 5L, 0.8);
        competency(summary, Indicator.COMPETENCY_CHANGE_WOMEN, "CSM-07", 4, 2, 2.0);
        competency(summary, Indicator.COMPETENCY_CHANGE_MEN, "CSM-07", 1, 1, 1.0);
        competency(summary, Indicator.COMPETENCY_CHANGE_NOT_RECORDED, "CSM-07", 0, 0, null);
        competency(summary, Indicator.COMPETENCY_CHANGE_ALL, "CSM-07", 5, 3, 5.0 / 3);
        competency(summary, Indicator.COMPETENCY_CHANGE_WOMEN, "CSM-09", 0, 0, null);
        competency(summary, Indicator.COMPETENCY_CHANGE_MEN, "CSM-09", -1, 1, -1.0);
        competency(summary, Indicator.COMPETENCY_CHANGE_ALL, "CSM-09", -1, 1, -1.0);
        assertThat(summary.values()).noneMatch(v -> "CSM-01".equals(v.dimension()));
    }

    static void count(MissionSummary summary, Indicator indicator, long expected) {
        ratio(summary, indicator, expected, null, (double) expected);
    }

    static void ratio(MissionSummary summary, Indicator indicator, Long numerator, Long denominator, Double value) {
        assertValue(summary.total(indicator).orElseThrow(), numerator, denominator, value);
    }

    static void mowip(MissionSummary summary, Indicator indicator, String area, int observations) {
        assertValue(summary.value(indicator, area, MissionSummary.TOTAL).orElseThrow(), (long) observations, 3L,
                100.0 * observations / 3);
    }

    static void competency(MissionSummary summary, Indicator indicator, String topic, int change, long trainees,
                           Double mean) {
        assertValue(summary.value(indicator, topic, MissionSummary.TOTAL).orElseThrow(), (long) change, trainees, mean);
    }

    static void assertValue(IndicatorValue actual, Long numerator, Long denominator, Double value) {
        assertThat(actual.suppressed()).as(actual.code()).isFalse();
        assertThat(actual.numerator()).as(actual.code() + " numerator").isEqualTo(numerator);
        assertThat(actual.denominator()).as(actual.code() + " denominator").isEqualTo(denominator);
        if (value == null) {
            assertThat(actual.value()).as(actual.code() + " value").isNull();
        } else {
            assertThat(actual.value()).as(actual.code() + " value").isCloseTo(value, within(1e-9));
        }
    }
}
