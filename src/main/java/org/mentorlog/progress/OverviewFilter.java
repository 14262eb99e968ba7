package org.mentorlog.progress;

import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.Sex;

/** Filters of the team overview; null means "any". */
public record OverviewFilter(Long siteId, Agency agency, Sex sex, ProgressFlag flag) {

    public static OverviewFilter none() {
        return new OverviewFilter(null, null, null, null);
    }
}
