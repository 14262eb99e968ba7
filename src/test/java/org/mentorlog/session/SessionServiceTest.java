package org.mentorlog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.followup.FollowUpService;
import org.mentorlog.followup.MyFollowUp;
import org.mentorlog.observation.Approach;
import org.mentorlog.observation.NormSource;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.observation.Polarity;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SessionServiceTest {

    @Autowired
    SessionService sessions;

    @Autowired
    FollowUpService followUps;

    @Autowired
    TestData data;

    private TeamRef team;
    private UserRef mentor;
    private long awa;
    private long photography;

    @BeforeEach
    void mentorOfANewTeam() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
        photography = data.reference("TOPIC", "CSM-07");
        data.signIn(mentor);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_new_draft_is_dated_today_at_the_teams_site() {
        SessionLog draft = sessions.startDraft();

        assertThat(draft.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(draft.date()).isEqualTo(LocalDate.now());
        assertThat(draft.siteId()).isEqualTo(team.siteId());
        assertThat(draft.leadMentorId()).isEqualTo(mentor.id());
    }

    @Test
    void a_whole_log_survives_the_round_trip() {
        SessionLog draft = sessions.startDraft();
        long searcher = data.reference("SESSION_ROLE", "SEARCHER");
        long area = data.reference("MOWIP_AREA", "GENDER_ROLES");
        long stereotyped = data.reference("BARRIER", "STEREOTYPED_TASKS");

        SessionLog saved = sessions.saveDraft(SessionLogBuilder.from(draft)
                .purpose("Photograph a burglary scene in sequence")
                .topic(photography)
                .attendee(new AttendeeLog(awa, AttendanceStatus.LATE, searcher, false, true, true, true, true, false,
                        false, "Led the search of the back room", Map.of(photography, 3)))
                .observation(new ObservationInput(Approach.TRANSFORMATIVE, area, Polarity.BARRIER,
                        NormSource.INSTITUTIONAL, Set.of(stereotyped), "Only men were sent to search", awa))
                .followUp(new FollowUpInput(null, awa, "Give Awa the camera next time", mentor.id(),
                        LocalDate.now().plusDays(10)))
                .build());

        SessionLog reloaded = sessions.load(saved.id());
        assertThat(reloaded.version()).isGreaterThan(draft.version());
        assertThat(reloaded.purpose()).isEqualTo("Photograph a burglary scene in sequence");
        assertThat(reloaded.attendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.status()).isEqualTo(AttendanceStatus.LATE);
            assertThat(attendee.nonTraditionalRole()).isTrue();
            assertThat(attendee.ratings()).containsEntry(photography, 3);
            assertThat(attendee.evidenceNote()).isEqualTo("Led the search of the back room");
        });
        assertThat(reloaded.observations()).singleElement()
                .satisfies(observation -> assertThat(observation.tagIds()).containsExactly(stereotyped));
        assertThat(reloaded.followUps()).singleElement()
                .satisfies(action -> assertThat(action.id()).isNotNull());
    }

    @Test
    void hostile_text_is_stored_exactly_as_typed() {
        String hostile = "<script>alert('x')</script> ' OR 1=1; -- \u200fعربي\u200f 🚓";
        SessionLog draft = sessions.startDraft();

        sessions.saveDraft(SessionLogBuilder.from(draft).purpose(hostile).build());

        assertThat(sessions.load(draft.id()).purpose()).isEqualTo(hostile);
    }

    @Test
    void a_save_over_an_older_version_is_refused_and_overwrites_nothing() {
        SessionLog draft = sessions.startDraft();
        sessions.saveDraft(SessionLogBuilder.from(draft).purpose("From the first tab").build());

        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(draft).purpose("From the second tab").build()))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "session.error.changed-elsewhere");
        assertThat(sessions.load(draft.id()).purpose()).isEqualTo("From the first tab");
    }

    @Test
    void a_date_in_the_future_and_an_oversized_purpose_are_refused() {
        SessionLog draft = sessions.startDraft();

        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(draft)
                .date(LocalDate.now().plusDays(1)).build()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.date-future");
        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(draft)
                .purpose("p".repeat(SessionLimits.PURPOSE_MAX + 1)).build()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.purpose-too-long");
    }

    @Test
    void a_log_without_a_date_is_refused_as_undated_not_as_in_the_future() {
        SessionLog draft = sessions.startDraft();

        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(draft).date(null).build()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.date-required");
    }

    @Test
    void a_trainee_of_another_team_cannot_be_put_on_the_attendance() {
        long stranger = data.trainee(data.team(), "Stranger", "MAN");
        SessionLog draft = sessions.startDraft();

        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(draft).present(stranger, Map.of()).build()))
                .hasFieldOrPropertyWithValue("messageKey", "trainee.error.unknown");
    }

    @Test
    void an_incomplete_log_cannot_be_submitted_and_says_what_is_missing() {
        SessionLog draft = sessions.startDraft();

        assertThatThrownBy(() -> sessions.submit(draft.id(), draft.version()))
                .isInstanceOfSatisfying(IncompleteSessionException.class, incomplete ->
                        assertThat(incomplete.problems()).extracting(SessionProblem::field)
                                .containsExactly("purpose", "topics", "attendance"));
        assertThat(sessions.load(draft.id()).status()).isEqualTo(SessionStatus.DRAFT);
    }

    @Test
    void a_submitted_log_is_read_only_for_its_mentor() {
        SessionLog submitted = submitted();

        assertThat(submitted.status()).isEqualTo(SessionStatus.SUBMITTED);
        assertThatThrownBy(() -> sessions.saveDraft(SessionLogBuilder.from(submitted).purpose("Changed").build()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.not-editable");
    }

    @Test
    void another_teams_mentor_cannot_read_the_log() {
        SessionLog draft = sessions.startDraft();
        data.signIn(data.user(Role.MENTOR, data.team()));

        assertThatThrownBy(() -> sessions.load(draft.id()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.unknown");
    }

    @Test
    void a_team_leader_reads_but_cannot_write_a_log() {
        SessionLog draft = sessions.startDraft();
        data.signIn(data.user(Role.TEAM_LEADER, team));

        assertThat(sessions.load(draft.id()).id()).isEqualTo(draft.id());
        assertThatThrownBy(() -> sessions.saveDraft(draft)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void follow_ups_reach_my_list_once_submitted_overdue_first_and_close_with_an_outcome() {
        SessionLog draft = sessions.startDraft();
        SessionLog saved = sessions.saveDraft(SessionLogBuilder.from(draft).purpose("Search drill").topic(photography)
                .present(awa, Map.of())
                .followUp(new FollowUpInput(null, awa, "Later", mentor.id(), LocalDate.now().plusDays(5)))
                .followUp(new FollowUpInput(null, awa, "Overdue", mentor.id(), LocalDate.now().minusDays(1)))
                .build());
        assertThat(followUps.myOpenActions()).isEmpty();

        sessions.submit(saved.id(), saved.version());

        assertThat(followUps.myOpenActions()).extracting(MyFollowUp::description).containsExactly("Overdue", "Later");
        MyFollowUp overdue = followUps.myOpenActions().getFirst();
        assertThat(overdue.overdue()).isTrue();
        assertThatThrownBy(() -> followUps.markDone(overdue.id(), overdue.version(), " "))
                .hasFieldOrPropertyWithValue("messageKey", "followup.error.outcome-required");
        followUps.markDone(overdue.id(), overdue.version(), "Practised with the camera");
        assertThat(followUps.myOpenActions()).extracting(MyFollowUp::description).containsExactly("Later");
    }

    private SessionLog submitted() {
        SessionLog draft = sessions.startDraft();
        SessionLog saved = sessions.saveDraft(SessionLogBuilder.from(draft).purpose("Cordon drill").topic(photography)
                .unregisteredWomen(3).build());
        return sessions.submit(saved.id(), saved.version());
    }
}
