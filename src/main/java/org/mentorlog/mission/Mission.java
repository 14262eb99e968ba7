package org.mentorlog.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlausibleDates;
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

    /** A new mission; the caller has checked the settings' bounds and that the code is free. */
    Mission(NewMission details) {
        code = MissionLimits.requireCode(details.code());
        name = TeamLimits.requireText(details.name(), MissionLimits.NAME_MAX, "mission.error.name-required",
                "mission.error.name-too-long");
        country = TeamLimits.requireText(details.country(), MissionLimits.COUNTRY_MAX,
                "mission.error.country-required", "mission.error.country-too-long");
        if (details.startDate() == null) {
            throw new DomainException("mission.error.start-required");
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new DomainException("mission.error.end-before-start");
        }
        startDate = PlausibleDates.require(details.startDate());
        endDate = PlausibleDates.require(details.endDate());
        configure(details.settings());
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

    String describe() {
        return "code=" + code + ", name=" + name + ", country=" + country + ", start=" + startDate + ", end=" + endDate
                + ", " + settingsText();
    }

    String settingsText() {
        return "threshold=" + disclosureThreshold + ", target_ipo=" + targetIpoWomenPct + ", target_fpu="
                + targetFpuWomenPct;
    }
}
