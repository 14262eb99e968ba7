package org.mentorlog.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The mission, its two teams with their sites and accounts, and each team's trainee register. */
final class DemoSetup {

    static final int TRAINEES_PER_TEAM = 40;

    /** A team as the session generator needs it; the first mentor is the one a demo visitor signs in as. */
    record Team(long id, long leaderId, List<Long> mentorIds, List<Long> siteIds, List<Trainee> trainees) {

        List<Trainee> activeTrainees() {
            return trainees.stream().filter(Trainee::active).toList();
        }
    }

    record Trainee(long id, String sex, boolean active) {

        boolean woman() {
            return "WOMAN".equals(sex);
        }
    }

    private record Account(String username, String displayName) {
    }

    // Two trainees per team whose sex was not recorded, so that category shows up in the summaries.
    private static final Set<Integer> SEX_NOT_RECORDED = Set.of(12, 31);

    private final DemoWriter writer;
    private final DemoRandom dice;
    private final LocalDate today;
    private final String passwordHash;

    DemoSetup(DemoWriter writer, DemoRandom dice, LocalDate today, String passwordHash) {
        this.writer = writer;
        this.dice = dice;
        this.today = today;
        this.passwordHash = passwordHash;
    }

    /** Creates everything but the sessions and returns the two teams, Bamako first. */
    List<Team> create() {
        long missionId = writer.insert("""
                        insert into mission (code, name, country, start_date, disclosure_threshold,
                                             target_ipo_women_pct, target_fpu_women_pct)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                "MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "Mali",
                today.minusYears(3), 5, 30, 20);
        Team bamako = team(missionId, "CSM-BKO", "Crime scene team Bamako", "BKO",
                List.of("École nationale de police, Bamako", "Gendarmerie, Camp I Bamako"),
                List.of(new Account("mentor", "Ingrid Solberg"), new Account("mentor3", "Kari Nilsen")),
                new Account("leader", "Marte Berg"));
        Team gao = team(missionId, "CSM-GAO", "Crime scene team Gao", "GAO",
                List.of("Commissariat central, Gao"),
                List.of(new Account("mentor2", "Ola Hansen")),
                new Account("leader2", "Per Dahl"));
        user(new Account("hq", "Headquarters analyst"), "HQ_ANALYST", null);
        user(new Account("admin", "Administrator"), "ADMIN", null);
        // The demo analyst may export, to show the export permission at work.
        writer.update("update app_user set can_export = true where username = 'hq'");
        writer.update("insert into mission_reader (user_id, mission_id) select id, ? from app_user where username = 'hq'",
                missionId);
        return List.of(bamako, gao);
    }

    private Team team(long missionId, String code, String name, String prefix, List<String> siteNames,
                      List<Account> mentors, Account leader) {
        long teamId = writer.insert("""
                        insert into team (mission_id, code, name, trainee_code_prefix) values (?, ?, ?, ?)""",
                missionId, code, name, prefix);
        List<Long> siteIds = siteNames.stream()
                .map(site -> writer.insert("insert into site (team_id, name) values (?, ?)", teamId, site))
                .toList();
        List<Long> mentorIds = mentors.stream().map(mentor -> user(mentor, "MENTOR", teamId)).toList();
        long leaderId = user(leader, "TEAM_LEADER", teamId);
        return new Team(teamId, leaderId, mentorIds, siteIds, trainees(teamId, prefix));
    }

    private long user(Account account, String role, Long teamId) {
        return writer.insert("""
                        insert into app_user (username, display_name, password_hash, role, team_id)
                        values (?, ?, ?, ?, ?)""",
                account.username(), account.displayName(), passwordHash, role, teamId);
    }

    /** Registers the team's trainees under consecutive codes and moves the team's counter past them. */
    private List<Trainee> trainees(long teamId, String prefix) {
        List<Trainee> trainees = new ArrayList<>();
        Set<String> namesTaken = new HashSet<>();
        for (int number = 1; number <= TRAINEES_PER_TEAM; number++) {
            String sex = SEX_NOT_RECORDED.contains(number) ? "NOT_RECORDED" : dice.chance(0.35) ? "WOMAN" : "MAN";
            trainees.add(trainee(teamId, "%s-%04d".formatted(prefix, number), sex, namesTaken));
        }
        writer.update("update team set next_trainee_number = ? where id = ?", TRAINEES_PER_TEAM + 1, teamId);
        return trainees;
    }

    private Trainee trainee(long teamId, String code, String sex, Set<String> namesTaken) {
        String agency = agency();
        boolean active = !dice.chance(0.07);
        long id = writer.insert("""
                        insert into trainee (team_id, code, full_name, sex, agency, rank_band, unit_type, active)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                teamId, code, uniqueName(sex, namesTaken), sex, agency, rankBand("WOMAN".equals(sex)),
                dice.pick(DemoText.UNIT_TYPES.get(agency)), active);
        return new Trainee(id, sex, active);
    }

    private String uniqueName(String sex, Set<String> namesTaken) {
        boolean woman = "WOMAN".equals(sex) || ("NOT_RECORDED".equals(sex) && dice.chance(0.5));
        String name;
        do {
            name = dice.pick(woman ? DemoText.WOMEN_FIRST_NAMES : DemoText.MEN_FIRST_NAMES) + " "
                    + dice.pick(DemoText.LAST_NAMES);
        } while (!namesTaken.add(name));
        return name;
    }

    private String agency() {
        double roll = dice.fraction();
        return roll < 0.47 ? "POLICE" : roll < 0.88 ? "GENDARMERIE" : roll < 0.95 ? "NATIONAL_GUARD" : "CIVIL_PROTECTION";
    }

    /** Women in these services are still mostly in the junior ranks, which the rank bands reflect. */
    private String rankBand(boolean woman) {
        double roll = dice.fraction();
        double junior = woman ? 0.45 : 0.30;
        return roll < junior ? "JUNIOR" : roll < junior + 0.35 ? "NCO" : roll < 0.93 ? "OFFICER" : "SENIOR";
    }
}
