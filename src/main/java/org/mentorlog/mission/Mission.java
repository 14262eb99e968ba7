package org.mentorlog.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.mentorlog.base.VersionedEntity;

@Entity
@Table(name = "mission")
class Mission extends VersionedEntity {

    static final int DEFAULT_DISCLOSURE_THRESHOLD = 5;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "disclosure_threshold", nullable = false)
    private int disclosureThreshold = DEFAULT_DISCLOSURE_THRESHOLD;

    @Column(name = "target_ipo_women_pct")
    private BigDecimal targetIpoWomenPct;

    @Column(name = "target_fpu_women_pct")
    private BigDecimal targetFpuWomenPct;

    protected Mission() {
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getCountry() {
        return country;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    int getDisclosureThreshold() {
        return disclosureThreshold;
    }

    BigDecimal getTargetIpoWomenPct() {
        return targetIpoWomenPct;
    }

    BigDecimal getTargetFpuWomenPct() {
        return targetFpuWomenPct;
    }

    /** Sets what headquarters summaries protect and compare against; the bounds are checked by the caller. */
    void configure(MissionSettings settings) {
        disclosureThreshold = settings.disclosureThreshold();
        targetIpoWomenPct = settings.targetIpoWomenPct();
        targetFpuWomenPct = settings.targetFpuWomenPct();
    }

    String settingsText() {
        return "threshold=" + disclosureThreshold + ", target_ipo=" + targetIpoWomenPct + ", target_fpu="
                + targetFpuWomenPct;
    }
}
