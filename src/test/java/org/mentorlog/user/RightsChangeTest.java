package org.mentorlog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.progress.OverviewFilter;
import org.mentorlog.progress.ProgressService;
import org.mentorlog.security.Role;
import org.mentorlog.security.SignedInUser;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An administrator's change to an account holds in the services at once, although the user's session
 * still carries the rights she signed in with ({@link TestData#signIn} gives her the role she had).
 */
@IntegrationTest
class RightsChangeTest {

    @Autowired
    UserService users;

    @Autowired
    ProgressService progress;

    @Autowired
    TraineeService trainees;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    TestData data;

    private TeamRef team;
    private TeamRef otherTeam;
    private UserRef admin;
    private UserRef leader;

    @BeforeEach
    void aLeaderWithHerTeam() {
        team = data.team();
        otherTeam = data.team();
        data.trainee(team, "Awa Traoré", "WOMAN");
        data.trainee(otherTeam, "Bintou Keïta", "WOMAN");
        admin = data.user(Role.ADMIN, null);
        leader = data.user(Role.TEAM_LEADER, team);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_demoted_leader_is_refused_the_team_overview_by_the_service_at_once() {
        data.signIn(leader);
        assertThat(progress.overview(OverviewFilter.none(), Pageable.ofSize(10))).hasSize(1);

        change(leader, row -> new UserChanges(row.version(), row.displayName(), Role.MENTOR, team.id(), Set.of(),
                true, false));

        data.signIn(leader); // still carrying ROLE_TEAM_LEADER, as her session would
        assertThatThrownBy(() -> progress.overview(OverviewFilter.none(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(trainees.search("", false, Pageable.ofSize(10))).extracting(TraineeRow::fullName)
                .containsExactly("Awa Traoré");
    }

    @Test
    void a_disabled_user_is_refused_by_every_service_at_once() {
        data.signIn(leader);
        assertThat(trainees.search("", false, Pageable.ofSize(10))).hasSize(1);

        change(leader, row -> new UserChanges(row.version(), row.displayName(), row.role(), row.teamId(), Set.of(),
                false, false));

        data.signIn(leader);
        assertThatThrownBy(() -> trainees.search("", false, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.overview(OverviewFilter.none(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_leader_moved_to_another_team_no_longer_reads_her_former_teams_trainees() {
        data.signIn(leader);
        assertThat(trainees.search("", false, Pageable.ofSize(10))).extracting(TraineeRow::fullName)
                .containsExactly("Awa Traoré");

        change(leader, row -> new UserChanges(row.version(), row.displayName(), Role.TEAM_LEADER, otherTeam.id(),
                Set.of(), true, false));

        data.signIn(leader);
        assertThat(trainees.search("", false, Pageable.ofSize(10))).extracting(TraineeRow::fullName)
                .containsExactly("Bintou Keïta");
        assertThat(progress.overview(OverviewFilter.none(), Pageable.ofSize(10)))
                .extracting(row -> row.fullName()).containsExactly("Bintou Keïta");
    }

    @Test
    void a_new_stamp_ends_sessions_when_rights_or_password_change_but_not_when_the_name_does() {
        String atSignIn = stamp(leader);

        change(leader, row -> new UserChanges(row.version(), "Marte B.", row.role(), row.teamId(), Set.of(), true,
                false));
        assertThat(stamp(leader)).isEqualTo(atSignIn);

        change(leader, row -> new UserChanges(row.version(), row.displayName(), row.role(), otherTeam.id(), Set.of(),
                true, false));
        String afterMove = stamp(leader);
        assertThat(afterMove).isNotEqualTo(atSignIn);

        change(leader, row -> new UserChanges(row.version(), row.displayName(), row.role(), row.teamId(), Set.of(),
                true, true));
        String afterExport = stamp(leader);
        assertThat(afterExport).isNotEqualTo(afterMove);

        data.signIn(admin);
        users.resetPassword(leader.id(), "a-new-password");
        assertThat(stamp(leader)).isNotEqualTo(afterExport);
    }

    @Test
    void a_changed_analysts_missions_give_her_a_new_stamp() {
        UserRef analyst = data.user(Role.HQ_ANALYST, null);
        String before = stamp(analyst);

        change(analyst, row -> new UserChanges(row.version(), row.displayName(), row.role(), null, Set.of(), true,
                false));

        assertThat(stamp(analyst)).isNotEqualTo(before);
    }

    @Test
    void the_audit_trail_says_that_the_users_sessions_end() {
        change(leader, row -> new UserChanges(row.version(), row.displayName(), Role.MENTOR, team.id(), Set.of(),
                true, false));

        assertThat(data.auditSummaries("user")).last().asString()
                .contains("role=TEAM_LEADER", "role=MENTOR", "every session signed in before ends at its next request");
    }

    @Test
    void an_api_token_keeps_working_after_the_administrator_who_issued_it_is_disabled() {
        UserRef issuer = data.user(Role.ADMIN, null);
        data.signIn(issuer);
        String token = apiTokens.create(data.missionId(), "Headquarters dashboard").token();

        change(issuer, row -> new UserChanges(row.version(), row.displayName(), row.role(), null, Set.of(), false,
                false));

        data.signOut();
        assertThat(apiTokens.verify(token)).isPresent();
    }

    private void change(UserRef user, Function<UserRow, UserChanges> edit) {
        data.signIn(admin);
        UserRow row = users.list(Pageable.ofSize(1000)).stream().filter(r -> r.id() == user.id()).findFirst()
                .orElseThrow();
        users.update(user.id(), edit.apply(row));
    }

    private String stamp(UserRef user) {
        return ((SignedInUser) userDetails.loadUserByUsername(user.username())).securityStamp();
    }
}
