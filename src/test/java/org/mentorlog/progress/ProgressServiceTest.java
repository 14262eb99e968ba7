package org.mentorlog.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.security.Role;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.SessionFormat;
import org.mentorlog.session.SessionLogBuilder;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.mentorlog.trainee.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ProgressServiceTest {

    @Autowired
    ProgressService progress;

    @Autowired
    SessionService sessions;

    @Autowired
    TestData data;

    private TeamRef team;
    private UserRef mentor;
    private UserRef leader;
    private long awa;
    private long moussa;
    private long search;

    @BeforeEach
    void aTeam() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        leader = data.user(Role.TEAM_LEADER, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
        moussa = data.trainee(team, "Moussa Diallo", "MAN");
        search = data.reference("TOPIC", "CSM-09");
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_woman_never_given_authority_in_her_last_exercises_is_flagged_and_a_man_who_led_is_not() {
        for (int i = 0; i < 5; i++) {
            exercise(LocalDate.now().minusDays(10 + i), attendee(awa, false, 2), attendee(moussa, true, 3));
        }
        data.signIn(leader);

        assertThat(row(awa).flags()).contains(ProgressFlag.NO_AUTHORITY);
        assertThat(row(moussa).flags()).doesNotContain(ProgressFlag.NO_AUTHORITY);
        assertThat(progress.overview(new OverviewFilter(null, null, null, ProgressFlag.NO_AUTHORITY), Pageable.ofSize(10)))
                .extracting(TraineeProgressRow::traineeId).containsExactly(awa);
        assertThat(progress.overview(new OverviewFilter(null, null, Sex.MAN, null), Pageable.ofSize(10)))
                .extracting(TraineeProgressRow::traineeId).containsExactly(moussa);
    }

    @Test
    void only_the_last_exercises_count_for_authority_however_many_came_before() {
        int window = progress.authorityWindow();
        exercise(LocalDate.now().minusDays(60), attendee(awa, true, 2), attendee(moussa, false, 2));
        for (int i = 0; i < window; i++) {
            // Moussa held authority in the oldest exercise of the window, Awa only before it.
            exercise(LocalDate.now().minusDays(30 - i), attendee(awa, false, 2), attendee(moussa, i == 0, 2));
        }
        data.signIn(leader);

        assertThat(row(awa).flags()).contains(ProgressFlag.NO_AUTHORITY);
        assertThat(row(moussa).flags()).doesNotContain(ProgressFlag.NO_AUTHORITY);
    }

    @Test
    void attendance_counts_last_seen_and_latest_ratings_come_from_the_submitted_logs() {
        exercise(LocalDate.now().minusDays(200), attendee(awa, false, 1));
        exercise(LocalDate.now().minusDays(20), attendee(awa, true, 3));
        data.signIn(leader);

        TraineeProgressRow row = row(awa);
        assertThat(row.sessionsTotal()).isEqualTo(2);
        assertThat(row.sessionsLast90Days()).isEqualTo(1);
        assertThat(row.lastSeen()).isEqualTo(LocalDate.now().minusDays(20));
        assertThat(row.latestRatings()).isEqualTo("CSM-09\u00A03");
        assertThat(row.flags()).contains(ProgressFlag.NO_FOLLOW_UP).doesNotContain(ProgressFlag.NO_AUTHORITY);
    }

    @Test
    void an_overdue_action_flags_the_trainee_and_a_fresh_one_clears_the_follow_up_gap() {
        exercise(LocalDate.now().minusDays(3), new FollowUpInput(null, awa, "Overdue already", mentor.id(),
                LocalDate.now().minusDays(1)), attendee(awa, false, 2));
        data.signIn(leader);

        TraineeProgressRow row = row(awa);
        assertThat(row.overdueActions()).isEqualTo(1);
        assertThat(row.flags()).contains(ProgressFlag.OVERDUE).doesNotContain(ProgressFlag.NO_FOLLOW_UP);
    }

    @Test
    void the_mentee_page_shows_her_ratings_over_time_and_the_leaders_notes() {
        exercise(LocalDate.now().minusDays(60), attendee(awa, false, 1));
        exercise(LocalDate.now().minusDays(30), attendee(awa, false, 2));
        exercise(LocalDate.now().minusDays(5), attendee(awa, true, 4));
        data.signIn(leader);

        progress.addNote(awa, "Ready to lead a search");
        MenteeProgress mentee = progress.mentee(awa);

        assertThat(mentee.ratings()).extracting(MenteeProgress.Rating::level).containsExactly(1, 2, 4);
        assertThat(mentee.attendance()).hasSize(3).last()
                .satisfies(attended -> assertThat(attended.positionOfAuthority()).isTrue());
        assertThat(mentee.notes()).extracting(MenteeProgress.Note::text).containsExactly("Ready to lead a search");
        assertThat(data.auditSummaries("trainee_note")).filteredOn(summary -> summary.startsWith("trainee=" + awa + ","))
                .hasSize(1)
                .allSatisfy(summary -> assertThat(summary).doesNotContain("Ready"));
    }

    @Test
    void only_the_own_teams_leader_sees_progress() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        assertThatThrownBy(() -> progress.mentee(awa)).hasFieldOrPropertyWithValue("messageKey", "trainee.error.unknown");

        data.signIn(mentor);
        assertThatThrownBy(() -> progress.overview(OverviewFilter.none(), Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_overview_sorts_by_sessions() {
        exercise(LocalDate.now().minusDays(2), attendee(awa, false, 2), attendee(moussa, false, 2));
        exercise(LocalDate.now().minusDays(1), attendee(moussa, false, 2));
        data.signIn(leader);

        assertThat(progress.overview(OverviewFilter.none(), org.springframework.data.domain.PageRequest.of(0, 10,
                Sort.by(Sort.Order.desc("sessionsTotal"))))).extracting(TraineeProgressRow::traineeId)
                .containsExactly(moussa, awa);
    }

    private TraineeProgressRow row(long traineeId) {
        return progress.overview(OverviewFilter.none(), Pageable.ofSize(50)).stream()
                .filter(row -> row.traineeId() == traineeId).findFirst().orElseThrow();
    }

    private static AttendeeLog attendee(long traineeId, boolean authority, int level) {
        return new AttendeeLog(traineeId, AttendanceStatus.PRESENT, null, authority, false, false, false, true, false,
                false, null, Map.of(0L, level));
    }

    private void exercise(LocalDate date, AttendeeLog... attendees) {
        exercise(date, null, attendees);
    }

    private void exercise(LocalDate date, FollowUpInput followUp, AttendeeLog... attendees) {
        data.signIn(mentor);
        SessionLogBuilder log = TabletChanges.blankLog(mentor.id(), team.siteId()).date(date).purpose("Exercise")
                .topic(search).format(SessionFormat.PRACTICAL_EXERCISE);
        for (AttendeeLog attendee : attendees) {
            log.attendee(new AttendeeLog(attendee.traineeId(), attendee.status(), null, attendee.positionOfAuthority(),
                    false, false, false, true, false, false, null, Map.of(search, attendee.ratings().get(0L))));
        }
        if (followUp != null) {
            log.followUp(followUp);
        }
        sessions.applyTabletChange(TabletChanges.newLog(log.build(), true));
    }
}
