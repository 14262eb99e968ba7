package org.mentorlog.progress;

import java.time.LocalDate;
import java.util.Set;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.Sex;

/**
 * One trainee in the team overview.
 *
 * @param latestRatings latest level per competency in short form, such as "CSM-07 3 · CSM-17 2", a no-break
 *                      space between a competency and its level
 */
public record TraineeProgressRow(Long traineeId, String code, String fullName, Sex sex, Agency agency,
                                 int sessionsLast90Days, int sessionsTotal, LocalDate lastSeen, String latestRatings,
                                 int openActions, int overdueActions, Set<ProgressFlag> flags) {

    public String label() {
        return fullName == null ? code : code + " · " + fullName;
    }
}
