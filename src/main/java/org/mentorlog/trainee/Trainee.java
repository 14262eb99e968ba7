package org.mentorlog.trainee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;
import org.mentorlog.base.VersionedEntity;

/**
 * A host-state officer trained by a team. Known everywhere by a system-made pseudonymous code; the
 * optional name never leaves the team. No ethnicity, religion or photo, by design.
 */
@Entity
@Table(name = "trainee")
class Trainee extends VersionedEntity {

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(nullable = false)
    private String code;

    @Column(name = "full_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rank_band", nullable = false)
    private RankBand rankBand;

    @Column(name = "unit_type")
    private String unitType;

    @Column(nullable = false)
    private boolean active = true;

    /** The id the tablet that added her gave her (field app), so a retried upload adds her once. */
    @Column(name = "client_id", updatable = false)
    private String clientId;

    protected Trainee() {
    }

    Trainee(Long teamId, String code, TraineeDetails details) {
        this(teamId, code, details, null);
    }

    Trainee(Long teamId, String code, TraineeDetails details, String clientId) {
        this.teamId = teamId;
        this.code = code;
        this.clientId = clientId;
        update(details);
    }

    String getClientId() {
        return clientId;
    }

    void update(TraineeDetails details) {
        if (details.sex() == null) {
            throw new DomainException("trainee.error.sex-required");
        }
        if (details.agency() == null) {
            throw new DomainException("trainee.error.agency-required");
        }
        if (details.rankBand() == null) {
            throw new DomainException("trainee.error.rank-required");
        }
        this.fullName = optional(details.fullName(), TraineeLimits.NAME_MAX, "trainee.error.name-too-long");
        this.unitType = optional(details.unitType(), TraineeLimits.UNIT_TYPE_MAX, "trainee.error.unit-too-long");
        this.sex = details.sex();
        this.agency = details.agency();
        this.rankBand = details.rankBand();
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    private static String optional(String value, int max, String tooLongKey) {
        String trimmed = value == null ? "" : PlainText.clean(value);
        if (trimmed.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    Long getTeamId() {
        return teamId;
    }

    String getCode() {
        return code;
    }

    String getFullName() {
        return fullName;
    }

    Sex getSex() {
        return sex;
    }

    Agency getAgency() {
        return agency;
    }

    RankBand getRankBand() {
        return rankBand;
    }

    String getUnitType() {
        return unitType;
    }

    boolean isActive() {
        return active;
    }

    /** Summary for the audit trail: never the name, which stays in the team. */
    String auditSummary() {
        return "code=%s, sex=%s, agency=%s, rank=%s, unit=%s, active=%s, named=%s".formatted(code, sex, agency,
                rankBand, unitType, active, fullName != null);
    }
}
