package org.mentorlog.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.VersionedEntity;

@Entity
@Table(name = "team")
class Team extends VersionedEntity {

    @Column(name = "mission_id", nullable = false)
    private Long missionId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "trainee_code_prefix", nullable = false)
    private String traineeCodePrefix;

    @Column(name = "next_trainee_number", nullable = false)
    private int nextTraineeNumber = 1;

    @Column(nullable = false)
    private boolean active = true;

    protected Team() {
    }

    Team(Long missionId, String code, String name, String traineeCodePrefix) {
        this.missionId = missionId;
        this.code = TeamLimits.requireCode(code);
        rename(name);
        this.traineeCodePrefix = TeamLimits.requirePrefix(traineeCodePrefix);
    }

    void rename(String newName) {
        this.name = TeamLimits.requireName(newName);
    }

    /** Hands out the next pseudonymous trainee code of this team, such as {@code BKO-0042}. */
    String takeNextTraineeCode() {
        if (nextTraineeNumber > 9999) {
            throw new DomainException("trainee.error.codes-exhausted");
        }
        return "%s-%04d".formatted(traineeCodePrefix, nextTraineeNumber++);
    }

    Long getMissionId() {
        return missionId;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getTraineeCodePrefix() {
        return traineeCodePrefix;
    }

    boolean isActive() {
        return active;
    }
}
