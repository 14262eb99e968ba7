package org.mentorlog.reference;

import java.util.Locale;

/**
 * An entry of a reference list as the administrator sees it: all three labels, both flags, whether
 * it is still offered in the forms, and the version her edits are made against.
 */
public record ReferenceEntry(Long id, long version, ReferenceKind kind, String code, String labelEn,
                             String labelFr, String labelNb, int sortOrder, boolean positionOfAuthority,
                             boolean nonTraditional, boolean active) {

    static ReferenceEntry of(ReferenceItem item) {
        return new ReferenceEntry(item.getId(), item.getVersion(), item.getKind(), item.getCode(),
                item.getLabelEn(), item.getLabelFr(), item.getLabelNb(),
                item.getSortOrder(), item.isPositionOfAuthority(), item.isNonTraditional(), item.isActive());
    }

    /** The label in the user's language; English when the language is not one of ours. */
    public String label(Locale locale) {
        return pick(locale, labelEn, labelFr, labelNb);
    }

    static String pick(Locale locale, String en, String fr, String nb) {
        return switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "nb", "no", "nn" -> nb;
            default -> en;
        };
    }
}
