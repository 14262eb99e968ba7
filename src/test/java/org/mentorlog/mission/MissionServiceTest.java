package org.mentorlog.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MissionServiceTest {

    @Autowired
    MissionService missions;

    @Autowired
    TestData data;

    @BeforeEach
    void signInAsAdministrator() {
        data.team();
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_administrator_creates_a_team_and_a_site() {
        TeamInfo team = missions.createTeam(new NewTeam(data.missionId(), "CSM-MPT", "Crime scene team Mopti", "MPT"));
        SiteInfo site = missions.addSite(team.id(), "Commissariat de Mopti");

        assertThat(missions.teams()).contains(team);
        assertThat(missions.sites()).contains(site);
    }

    @Test
    void team_codes_and_prefixes_are_unique_and_prefixes_are_capital_letters() {
        missions.createTeam(new NewTeam(data.missionId(), "CSM-KYS", "Kayes", "KYS"));

        assertThatThrownBy(() -> missions.createTeam(new NewTeam(data.missionId(), "csm-kys", "Kayes again", "KYX")))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.duplicate-code");
        assertThatThrownBy(() -> missions.createTeam(new NewTeam(data.missionId(), "CSM-KY2", "Kayes again", "KYS")))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.duplicate-prefix");
        assertThatThrownBy(() -> missions.createTeam(new NewTeam(data.missionId(), "CSM-SEG", "Ségou", "sg1")))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.prefix-format");
    }

    @Test
    void a_site_needs_a_known_team_and_a_new_name() {
        TeamInfo team = missions.createTeam(new NewTeam(data.missionId(), "CSM-TBT", "Tombouctou", "TBT"));
        missions.addSite(team.id(), "Camp");

        assertThatThrownBy(() -> missions.addSite(team.id(), "camp"))
                .hasFieldOrPropertyWithValue("messageKey", "site.error.duplicate-name");
        assertThatThrownBy(() -> missions.addSite(123_456L, "Elsewhere"))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.unknown");
        assertThatThrownBy(() -> missions.addSite(team.id(), ""))
                .hasFieldOrPropertyWithValue("messageKey", "site.error.name-required");
    }

    @Test
    void an_administrator_sets_the_disclosure_threshold_and_the_parity_targets_and_it_is_audited() {
        MissionInfo before = testMission();
        try {
            MissionInfo after = missions.configure(before.id(), before.version(),
                    new MissionSettings(7, new BigDecimal("30"), new BigDecimal("20.5")));

            assertThat(after.disclosureThreshold()).isEqualTo(7);
            assertThat(after.womenTarget()).contains(0.30);
            assertThat(testMission().targetFpuWomenPct()).isEqualByComparingTo("20.5");
            assertThat(data.auditSummaries("mission")).anySatisfy(line -> assertThat(line).contains("threshold=7"));
        } finally {
            restore(before);
        }
    }

    @Test
    void out_of_bounds_settings_and_stale_versions_are_refused_and_change_nothing() {
        MissionInfo before = testMission();

        assertThatThrownBy(() -> missions.configure(before.id(), before.version(), new MissionSettings(2, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "mission.error.threshold-range");
        assertThatThrownBy(() -> missions.configure(before.id(), before.version(), new MissionSettings(101, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "mission.error.threshold-range");
        assertThatThrownBy(() -> missions.configure(before.id(), before.version(), new MissionSettings(null, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "mission.error.threshold-range");
        assertThatThrownBy(() -> missions.configure(before.id(), before.version(),
                new MissionSettings(5, new BigDecimal("100.01"), null)))
                .hasFieldOrPropertyWithValue("messageKey", "mission.error.target-range");
        assertThatThrownBy(() -> missions.configure(before.id(), before.version(),
                new MissionSettings(5, null, new BigDecimal("-1"))))
                .hasFieldOrPropertyWithValue("messageKey", "mission.error.target-range");
        assertThatThrownBy(() -> missions.configure(before.id(), before.version() + 1, new MissionSettings(6, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "mission.error.changed");

        assertThat(testMission()).isEqualTo(before);
    }

    @Test
    void only_an_administrator_changes_the_settings_but_everyone_signed_in_reads_the_mission() {
        MissionInfo mission = testMission();
        data.signIn(data.user(Role.HQ_ANALYST, null));

        assertThatThrownBy(() -> missions.configure(mission.id(), mission.version(), new MissionSettings(9, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(missions.missions()).contains(mission);
        data.signIn(data.user(Role.MENTOR, data.team()));
        assertThat(missions.myMission()).contains(mission);
    }

    private MissionInfo testMission() {
        return missions.requireReadable(data.missionId());
    }

    private void restore(MissionInfo before) {
        MissionInfo now = testMission();
        missions.configure(now.id(), now.version(), before.settings());
    }
}
