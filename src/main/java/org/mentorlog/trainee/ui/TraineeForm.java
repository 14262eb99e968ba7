package org.mentorlog.trainee.ui;

import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;

/** The trainee form's values while the user types them. */
class TraineeForm {

    private String fullName = "";
    private Sex sex;
    private Agency agency;
    private RankBand rankBand;
    private String unitType = "";

    static TraineeForm of(TraineeDetails details) {
        TraineeForm form = new TraineeForm();
        form.fullName = details.fullName() == null ? "" : details.fullName();
        form.sex = details.sex();
        form.agency = details.agency();
        form.rankBand = details.rankBand();
        form.unitType = details.unitType() == null ? "" : details.unitType();
        return form;
    }

    TraineeDetails toDetails() {
        return new TraineeDetails(fullName, sex, agency, rankBand, unitType);
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    Sex getSex() {
        return sex;
    }

    void setSex(Sex sex) {
        this.sex = sex;
    }

    Agency getAgency() {
        return agency;
    }

    void setAgency(Agency agency) {
        this.agency = agency;
    }

    RankBand getRankBand() {
        return rankBand;
    }

    void setRankBand(RankBand rankBand) {
        this.rankBand = rankBand;
    }

    String getUnitType() {
        return unitType;
    }

    void setUnitType(String unitType) {
        this.unitType = unitType;
    }
}
