package org.mentorlog.mission;

import java.time.LocalDate;

/** What an administrator types to create a mission; the end date may be left open. */
public record NewMission(String code, String name, String country, LocalDate startDate, LocalDate endDate,
                         MissionSettings settings) {
}
