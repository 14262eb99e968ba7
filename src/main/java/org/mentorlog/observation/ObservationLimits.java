package org.mentorlog.observation;

public final class ObservationLimits {

    public static final int NOTE_MAX = 2000;

    private ObservationLimits() {
    }
}
