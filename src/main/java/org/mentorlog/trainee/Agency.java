package org.mentorlog.trainee;

public enum Agency {
    POLICE,
    GENDARMERIE,
    NATIONAL_GUARD,
    CIVIL_PROTECTION,
    OTHER
}
