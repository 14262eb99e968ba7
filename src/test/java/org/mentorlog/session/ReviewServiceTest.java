package org.mentorlog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        sessions.startDraft();

        data.signIn(leader);

        assertThat(reviews.queue()).extracting(ReviewQueueRow::id).containsExactly(first, second);
        assertThat(reviews.waiting()).isEqualTo(2);
    }

    @Test
    void a_returned_log_comes_back_to_the_mentor_with_the_comment_and_can_be_resubmitted() {
        long id = submit("Search drill");
        data.signIn(leader);
        reviews.returnToMentor(id, version(id), "Add the ratings for the photography topic");

        data.signIn(mentor);
        SessionLog returned = sessions.load(id);
        assertThat(returned.status()).isEqualTo(SessionStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Add the ratings for the photography topic");
        SessionLog fixed = sessions.saveDraft(SessionLogBuilder.from(returned).purpose("Search drill, fixed").build());
        sessions.submit(id, fixed.version());

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
        long id = submit("Search drill");
        data.signIn(leader);
        reviews.approve(id, version(id));

        data.signIn(mentor);
        SessionLog reviewed = sessions.load(id);
        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(reviewed).purpose("Changed").build()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.not-editable");
    }

    private long submit(String purpose) {
        data.signIn(mentor);
        SessionLog draft = sessions.startDraft();
        SessionLog saved = sessions.saveDraft(SessionLogBuilder.from(draft).purpose(purpose)
                .topic(data.reference("TOPIC", "CSM-09")).present(awa, Map.of()).build());
        sessions.submit(saved.id(), saved.version());
        return saved.id();
    }

    private long version(long id) {
        return sessions.load(id).version();
    }
}
