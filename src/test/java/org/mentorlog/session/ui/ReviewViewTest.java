package org.mentorlog.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ui.Drawer;
import org.mentorlog.base.ui.PageText;
import org.mentorlog.security.Role;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    SessionService sessions;

    @Autowired
    JdbcClient jdbc;

    private UserRef leader;
    private long sessionId;

    @BeforeEach
    void aSubmittedLog() {
        TeamRef team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        leader = data.user(Role.TEAM_LEADER, team);
        long awa = data.trainee(team, "Awa Traoré", "WOMAN");
        data.signIn(mentor);
        sessionId = sessions.applyTabletChange(TabletChanges.newLog(TabletChanges.blankLog(mentor.id(), team.siteId())
                .purpose("Fingermarks on glass").topic(data.reference("TOPIC", "CSM-10")).present(awa, Map.of())
                .build(), true)).log().id();
        data.signIn(leader);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_leader_sees_the_waiting_log_counted_in_the_menu_and_reads_it_whole() {
        navigate(ReviewQueueView.class);

        assertThat(Drawer.badge("To review")).contains("1");
        test(find(Grid.class).single()).clickRow(0);

        String readout = PageText.of(find(SessionReadout.class).single());
        assertThat(readout).contains("Fingermarks on glass", "Awa Traoré");
    }

    @Test
    void returning_without_a_comment_is_refused_next_to_the_comment_field() {
        navigate(ReviewView.class, sessionId);

        test(find(Button.class).withText("Return to mentor").single()).click();

        TextArea comment = find(TextArea.class).withLabel("Comment for the mentor").single();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Write a comment telling the mentor what to change.");
        assertThat(status()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_returned_log_leaves_the_queue_with_the_comment_kept() {
        navigate(ReviewView.class, sessionId);

        test(find(TextArea.class).withLabel("Comment for the mentor").single()).setValue("Rate each attendee, please");
        test(find(Button.class).withText("Return to mentor").single()).click();

        assertThat(status()).isEqualTo("RETURNED");
        assertThat(test(find(Grid.class).single()).size()).isZero();
        assertThat(jdbc.sql("select review_comment from session_review where session_id = ?").param(sessionId)
                .query(String.class).single()).isEqualTo("Rate each attendee, please");
    }

    @Test
    void approving_takes_the_log_out_of_the_queue() {
        navigate(ReviewView.class, sessionId);

        test(find(Button.class).withText("Approve").single()).click();

        assertThat(status()).isEqualTo("REVIEWED");
        assertThat(test(find(Grid.class).single()).size()).isZero();
    }

    private String status() {
        return jdbc.sql("select status from training_session where id = ?").param(sessionId).query(String.class).single();
    }
}
