package org.mentorlog.mission;

/** A place where a team trains, as the UI sees it. */
public record SiteInfo(Long id, Long teamId, String name, boolean active) {

    static SiteInfo of(Site site) {
        return new SiteInfo(site.getId(), site.getTeamId(), site.getName(), site.isActive());
    }
}
