package org.mentorlog.reference;

/** A new entry for a reference list; the two flags count for session roles only. */
public record NewReferenceEntry(ReferenceKind kind, String code, String labelEn, String labelFr, String labelNb,
                                boolean positionOfAuthority, boolean nonTraditional) {
}
