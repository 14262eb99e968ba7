package org.mentorlog.session;

public enum SessionFormat {
    CLASSROOM,
    PRACTICAL_EXERCISE,
    REAL_SCENE,
    ONE_TO_ONE
}
