package org.mentorlog.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ui.ItemMultiSelect;
import org.mentorlog.base.ui.PageText;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TeamSummaryViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    private UserRef leader;

    @BeforeEach
    void oneSessionWithTwoWomenInTheLeadersTeamAndOneInAnother() {
        TeamRef team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        long session = data.session(team, mentor, LocalDate.now().minusDays(1)).insert();
        data.attendance(session, data.trainee(team, "Awa Traoré", "WOMAN"), "PRESENT", true);
        data.attendance(session, data.trainee(team, "Mariam Keita", "WOMAN"), "PRESENT", false);
        TeamRef other = data.team();
        data.session(other, data.user(Role.MENTOR, other), LocalDate.now().minusDays(1)).insert();
        leader = data.user(Role.TEAM_LEADER, team);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_team_leader_sees_her_own_teams_small_numbers_unsuppressed() {
        data.signIn(leader);

        navigate(TeamSummaryView.class);

        assertThat(figure("Sessions")).startsWith("1");
        assertThat(figure("Person-sessions, women")).startsWith("2");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> p.getText().startsWith("Counts below"));
        assertThat(find(ItemMultiSelect.class).withLabel("Teams").exists()).isFalse();
        assertThat(find(ItemMultiSelect.class).withLabel("Sites").exists()).isTrue();
        assertThat(PageText.markup(find(Div.class).withClassName("summary-results").single()).select("div.chart"))
                .hasSize(9);
    }

    @Test
    void the_full_table_names_the_mowip_areas_in_the_leaders_language() {
        data.signIn(leader);

        navigate(TeamSummaryView.class);

        assertThat(PageText.markup(find(Div.class).withClassName("summary-results").single())
                .select(".summary-table tbody th").eachText()).contains("Barriers per 100 sessions · Eligible pool");
    }

    private String figure(String label) {
        return PageText.markup(find(Div.class).withClassName("summary-results").single())
                .select(".headline .figure-card summary")
                .eachText().stream().filter(text -> text.endsWith(label)).findFirst().orElseThrow();
    }
}
