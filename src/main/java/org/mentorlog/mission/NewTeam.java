package org.mentorlog.mission;

/** What an administrator types to create a team, and the mission it belongs to. */
public record NewTeam(Long missionId, String code, String name, String traineeCodePrefix) {
}
