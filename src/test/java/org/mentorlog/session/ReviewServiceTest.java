package org.mentorlog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorlog.session.TabletChanges.blankLog;
import static org.mentorlog.session.TabletChanges.change;
import static org.mentorlog.session.TabletChanges.newLog;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewServiceTest {

    @Autowired
    SessionService sessions;

    @Autowired
    ReviewService reviews;

    @Autowired
    TestData data;

    private TeamRef team;
    private UserRef mentor;
    private UserRef leader;
    private long awa;

    @BeforeEach
    void aTeamWithAMentorAndALeader() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        leader = data.user(Role.TEAM_LEADER, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_queue_holds_the_teams_submitted_logs_oldest_first() {
        long first = submit("First");
        long second = submit("Second");
        data.signIn(mentor);
        sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).build(), false));

        data.signIn(leader);

        assertThat(reviews.queue()).extracting(ReviewQueueRow::id).containsExactly(first, second);
        assertThat(reviews.waiting()).isEqualTo(2);
    }

    @Test
    void a_returned_log_comes_back_to_the_mentor_with_the_comment_and_can_be_resubmitted() {
        TabletLog submitted = submitted("Search drill");
        long id = submitted.log().id();
        data.signIn(leader);
        reviews.returnToMentor(id, version(id), "Add the ratings for the photography topic");

        data.signIn(mentor);
        TabletLog returned = sessions.tabletLog(submitted.clientId());
        assertThat(returned.log().status()).isEqualTo(SessionStatus.RETURNED);
        assertThat(returned.log().returnComment()).isEqualTo("Add the ratings for the photography topic");
        sessions.applyTabletChange(change(returned,
                SessionLogBuilder.from(returned.log()).purpose("Search drill, fixed").build(), true));

        data.signIn(leader);
        reviews.approve(id, version(id));
        assertThat(sessions.load(id).status()).isEqualTo(SessionStatus.REVIEWED);
        assertThat(reviews.history(id)).extracting(ReviewEntry::decision)
                .containsExactly(ReviewDecision.RETURNED, ReviewDecision.APPROVED);
        assertThat(data.auditSummaries("session")).anySatisfy(summary -> assertThat(summary).contains("RETURNED"))
                .anySatisfy(summary -> assertThat(summary).contains("REVIEWED"));
    }

    @Test
    void returning_needs_a_comment() {
        long id = submit("Search drill");
        data.signIn(leader);

        assertThatThrownBy(() -> reviews.returnToMentor(id, version(id), "  "))
                .hasFieldOrPropertyWithValue("messageKey", "review.error.comment-required");
        assertThat(reviews.queue()).extracting(ReviewQueueRow::id).containsExactly(id);
    }

    @Test
    void a_mentor_cannot_approve() {
        long id = submit("Search drill");

        assertThatThrownBy(() -> reviews.approve(id, version(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_leader_of_another_team_neither_sees_nor_reviews_the_log() {
        long id = submit("Search drill");
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));

        assertThat(reviews.queue()).isEmpty();
        assertThatThrownBy(() -> reviews.approve(id, 0))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.unknown");
    }

    @Test
    void a_reviewed_log_cannot_be_edited_by_its_mentor() {
        TabletLog submitted = submitted("Search drill");
        long id = submitted.log().id();
        data.signIn(leader);
        reviews.approve(id, version(id));

        data.signIn(mentor);
        TabletLog reviewed = sessions.tabletLog(submitted.clientId());
        assertThatThrownBy(() -> sessions.applyTabletChange(change(reviewed,
                SessionLogBuilder.from(reviewed.log()).purpose("Changed").build(), false)))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.not-editable");
    }

    private long submit(String purpose) {
        return submitted(purpose).log().id();
    }

    private TabletLog submitted(String purpose) {
        data.signIn(mentor);
        return sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).purpose(purpose)
                .topic(data.reference("TOPIC", "CSM-09")).present(awa, Map.of()).build(), true));
    }

    private long version(long id) {
        return sessions.load(id).version();
    }
}
