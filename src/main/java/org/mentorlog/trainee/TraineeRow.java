package org.mentorlog.trainee;

/** A trainee as the own team sees it, name included. */
public record TraineeRow(Long id, String code, String fullName, Sex sex, Agency agency, RankBand rankBand,
                         String unitType, boolean active, long version) {

    static TraineeRow of(Trainee trainee) {
        return new TraineeRow(trainee.getId(), trainee.getCode(), trainee.getFullName(), trainee.getSex(),
                trainee.getAgency(), trainee.getRankBand(), trainee.getUnitType(), trainee.isActive(),
                trainee.getVersion());
    }

    public TraineeDetails details() {
        return new TraineeDetails(fullName, sex, agency, rankBand, unitType);
    }

    /** Code, and the name where the team recorded one: "BKO-0042 · Awa Traoré". */
    public String label() {
        return fullName == null ? code : code + " · " + fullName;
    }
}
