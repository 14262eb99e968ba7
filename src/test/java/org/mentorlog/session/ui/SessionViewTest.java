package org.mentorlog.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ui.PageText;
import org.mentorlog.security.Role;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.springframework.beans.factory.annotation.Autowired;

/** A log opened from My sessions: read here, and changed only in the field app by the mentor who may. */
@IntegrationTest
class SessionViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    SessionService sessions;

    private TeamRef team;
    private UserRef mentor;
    private long awa;

    @BeforeEach
    void aMentorOfANewTeam() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
        data.signIn(mentor);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void her_own_draft_is_read_here_and_edited_on_the_tablet() {
        long draft = log("Fingermarks on glass", false);

        navigate(SessionView.class, draft);

        assertThat(PageText.of(find(SessionReadout.class).single())).contains("Fingermarks on glass");
        assertThat(find(Button.class).withText("Edit on this tablet").exists()).isTrue();
    }

    @Test
    void markup_typed_into_a_log_is_read_as_text() {
        long draft = log("<img src=x onerror=alert(1)> & co", false);

        navigate(SessionView.class, draft);

        SessionReadout readout = find(SessionReadout.class).single();
        assertThat(PageText.of(readout)).contains("<img src=x onerror=alert(1)> & co");
        assertThat(PageText.markup(readout).select("img")).isEmpty();
    }

    @Test
    void a_submitted_log_is_read_only_and_says_why() {
        long submitted = log("Cordon a burglary scene", true);

        navigate(SessionView.class, submitted);

        assertThat(find(Button.class).withText("Edit on this tablet").exists()).isFalse();
        assertThat(find(Span.class).withTextContaining("Submitted for review: read only").exists()).isTrue();
    }

    @Test
    void a_colleague_reads_her_draft_without_a_way_to_change_it() {
        long draft = log("Fingermarks on glass", false);
        data.signIn(data.user(Role.MENTOR, team));

        navigate(SessionView.class, draft);

        assertThat(PageText.of(find(SessionReadout.class).single())).contains("Fingermarks on glass");
        assertThat(find(Button.class).withText("Edit on this tablet").exists()).isFalse();
        assertThat(find(Span.class).withTextContaining("A draft of another mentor").exists()).isTrue();
    }

    @Test
    void another_team_cannot_open_it() {
        long draft = log("Fingermarks on glass", false);
        data.signIn(data.user(Role.MENTOR, data.team()));

        navigate("session/" + draft, MySessionsView.class);

        assertThat(find(SessionReadout.class).exists()).isFalse();
    }

    private long log(String purpose, boolean submit) {
        SessionLog log = TabletChanges.blankLog(mentor.id(), team.siteId())
                .purpose(purpose).topic(data.reference("TOPIC", "CSM-10")).present(awa, Map.of()).build();
        return sessions.applyTabletChange(TabletChanges.newLog(log, submit)).log().id();
    }
}
