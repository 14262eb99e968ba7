package org.mentorlog.mission;

import java.time.LocalDate;

/** The mission's facts that headquarters reads. */
public record MissionInfo(Long id, String code, String name, String country, LocalDate startDate, LocalDate endDate,
                          int disclosureThreshold) {

    static MissionInfo of(Mission mission) {
        return new MissionInfo(mission.getId(), mission.getCode(), mission.getName(), mission.getCountry(),
                mission.getStartDate(), mission.getEndDate(), mission.getDisclosureThreshold());
    }
}
