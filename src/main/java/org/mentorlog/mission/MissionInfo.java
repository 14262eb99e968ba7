package org.mentorlog.mission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The mission's facts that headquarters reads. The targets are the UN 2028 gender parity targets in
 * percent (individual police officers, formed police units), null where the mission records none.
 */
public record MissionInfo(Long id, String code, String name, String country, LocalDate startDate, LocalDate endDate,
                          int disclosureThreshold, BigDecimal targetIpoWomenPct, BigDecimal targetFpuWomenPct,
                          long version) {

    static MissionInfo of(Mission mission) {
        return new MissionInfo(mission.getId(), mission.getCode(), mission.getName(), mission.getCountry(),
                mission.getStartDate(), mission.getEndDate(), mission.getDisclosureThreshold(),
                mission.getTargetIpoWomenPct(), mission.getTargetFpuWomenPct(), mission.getVersion());
    }

    /** The settings as they stand, to edit. */
    public MissionSettings settings() {
        return new MissionSettings(disclosureThreshold, targetIpoWomenPct, targetFpuWomenPct);
    }

    /** Women's share the mission aims at among individual police officers, as a fraction, if recorded. */
    public Optional<Double> womenTarget() {
        return Optional.ofNullable(targetIpoWomenPct).map(pct -> pct.doubleValue() / 100);
    }
}
