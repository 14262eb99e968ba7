package org.mentorlog.mission;

import java.util.List;

/** A mission with its teams (by code) and every site of those teams (by name). */
public record MissionStructure(MissionInfo mission, List<TeamInfo> teams, List<SiteInfo> sites) {

    public MissionStructure {
        teams = List.copyOf(teams);
        sites = List.copyOf(sites);
    }
}
