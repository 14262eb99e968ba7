package org.mentorlog.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TraineeServiceTest {

    private static final TraineeDetails AWA = new TraineeDetails("Awa Traoré", Sex.WOMAN, Agency.POLICE,
            RankBand.NCO, "Police judiciaire");

    @Autowired
    TraineeService trainees;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void registered_trainees_get_consecutive_codes_of_their_team() {
        TeamRef team = data.team();
        data.signIn(data.user(Role.MENTOR, team));

        TraineeRow first = trainees.register(AWA);
        TraineeRow second = trainees.register(new TraineeDetails(null, Sex.MAN, Agency.GENDARMERIE, RankBand.JUNIOR, ""));

        assertThat(first.code()).isEqualTo(team.prefix() + "-0001");
        assertThat(second.code()).isEqualTo(team.prefix() + "-0002");
        assertThat(second.fullName()).isNull();
        assertThat(second.unitType()).isNull();
    }

    @Test
    void a_mentor_sees_only_her_own_teams_trainees() {
        TeamRef mine = data.team();
        TeamRef other = data.team();
        data.trainee(other, "Fatoumata Keita", "WOMAN");
        data.signIn(data.user(Role.MENTOR, mine));
        trainees.register(AWA);

        assertThat(trainees.search("", false, Pageable.ofSize(50)))
                .extracting(TraineeRow::fullName).containsExactly("Awa Traoré");
        assertThat(trainees.search("Fatoumata", false, Pageable.ofSize(50))).isEmpty();
        assertThat(trainees.count("", false)).isEqualTo(1);
    }

    @Test
    void search_finds_by_part_of_code_or_name_and_treats_wildcards_as_text() {
        TeamRef team = data.team();
        data.signIn(data.user(Role.TEAM_LEADER, team));
        TraineeRow awa = trainees.register(AWA);
        trainees.register(new TraineeDetails("Moussa Diallo", Sex.MAN, Agency.POLICE, RankBand.NCO, null));

        assertThat(trainees.search("traor", false, Pageable.ofSize(10))).extracting(TraineeRow::id)
                .containsExactly(awa.id());
        assertThat(trainees.search(awa.code().toLowerCase(), false, Pageable.ofSize(10))).hasSize(1);
        assertThat(trainees.search("%", false, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void a_leader_cannot_touch_a_trainee_of_another_team() {
        TeamRef other = data.team();
        long foreign = data.trainee(other, "Fatoumata Keita", "WOMAN");
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));

        assertThatThrownBy(() -> trainees.setActive(foreign, 0, false))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "trainee.error.unknown");
    }

    @Test
    void a_mentor_may_register_but_not_correct_or_deactivate() {
        TeamRef team = data.team();
        data.signIn(data.user(Role.MENTOR, team));
        TraineeRow awa = trainees.register(AWA);

        assertThatThrownBy(() -> trainees.setActive(awa.id(), awa.version(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trainees.update(awa.id(), awa.version(), AWA))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void headquarters_cannot_read_the_register() {
        data.signIn(data.user(Role.HQ_ANALYST, null));

        assertThatThrownBy(() -> trainees.search("", false, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_too_long_name_is_refused_and_nothing_is_stored() {
        data.signIn(data.user(Role.MENTOR, data.team()));
        long before = data.count("trainee");

        assertThatThrownBy(() -> trainees.register(new TraineeDetails("x".repeat(TraineeLimits.NAME_MAX + 1),
                Sex.WOMAN, Agency.POLICE, RankBand.NCO, null)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "trainee.error.name-too-long");
        assertThat(data.count("trainee")).isEqualTo(before);
    }

    @Test
    void a_missing_sex_is_refused() {
        data.signIn(data.user(Role.MENTOR, data.team()));

        assertThatThrownBy(() -> trainees.register(new TraineeDetails("A", null, Agency.POLICE, RankBand.NCO, null)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "trainee.error.sex-required");
    }

    @Test
    void an_edit_made_against_an_old_version_is_refused() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        TraineeRow awa = trainees.register(AWA);
        trainees.update(awa.id(), awa.version(), new TraineeDetails("Awa B. Traoré", Sex.WOMAN, Agency.POLICE,
                RankBand.OFFICER, null));

        assertThatThrownBy(() -> trainees.update(awa.id(), awa.version(), AWA))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.concurrent-change");
    }

    @Test
    void deactivated_trainees_leave_the_active_list_and_the_change_is_audited_without_the_name() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));
        TraineeRow awa = trainees.register(AWA);

        trainees.setActive(awa.id(), awa.version(), false);

        assertThat(trainees.search("", false, Pageable.ofSize(10))).isEmpty();
        assertThat(trainees.search("", true, Pageable.ofSize(10))).extracting(TraineeRow::active).containsExactly(false);
        // Only this trainee's entries: other tests of the shared context register trainees of their own.
        assertThat(data.auditSummaries("trainee")).filteredOn(summary -> summary.contains(awa.code()))
                .anySatisfy(summary -> assertThat(summary).contains("active=false"))
                .noneSatisfy(summary -> assertThat(summary).contains("Awa"));
    }
}
