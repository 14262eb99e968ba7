package org.mentorlog.trainee;

/** Recorded for disaggregation only; "not recorded" is a valid answer. */
public enum Sex {
    WOMAN,
    MAN,
    NOT_RECORDED
}
