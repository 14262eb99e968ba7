package org.mentorlog.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mentorlog.base.VersionedEntity;

@Entity
@Table(name = "site")
class Site extends VersionedEntity {

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Site() {
    }

    Site(Long teamId, String name) {
        this.teamId = teamId;
        this.name = TeamLimits.requireSiteName(name);
    }

    Long getTeamId() {
        return teamId;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }
}
