package org.mentorlog.mission;

/** A team as other features and the UI see it. */
public record TeamInfo(Long id, Long missionId, String code, String name, String traineeCodePrefix, boolean active) {

    static TeamInfo of(Team team) {
        return new TeamInfo(team.getId(), team.getMissionId(), team.getCode(), team.getName(), team.getTraineeCodePrefix(), team.isActive());
    }

    /** How the team is named in lists: code and name. */
    public String label() {
        return code + " – " + name;
    }
}
