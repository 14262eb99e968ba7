package org.mentorlog.summary;

import org.mentorlog.observation.Polarity;
import org.mentorlog.trainee.Sex;

/**
 * The typed rows of {@link SummaryQueries}: one aggregated row per breakdown cell ({@code key}) and
 * family. Families whose figures are plain counts can add cells up ({@code plus}): where every row
 * falls in exactly one cell, their total is the sum of the cells and needs no query of its own.
 */
final class SummaryRows {

    private SummaryRows() {
    }

    record Sessions(String key, long sessions, long minutes, long withPurpose, long withGenderContent,
                    long unregisteredWomen, long unregisteredMen, long unregisteredUnknown,
                    long unregisteredWomenMinutes, long unregisteredMenMinutes) {

        static final Sessions NONE = new Sessions(MissionSummary.TOTAL, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** These sessions and others, in this one's cell. */
        Sessions plus(Sessions o) {
            return new Sessions(key, sessions + o.sessions, minutes + o.minutes,
                    withPurpose + o.withPurpose, withGenderContent + o.withGenderContent,
                    unregisteredWomen + o.unregisteredWomen, unregisteredMen + o.unregisteredMen,
                    unregisteredUnknown + o.unregisteredUnknown, unregisteredWomenMinutes + o.unregisteredWomenMinutes,
                    unregisteredMenMinutes + o.unregisteredMenMinutes);
        }
    }

    /** Person-sessions, minutes and authority roles by sex, unique trainees, and those followed up. */
    record Attendance(String key, long women, long men, long notRecorded, long womenMinutes, long menMinutes,
                      long womenAuthority, long menAuthority, long uniqueWomen, long uniqueMen,
                      long uniqueNotRecorded, long followedUp) {

        static final Attendance NONE = new Attendance(MissionSummary.TOTAL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** One sex's figures of a cell; minutes and authority roles are kept for women and men only. */
        static Attendance of(String key, Sex sex, long sessions, long minutes, long authority, long unique,
                             long followedUp) {
            boolean woman = sex == Sex.WOMAN;
            boolean man = sex == Sex.MAN;
            return new Attendance(key, woman ? sessions : 0, man ? sessions : 0, woman || man ? 0 : sessions,
                    woman ? minutes : 0, man ? minutes : 0, woman ? authority : 0, man ? authority : 0,
                    woman ? unique : 0, man ? unique : 0, woman || man ? 0 : unique, followedUp);
        }

        /** Adds up parts of one cell (this one's), each counting a trainee at most once. */
        Attendance plus(Attendance o) {
            return new Attendance(key, women + o.women, men + o.men, notRecorded + o.notRecorded,
                    womenMinutes + o.womenMinutes, menMinutes + o.menMinutes, womenAuthority + o.womenAuthority,
                    menAuthority + o.menAuthority, uniqueWomen + o.uniqueWomen, uniqueMen + o.uniqueMen,
                    uniqueNotRecorded + o.uniqueNotRecorded, followedUp + o.followedUp);
        }

        /** Every trainee has one sex, so the attending trainees are the unique ones of the three. */
        long attended() {
            return uniqueWomen + uniqueMen + uniqueNotRecorded;
        }
    }

    record Observations(String key, long observations, long transformative) {

        static final Observations NONE = new Observations(MissionSummary.TOTAL, 0, 0);

        /** Adds up parts of one cell (this one's; a total starts from {@link #NONE}). */
        Observations plus(Observations o) {
            return new Observations(key, observations + o.observations, transformative + o.transformative);
        }
    }

    record Mowip(String key, String area, Polarity polarity, long observations) {
    }

    record Opened(String key, long opened) {

        static final Opened NONE = new Opened(MissionSummary.TOTAL, 0);

        /** These follow-ups and others, in this one's cell (a total starts from {@link #NONE}). */
        Opened plus(Opened o) {
            return new Opened(key, opened + o.opened);
        }
    }

    record Closed(String key, long closed, long onTime, long cancelled) {

        static final Closed NONE = new Closed(MissionSummary.TOTAL, 0, 0, 0);

        /** These follow-ups and others, in this one's cell (a total starts from {@link #NONE}). */
        Closed plus(Closed o) {
            return new Closed(key, closed + o.closed, onTime + o.onTime, cancelled + o.cancelled);
        }
    }

    /** Overdue follow-ups and the median of their days overdue (null when none): the median does not add up. */
    record Overdue(String key, long overdue, Double medianDays) {

        static final Overdue NONE = new Overdue(MissionSummary.TOTAL, 0, null);
    }

    /** Trainees of one sex with two ratings or more of one competency, and their summed change. */
    record Competency(String key, String topic, Sex sex, long trainees, long change) {

        /** Adds up parts of one total, each counting a trainee at most once. */
        Competency plus(Competency o) {
            return new Competency(key, topic, sex, trainees + o.trainees, change + o.change);
        }

        /** These figures to be taken away from a total they were counted in. */
        Competency negated() {
            return new Competency(key, topic, sex, -trainees, -change);
        }
    }
}
