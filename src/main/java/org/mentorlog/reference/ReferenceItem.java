package org.mentorlog.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.VersionedEntity;

/**
 * One entry of a reference list: a stable code and its label in each language. Entries are never
 * deleted, since sessions, ratings and observations point at them by id; an inactive entry is no
 * longer offered in the forms but keeps its labels for what already refers to it.
 */
@Entity
@Table(name = "reference_item")
class ReferenceItem extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ReferenceKind kind;

    @Column(nullable = false)
    private String code;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_nb", nullable = false)
    private String labelNb;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "position_of_authority", nullable = false)
    private boolean positionOfAuthority;

    @Column(name = "non_traditional", nullable = false)
    private boolean nonTraditional;

    @Column(nullable = false)
    private boolean active = true;

    protected ReferenceItem() {
    }

    ReferenceItem(ReferenceKind kind, String code, int sortOrder) {
        if (kind == null) {
            throw new DomainException("reference.error.kind-required");
        }
        this.kind = kind;
        this.code = ReferenceLimits.requireCode(code);
        this.sortOrder = sortOrder;
    }

    /** The label in the user's language; English when the language is not one of ours. */
    String label(Locale locale) {
        return ReferenceEntry.pick(locale, labelEn, labelFr, labelNb);
    }

    /** Replaces all three labels at once; each is required. */
    void relabel(String english, String french, String norwegian) {
        String en = ReferenceLimits.requireLabel(english, "en");
        String fr = ReferenceLimits.requireLabel(french, "fr");
        String nb = ReferenceLimits.requireLabel(norwegian, "nb");
        this.labelEn = en;
        this.labelFr = fr;
        this.labelNb = nb;
    }

    /** The defaults a mentor sees for an attendee in this role; other lists have no flags. */
    void flag(boolean authority, boolean nonTraditionalRole) {
        boolean role = kind == ReferenceKind.SESSION_ROLE;
        this.positionOfAuthority = role && authority;
        this.nonTraditional = role && nonTraditionalRole;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void placeAt(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    /** What the audit trail keeps of this entry. */
    String describe() {
        return "kind=%s, code=%s, en=%s, fr=%s, nb=%s, order=%d, authority=%s, non-traditional=%s, active=%s"
                .formatted(kind, code, labelEn, labelFr, labelNb, sortOrder, positionOfAuthority, nonTraditional,
                        active);
    }

    ReferenceKind getKind() {
        return kind;
    }

    String getCode() {
        return code;
    }

    String getLabelEn() {
        return labelEn;
    }

    String getLabelFr() {
        return labelFr;
    }

    String getLabelNb() {
        return labelNb;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isPositionOfAuthority() {
        return positionOfAuthority;
    }

    boolean isNonTraditional() {
        return nonTraditional;
    }

    boolean isActive() {
        return active;
    }
}
