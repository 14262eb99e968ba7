package org.mentorlog.trainee;

/** What a team member types about a trainee; the code is never typed, the system makes it. */
public record TraineeDetails(String fullName, Sex sex, Agency agency, RankBand rankBand, String unitType) {
}
