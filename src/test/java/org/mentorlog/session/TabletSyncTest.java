package org.mentorlog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.security.Role;
import org.mentorlog.trainee.PossibleDuplicateException;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The rules a tablet's outbox meets on the server: what it sends is applied once, on the right version, in its team. */
@IntegrationTest
class TabletSyncTest extends MentorOfANewTeam {

    @Autowired
    SessionService sessions;

    @Autowired
    TraineeService trainees;

    @Test
    void a_log_made_offline_arrives_once_even_when_its_upload_is_retried() {
        String log = id();
        TabletChange change = new TabletChange(log, id(), null, null, completeLog(), false);

        TabletLog first = sessions.applyTabletChange(change);
        TabletLog retried = sessions.applyTabletChange(change);

        assertThat(retried.log().id()).isEqualTo(first.log().id());
        assertThat(retried.log().version()).isEqualTo(first.log().version());
        assertThat(data.count("training_session where client_id = '" + log + "'")).isEqualTo(1);
        assertThat(first.log().purpose()).isEqualTo("Photograph a burglary scene in sequence");
        assertThat(first.log().attendees()).extracting(AttendeeLog::traineeId).containsExactly(awa);
        assertThat(first.log().followUps()).extracting(FollowUpInput::description).containsExactly("Practise with flash");
    }

    @Test
    void a_second_change_sent_before_the_first_answer_came_back_is_no_conflict() {
        String log = id();
        String firstChange = id();
        sessions.applyTabletChange(new TabletChange(log, firstChange, null, null, completeLog(), false));

        // The answer to the first change was lost: the tablet still has no server version, only its change.
        TabletLog second = sessions.applyTabletChange(new TabletChange(log, id(), null, firstChange,
                SessionLogBuilder.from(completeLog()).minutes(95).build(), false));

        assertThat(second.log().durationMinutes()).isEqualTo(95);
    }

    @Test
    void a_change_made_on_an_older_copy_is_refused_and_overwrites_nothing() {
        String log = id();
        TabletLog saved = sessions.applyTabletChange(new TabletChange(log, id(), null, null, completeLog(), false));
        // Another tablet (or tab) saves first.
        sessions.applyTabletChange(new TabletChange(log, id(), saved.log().version(), null,
                SessionLogBuilder.from(saved.log()).purpose("Changed on the other tablet").build(), false));

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(log, id(), saved.log().version(), null,
                SessionLogBuilder.from(saved.log()).purpose("Changed here").build(), false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.changed-elsewhere");
        assertThat(sessions.tabletLog(log).log().purpose()).isEqualTo("Changed on the other tablet");
    }

    @Test
    void submitting_offline_submits_on_arrival_when_the_log_is_complete() {
        TabletLog submitted = sessions.applyTabletChange(new TabletChange(id(), id(), null, null, completeLog(), true));

        assertThat(submitted.log().status()).isEqualTo(SessionStatus.SUBMITTED);
        assertThat(data.auditSummaries("session")).anyMatch(summary -> summary.startsWith("status=SUBMITTED"));
    }

    @Test
    void a_draft_deleted_offline_goes_once_unless_it_changed_elsewhere_meanwhile() {
        String kept = id();
        TabletLog read = sessions.applyTabletChange(new TabletChange(kept, id(), null, null, completeLog(), false));
        sessions.applyTabletChange(new TabletChange(kept, id(), read.log().version(), null,
                SessionLogBuilder.from(read.log()).purpose("Changed in another tab").build(), false));

        assertThatThrownBy(() -> sessions.deleteTabletDraft(kept, read.log().version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.changed-elsewhere");
        assertThat(sessions.tabletLog(kept).log().purpose()).isEqualTo("Changed in another tab");

        String deleted = id();
        TabletLog draft = sessions.applyTabletChange(new TabletChange(deleted, id(), null, null, completeLog(), false));
        sessions.deleteTabletDraft(deleted, draft.log().version());
        sessions.deleteTabletDraft(deleted, draft.log().version()); // the answer was lost: the tablet tries again

        assertThat(data.count("training_session where client_id = '" + deleted + "'")).isZero();
        assertThat(data.count("follow_up_action where session_id = " + draft.log().id())).isZero();
        assertThat(data.auditSummaries("session")).contains("draft deleted");
    }

    @Test
    void a_submitted_log_cannot_be_deleted_from_a_tablet() {
        String log = id();
        TabletLog submitted = sessions.applyTabletChange(new TabletChange(log, id(), null, null, completeLog(), true));

        assertThatThrownBy(() -> sessions.deleteTabletDraft(log, submitted.log().version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.not-editable");
        assertThat(data.count("training_session where client_id = '" + log + "'")).isEqualTo(1);
    }

    @Test
    void an_incomplete_log_submitted_offline_is_refused_with_the_same_problems_as_in_the_form() {
        SessionLog noPurpose = SessionLogBuilder.from(completeLog()).purpose(" ").build();
        String log = id();

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(log, id(), null, null, noPurpose, true)))
                .isInstanceOfSatisfying(IncompleteSessionException.class, incomplete -> assertThat(incomplete.problems())
                        .containsExactly(new SessionProblem("purpose", "session.problem.purpose")));
        assertThat(data.count("training_session where client_id = '" + log + "'")).isZero();
    }

    @Test
    void the_completeness_rules_number_each_entry_they_find_wanting() {
        SessionLog log = SessionLogBuilder.from(completeLog())
                .followUp(new FollowUpInput(null, awa, "", mentor.id(), LocalDate.now().plusDays(3)))
                .build();

        assertThat(CompletenessRules.problems(log))
                .containsExactly(new SessionProblem("followUp.1", "session.problem.follow-up"));
        assertThat(CompletenessRules.problems(SessionLogBuilder.from(log).purpose(null).build()))
                .extracting(SessionProblem::field).containsExactly("purpose", "followUp.1");
    }

    @Test
    void a_log_of_another_team_cannot_be_reached_by_its_id() {
        String log = id();
        sessions.applyTabletChange(new TabletChange(log, id(), null, null, completeLog(), false));
        TeamRef otherTeam = data.team();
        data.signIn(data.user(Role.MENTOR, otherTeam));

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(log, id(), 0L, null, completeLog(), false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.unknown");
        assertThatThrownBy(() -> sessions.tabletLog(log))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.unknown");
    }

    @Test
    void a_new_log_written_by_another_mentor_on_a_shared_tablet_is_not_taken_as_hers() {
        String log = id();
        data.signIn(data.user(Role.MENTOR, team)); // a colleague signs in on the tablet the first mentor used

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(log, id(), null, null, completeLog(), false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.other-mentor");
        assertThat(data.count("training_session where client_id = '" + log + "'")).isZero();
    }

    @Test
    void a_trainee_of_another_team_cannot_be_slipped_into_a_log() {
        long stranger = data.trainee(data.team(), "Someone Else", "MAN");
        SessionLog log = SessionLogBuilder.from(completeLog()).present(stranger, Map.of()).build();

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(id(), id(), null, null, log, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("trainee.error.unknown");
    }

    @Test
    void a_future_date_is_refused_with_the_form_s_message() {
        SessionLog log = SessionLogBuilder.from(completeLog()).date(LocalDate.now().plusDays(2)).build();

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(id(), id(), null, null, log, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.error.date-future");
    }

    @Test
    void ids_that_are_not_tablet_ids_are_refused() {
        assertThatThrownBy(() -> new TabletChange("x'; drop table trainee; --", id(), null, null, completeLog(), false))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void a_team_leader_cannot_send_logs_as_a_mentor() {
        data.signIn(data.user(Role.TEAM_LEADER, team));

        assertThatThrownBy(() -> sessions.applyTabletChange(new TabletChange(id(), id(), null, null, completeLog(), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainee_added_offline_is_registered_once_and_a_namesake_is_offered_instead_of_a_duplicate() {
        String tabletId = id();
        TraineeDetails mariam = new TraineeDetails("Mariam Keïta", Sex.WOMAN, Agency.POLICE, RankBand.NCO, null);

        TraineeRow added = trainees.registerFromTablet(tabletId, mariam, false);
        TraineeRow retried = trainees.registerFromTablet(tabletId, mariam, false);

        assertThat(retried.id()).isEqualTo(added.id());
        assertThat(added.code()).startsWith(team.prefix());
        assertThatThrownBy(() -> trainees.registerFromTablet(id(), new TraineeDetails("awa traoré", Sex.WOMAN,
                Agency.POLICE, RankBand.NCO, null), false))
                .isInstanceOfSatisfying(PossibleDuplicateException.class, duplicate -> assertThat(duplicate.candidates())
                        .extracting(TraineeRow::id).containsExactly(awa));
        TraineeRow confirmed = trainees.registerFromTablet(id(), new TraineeDetails("Awa Traoré", Sex.WOMAN,
                Agency.POLICE, RankBand.NCO, null), true);
        assertThat(confirmed.id()).isNotEqualTo(awa);
    }

    @Test
    void the_tablet_gets_the_mentors_logs_with_their_tablet_ids() {
        String log = id();
        sessions.applyTabletChange(new TabletChange(log, id(), null, null, completeLog(), false));

        List<TabletLog> mine = sessions.myTabletLogs();

        assertThat(mine).extracting(TabletLog::clientId).contains(log);
    }

    private SessionLog completeLog() {
        return TabletChanges.blankLog(mentor.id(), team.siteId())
                .purpose("Photograph a burglary scene in sequence")
                .topic(photography)
                .present(awa, Map.of(photography, 2))
                .followUp(new FollowUpInput(null, awa, "Practise with flash", mentor.id(), LocalDate.now().plusDays(7)))
                .build();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
