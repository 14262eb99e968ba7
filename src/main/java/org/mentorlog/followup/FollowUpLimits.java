package org.mentorlog.followup;

public final class FollowUpLimits {

    public static final int DESCRIPTION_MAX = 500;
    public static final int OUTCOME_MAX = 1000;

    private FollowUpLimits() {
    }
}
