package org.mentorlog.reference;

/**
 * An entry of a reference list in the user's language. For session roles the two flags are the
 * defaults a mentor may override on each attendee. A retired entry ({@code active} false) is no
 * longer offered for new records but keeps its meaning in the records that hold it.
 */
public record ReferenceOption(Long id, ReferenceKind kind, String code, String label, boolean positionOfAuthority,
                              boolean nonTraditional, boolean active) {
}
