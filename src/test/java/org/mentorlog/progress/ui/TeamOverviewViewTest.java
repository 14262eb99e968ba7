package org.mentorlog.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ui.DomEvents;
import org.mentorlog.base.ui.ItemSelect;
import org.mentorlog.base.ui.ItemSelects;
import org.mentorlog.base.ui.PageText;
import org.mentorlog.security.Role;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.SessionFormat;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TeamOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    SessionService sessions;

    private TeamRef team;
    private UserRef leader;
    private long awa;
    private long moussa;

    @BeforeEach
    void aTeamWithOneExercise() {
        team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        leader = data.user(Role.TEAM_LEADER, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
        moussa = data.trainee(team, "Moussa Diallo", "MAN");
        long search = data.reference("TOPIC", "CSM-09");
        data.signIn(mentor);
        for (int level = 1; level <= 3; level++) {
            sessions.applyTabletChange(TabletChanges.newLog(TabletChanges.blankLog(mentor.id(), team.siteId())
                    .purpose("Search drill").date(LocalDate.now().minusDays(30 - level))
                    .format(SessionFormat.PRACTICAL_EXERCISE).topic(search)
                    .attendee(new AttendeeLog(awa, AttendanceStatus.PRESENT, null, false, false, false, false, true,
                            false, false, null, Map.of(search, level)))
                    .attendee(new AttendeeLog(moussa, AttendanceStatus.PRESENT, null, true, false, false, true, true,
                            false, false, null, Map.of(search, 3)))
                    .build(), true));
        }
        data.signIn(leader);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_leader_filters_the_team_down_to_who_never_held_authority() {
        navigate(TeamOverviewView.class);
        assertThat(trainees()).containsExactly(label(awa), label(moussa));

        ItemSelect<?> needsAttention = find(ItemSelect.class).withLabel("Needs attention").single();
        assertThat(ItemSelects.labels(needsAttention)).startsWith("Any").contains("No authority role in last 5 exercises");
        ItemSelects.choose(needsAttention, "No authority role in last 5 exercises");

        assertThat(trainees()).containsExactly(label(awa));
        Element row = table().selectFirst("tbody tr");
        assertThat(row.selectFirst("td.ratings").wholeText()).isEqualTo("CSM-09\u00A03"); // kept on one line
        assertThat(row.select("td.warning").text()).endsWith("No authority role in last 5 exercises");
        assertThat(row.select("a").attr("href")).isEqualTo("mentee/" + awa);

        ItemSelects.choose(needsAttention, "Any");

        assertThat(needsAttention.getValue()).isNull();
        assertThat(trainees()).hasSize(2);
        ItemSelects.send(needsAttention, "99");
        ItemSelects.send(needsAttention, "not a position");
        assertThat(needsAttention.getValue()).isNull();
        assertThat(trainees()).hasSize(2);
    }

    @Test
    void a_tap_on_a_column_head_sorts_by_it_and_a_second_tap_the_other_way() {
        navigate(TeamOverviewView.class);
        assertThat(sortedBy()).isEqualTo("Trainee ascending");
        assertThat(table().select("thead button").eachText())
                .containsExactly("Trainee", "Sessions, 90 days / all", "Last seen", "Open / overdue");

        tapHead("code");

        assertThat(sortedBy()).isEqualTo("Trainee descending");
        assertThat(trainees()).containsExactly(label(moussa), label(awa));

        tapHead("overdueActions");

        assertThat(sortedBy()).isEqualTo("Open / overdue ascending");
        assertThat(trainees()).containsExactly(label(awa), label(moussa));

        tapHead("full_name desc; drop table trainee"); // not a head the page wrote
        assertThat(sortedBy()).isEqualTo("Open / overdue ascending");
    }

    @Test
    void a_long_register_shows_a_hundred_trainees_and_more_on_request() {
        for (int i = 0; i < TeamOverviewView.PAGE; i++) {
            data.trainee(team, "Trainee " + i, i % 2 == 0 ? "WOMAN" : "MAN");
        }
        navigate(TeamOverviewView.class);
        assertThat(trainees()).hasSize(TeamOverviewView.PAGE);
        Button more = find(Button.class).withText("Show 100 more").single();

        test(more).click();

        assertThat(trainees()).hasSize(TeamOverviewView.PAGE + 2);
        assertThat(more.isVisible()).isFalse();
    }

    private String label(long trainee) {
        return table().select("a[href=mentee/" + trainee + "]").text();
    }

    private List<String> trainees() {
        return table().select("tbody th").eachText();
    }

    private String sortedBy() {
        Element head = table().selectFirst("th[aria-sort]");
        return head.text() + " " + head.attr("aria-sort");
    }

    private Document table() {
        return PageText.markup(find(Div.class).withClassName("overview-table").single());
    }

    /** A tap on a column head, as the browser reports it. */
    private void tapHead(String column) {
        DomEvents.fire(find(Div.class).withClassName("overview-table").single().getElement(), "click",
                TeamOverviewView.SORT_KEY, column);
    }

    @Test
    void the_mentee_page_charts_each_competency_and_lists_the_same_numbers() {
        navigate(MenteeView.class, awa);

        assertThat(find(H2.class).single().getText()).endsWith("Awa Traoré");
        Document competencies = Jsoup.parse(find(Div.class).withClassName("competencies").single().getElement()
                .getProperty("innerHTML"));
        assertThat(competencies.select(".competency > p").eachText()).containsExactly("CSM-09: from 1 to 3");
        assertThat(competencies.select("svg").attr("aria-label")).isEqualTo("CSM-09: from 1 to 3");
        assertThat(competencies.select("details > summary").text()).isEqualTo("Show as a list");
        assertThat(competencies.select("details > div").eachText().stream().map(line -> line.split(": ")[1]))
                .containsExactly("1 Not yet", "2 With support", "3 Independently");
    }

    @Test
    void a_leader_of_another_team_cannot_open_the_mentee() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));

        navigate(TeamOverviewView.class);
        navigate("mentee/" + awa, TeamOverviewView.class);

        assertThat(find(H2.class).exists()).isFalse();
    }
}
