package org.mentorlog.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.MissionWithLogs;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.progress.ProgressService;
import org.mentorlog.security.Role;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.SummaryService;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RetentionServiceTest {

    @Autowired
    RetentionService retention;

    @Autowired
    SummaryService summaries;

    @Autowired
    TraineeService trainees;

    @Autowired
    ProgressService progress;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void erasing_a_mission_s_names_keeps_its_summaries_and_leaves_the_register_with_codes_only() {
        MissionWithLogs mission = new MissionWithLogs(data, jdbc);
        TeamRef otherMission = data.team(data.mission("KEEP" + System.nanoTime() % 100_000, 3));
        long kept = data.trainee(otherMission, "Kept Name", "WOMAN");
        data.signIn(data.user(Role.ADMIN, null));
        List<MissionSummary> before = summaries(mission);

        NamedData erased = retention.eraseNames(mission.missionId, mission.missionCode.toLowerCase());

        assertThat(erased.namedTrainees()).isEqualTo(mission.trainees.size());
        assertThat(erased.notes()).isEqualTo(mission.trainees.size());
        assertThat(summaries(mission)).as("summaries after the erasure").isEqualTo(before);
        assertThat(retention.missions()).filteredOn(row -> row.missionId() == mission.missionId).singleElement()
                .satisfies(row -> assertThat(row.namedTrainees() + row.notes()).isZero());
        assertThat(jdbc.sql("select count(*) from trainee where full_name is not null and team_id in (:teams)")
                .param("teams", mission.teamIds()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select full_name from trainee where id = ?").param(kept).query(String.class).single())
                .as("another mission's names stay").isEqualTo("Kept Name");
        assertThat(data.auditSummaries("mission")).last().asString()
                .isEqualTo("code=%s, teams=2, names=14, notes=14", mission.missionCode);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'trainee' and action = 'ERASE_NAME'"
                + " and entity_id in (:ids)").param("ids", mission.trainees).query(Long.class).single())
                .as("one audit event per erased name").isEqualTo(14L);
        assertThat(jdbc.sql("select count(*) from audit_event where summary like '%Traoré%'").query(Long.class).single())
                .as("names in the audit trail").isZero();

        data.signIn(mission.leaders.getFirst());
        List<TraineeRow> register = trainees.search("", true, PageRequest.of(0, 50));
        assertThat(register).hasSize(7).allSatisfy(row -> {
            assertThat(row.fullName()).isNull();
            assertThat(row.label()).isEqualTo(row.code());
        });
        assertThat(progress.mentee(register.getFirst().id()).notes()).isEmpty();
    }

    @Test
    void names_are_erased_only_when_the_mission_code_is_typed() {
        MissionWithLogs mission = new MissionWithLogs(data, jdbc);
        data.signIn(data.user(Role.ADMIN, null));

        assertThatThrownBy(() -> retention.eraseNames(mission.missionId, "WRONG"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("retention.error.code-mismatch");
        assertThatThrownBy(() -> retention.eraseNames(mission.missionId, null)).isInstanceOf(DomainException.class);

        assertThat(jdbc.sql("select count(*) from trainee where full_name is not null and team_id in (:teams)")
                .param("teams", mission.teamIds()).query(Long.class).single()).isEqualTo(14L);
    }

    @Test
    void only_an_administrator_may_erase_names() {
        MissionWithLogs mission = new MissionWithLogs(data, jdbc);
        data.signIn(mission.leaders.getFirst());
        assertThatThrownBy(() -> retention.eraseNames(mission.missionId, mission.missionCode))
                .isInstanceOf(AccessDeniedException.class);
        data.signIn(data.user(Role.HQ_ANALYST, null));
        assertThatThrownBy(() -> retention.eraseNames(mission.missionId, mission.missionCode))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<MissionSummary> summaries(MissionWithLogs mission) {
        return List.of(Breakdown.NONE, Breakdown.TEAM, Breakdown.AGENCY, Breakdown.MONTH).stream()
                .map(groupBy -> summaries.summarize(mission.quarter(groupBy), Audience.HEADQUARTERS)).toList();
    }
}
