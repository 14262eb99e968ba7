package org.mentorlog.trainee;

/**
 * The host-state agency a trainee serves in. The summary's read model names sets of agencies by their places here
 * ({@code summary.SummaryScope#agencyBit}): a new agency goes last, or a migration marks the model unbuilt.
 */
public enum Agency {
    POLICE,
    GENDARMERIE,
    NATIONAL_GUARD,
    CIVIL_PROTECTION,
    OTHER
}
