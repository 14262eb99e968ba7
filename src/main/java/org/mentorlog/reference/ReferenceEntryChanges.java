package org.mentorlog.reference;

/**
 * An administrator's edit of an entry, made against the version she saw. The code is not part of
 * it: codes are stable once created.
 */
public record ReferenceEntryChanges(long version, String labelEn, String labelFr, String labelNb,
                                    boolean positionOfAuthority, boolean nonTraditional) {
}
