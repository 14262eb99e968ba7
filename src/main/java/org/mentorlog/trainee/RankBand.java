package org.mentorlog.trainee;

public enum RankBand {
    JUNIOR,
    NCO,
    OFFICER,
    SENIOR
}
