package org.mentorlog.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

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
        TeamInfo team = missions.createTeam(new NewTeam("CSM-MPT", "Crime scene team Mopti", "MPT"));
        SiteInfo site = missions.addSite(team.id(), "Commissariat de Mopti");

        assertThat(missions.teams()).contains(team);
        assertThat(missions.sites()).contains(site);
    }

    @Test
    void team_codes_and_prefixes_are_unique_and_prefixes_are_capital_letters() {
        missions.createTeam(new NewTeam("CSM-KYS", "Kayes", "KYS"));

        assertThatThrownBy(() -> missions.createTeam(new NewTeam("csm-kys", "Kayes again", "KYX")))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.duplicate-code");
        assertThatThrownBy(() -> missions.createTeam(new NewTeam("CSM-KY2", "Kayes again", "KYS")))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.duplicate-prefix");
        assertThatThrownBy(() -> missions.createTeam(new NewTeam("CSM-SEG", "Ségou", "sg1")))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.prefix-format");
    }

    @Test
    void a_site_needs_a_known_team_and_a_new_name() {
        TeamInfo team = missions.createTeam(new NewTeam("CSM-TBT", "Tombouctou", "TBT"));
        missions.addSite(team.id(), "Camp");

        assertThatThrownBy(() -> missions.addSite(team.id(), "camp"))
                .hasFieldOrPropertyWithValue("messageKey", "site.error.duplicate-name");
        assertThatThrownBy(() -> missions.addSite(123_456L, "Elsewhere"))
                .hasFieldOrPropertyWithValue("messageKey", "team.error.unknown");
        assertThatThrownBy(() -> missions.addSite(team.id(), ""))
                .hasFieldOrPropertyWithValue("messageKey", "site.error.name-required");
    }
}
