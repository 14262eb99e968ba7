package org.mentorlog.trainee;

/** Bounds of a trainee's fields, shared by the entity and the forms. */
public final class TraineeLimits {

    public static final int NAME_MAX = 120;
    public static final int UNIT_TYPE_MAX = 60;

    private TraineeLimits() {
    }
}
