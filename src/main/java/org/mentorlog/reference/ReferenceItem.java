package org.mentorlog.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.VersionedEntity;

/** One entry of a reference list: a stable code and its label in each language. */
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

    /** The label in the user's language; English when the language is not one of ours. */
    String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> labelFr;
            case "nb", "no", "nn" -> labelNb;
            default -> labelEn;
        };
    }

    ReferenceKind getKind() {
        return kind;
    }

    String getCode() {
        return code;
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
