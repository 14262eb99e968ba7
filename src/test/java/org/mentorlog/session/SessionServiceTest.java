package org.mentorlog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorlog.session.TabletChanges.blankLog;
import static org.mentorlog.session.TabletChanges.change;
import static org.mentorlog.session.TabletChanges.newLog;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
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
class SessionServiceTest extends MentorOfANewTeam {

    @Autowired
    SessionService sessions;

    @Autowired
    FollowUpService followUps;

    @Test
    void a_log_from_a_tablet_is_a_draft_led_by_the_mentor_who_sent_it_and_never_by_another() {
        SessionLog draft = sessions.applyTabletChange(newLog(blankLog(mentor.id(), team.siteId()).build(), false)).log();

        assertThat(draft.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(draft.leadMentorId()).isEqualTo(mentor.id());
        // A log naming a colleague as its lead was written while she was signed in on the tablet: refused, not
        // taken over (TabletSyncTest, a new log written by another mentor on a shared tablet).
        SessionLog forLeadColleague = blankLog(data.user(Role.MENTOR, team).id(), team.siteId()).build();
        assertThatThrownBy(() -> sessions.applyTabletChange(newLog(forLeadColleague, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.other-mentor");
    }

    @Test
    void a_whole_log_survives_the_round_trip() {
        TabletLog draft = savedDraft();
        long searcher = data.reference("SESSION_ROLE", "SEARCHER");
        long area = data.reference("MOWIP_AREA", "GENDER_ROLES");
        long stereotyped = data.reference("BARRIER", "STEREOTYPED_TASKS");

        SessionLog saved = sessions.applyTabletChange(change(draft, SessionLogBuilder.from(draft.log())
                .purpose("Photograph a burglary scene in sequence")
                .topic(photography)
                .attendee(new AttendeeLog(awa, AttendanceStatus.LATE, searcher, false, true, true, true, true, false,
                        false, "Led the search of the back room", Map.of(photography, 3)))
                .observation(new ObservationInput(Approach.TRANSFORMATIVE, area, Polarity.BARRIER,
                        NormSource.INSTITUTIONAL, Set.of(stereotyped), "Only men were sent to search", awa))
                .followUp(new FollowUpInput(null, awa, "Give Awa the camera next time", mentor.id(),
                        LocalDate.now().plusDays(10)))
                .build(), false)).log();

        SessionLog reloaded = sessions.load(saved.id());
        assertThat(reloaded.version()).isGreaterThan(draft.log().version());
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

        SessionLog saved = sessions.applyTabletChange(newLog(blank().purpose(hostile).build(), false)).log();

        assertThat(sessions.load(saved.id()).purpose()).isEqualTo(hostile);
    }

    @Test
    void a_date_in_the_future_and_an_oversized_purpose_are_refused() {
        TabletLog draft = savedDraft();

        assertThatThrownBy(() -> sessions.applyTabletChange(change(draft, SessionLogBuilder.from(draft.log())
                .date(LocalDate.now().plusDays(1)).build(), false)))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.date-future");
        assertThatThrownBy(() -> sessions.applyTabletChange(change(draft, SessionLogBuilder.from(draft.log())
                .purpose("p".repeat(SessionLimits.PURPOSE_MAX + 1)).build(), false)))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.purpose-too-long");
    }

    @Test
    void a_log_without_a_date_is_refused_as_undated_not_as_in_the_future() {
        TabletLog draft = savedDraft();

        assertThatThrownBy(() -> sessions.applyTabletChange(change(draft,
                SessionLogBuilder.from(draft.log()).date(null).build(), false)))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.date-required");
    }

    @Test
    void an_incomplete_log_cannot_be_submitted_and_says_what_is_missing() {
        TabletLog draft = savedDraft();

        assertThatThrownBy(() -> sessions.applyTabletChange(change(draft, draft.log(), true)))
                .isInstanceOfSatisfying(IncompleteSessionException.class, incomplete ->
                        assertThat(incomplete.problems()).extracting(SessionProblem::field)
                                .containsExactly("purpose", "topics", "attendance"));
        assertThat(sessions.load(draft.log().id()).status()).isEqualTo(SessionStatus.DRAFT);
    }

    @Test
    void a_submitted_log_is_read_only_for_its_mentor() {
        TabletLog submitted = submitted();

        assertThat(submitted.log().status()).isEqualTo(SessionStatus.SUBMITTED);
        assertThatThrownBy(() -> sessions.applyTabletChange(change(submitted,
                SessionLogBuilder.from(submitted.log()).purpose("Changed").build(), false)))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.not-editable");
    }

    @Test
    void another_teams_mentor_cannot_read_the_log() {
        TabletLog draft = savedDraft();
        data.signIn(data.user(Role.MENTOR, data.team()));

        assertThatThrownBy(() -> sessions.load(draft.log().id()))
                .hasFieldOrPropertyWithValue("messageKey", "session.error.unknown");
    }

    @Test
    void a_team_leader_reads_but_cannot_write_a_log() {
        TabletLog draft = savedDraft();
        data.signIn(data.user(Role.TEAM_LEADER, team));

        assertThat(sessions.load(draft.log().id()).id()).isEqualTo(draft.log().id());
        assertThatThrownBy(() -> sessions.applyTabletChange(change(draft, draft.log(), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void follow_ups_reach_my_list_once_submitted_overdue_first_and_close_with_an_outcome() {
        TabletLog saved = sessions.applyTabletChange(newLog(blank().purpose("Search drill").topic(photography)
                .present(awa, Map.of())
                .followUp(new FollowUpInput(null, awa, "Later", mentor.id(), LocalDate.now().plusDays(5)))
                .followUp(new FollowUpInput(null, awa, "Overdue", mentor.id(), LocalDate.now().minusDays(1)))
                .build(), false));
        assertThat(followUps.myOpenActions()).isEmpty();

        sessions.applyTabletChange(change(saved, saved.log(), true));

        assertThat(followUps.myOpenActions()).extracting(MyFollowUp::description).containsExactly("Overdue", "Later");
        MyFollowUp overdue = followUps.myOpenActions().getFirst();
        assertThat(overdue.overdue()).isTrue();
        assertThatThrownBy(() -> followUps.markDone(overdue.id(), overdue.version(), " "))
                .hasFieldOrPropertyWithValue("messageKey", "followup.error.outcome-required");
        followUps.markDone(overdue.id(), overdue.version(), "Practised with the camera");
        assertThat(followUps.myOpenActions()).extracting(MyFollowUp::description).containsExactly("Later");
    }

    private SessionLogBuilder blank() {
        return blankLog(mentor.id(), team.siteId());
    }

    private TabletLog savedDraft() {
        return sessions.applyTabletChange(newLog(blank().build(), false));
    }

    private TabletLog submitted() {
        return sessions.applyTabletChange(newLog(blank().purpose("Cordon drill").topic(photography)
                .unregisteredWomen(3).build(), true));
    }
}
