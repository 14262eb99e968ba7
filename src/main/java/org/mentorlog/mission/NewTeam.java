package org.mentorlog.mission;

/** What an administrator types to create a team. */
public record NewTeam(String code, String name, String traineeCodePrefix) {
}
