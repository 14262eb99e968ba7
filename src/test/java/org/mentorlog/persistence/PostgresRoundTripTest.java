package org.mentorlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;
import org.mentorlog.TestData;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.api.IssuedApiToken;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.NewTeam;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.security.Role;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.NewUser;
import org.mentorlog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs every migration and a round trip through the services against the real PostgreSQL of this
 * machine, in a schema of its own. Skipped where PostgreSQL is not reachable, unless
 * MENTORLOG_REQUIRE_POSTGRES=true (as in CI), where it fails instead.
 */
@IntegrationTest
@OnPostgres(PostgresRoundTripTest.SCHEMA)
class PostgresRoundTripTest {

    static final String SCHEMA = "mentorlog_test";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MissionService missions;

    @Autowired
    UserService users;

    @Autowired
    TraineeService trainees;

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService apiTokens;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void every_migration_ran_on_postgresql_and_the_reference_lists_are_seeded() {
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = false").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from reference_item where kind = 'TOPIC'").query(Long.class).single())
                .isEqualTo(19);
        assertThat(jdbc.sql("select label_fr from reference_item where code = 'CSM-06'").query(String.class).single())
                .isEqualTo("Notes et rédaction du procès-verbal");
    }

    @Test
    void every_connection_is_set_for_the_summarys_queries() {
        // base.PostgresConnections: no JIT, plans made for the values, index reads costed for solid-state storage,
        // no parallel workers (the summary runs its own second connection).
        assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
        assertThat(jdbc.sql("show random_page_cost").query(String.class).single()).isEqualTo("1.1");
        assertThat(jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
    }

    @Test
    void a_team_a_mentor_and_a_trainee_make_the_round_trip() {
        data.team();
        data.signIn(data.user(Role.ADMIN, null));
        TeamInfo team = missions.createTeam(new NewTeam(data.missionId(), "PG-TEAM", "PostgreSQL team", "PGT"));
        users.create(new NewUser("pg-mentor", "PG Mentor", Role.MENTOR, team.id(), Set.of(), false, "long-enough-pw1"));
        data.signIn(new TestData.UserRef(0, "pg-mentor", Role.MENTOR, team.id()));

        TraineeRow saved = trainees.register(new TraineeDetails("Aïssata Maïga ‫عربي‬ 🚓", Sex.WOMAN,
                Agency.NATIONAL_GUARD, RankBand.SENIOR, "Brigade de recherches"));

        assertThat(saved.code()).isEqualTo("PGT-0001");
        assertThat(trainees.search("maïga", false, Pageable.ofSize(5))).singleElement()
                .satisfies(row -> {
                    // Arabic, accents and emoji keep; the embedding controls around the Arabic are removed (PlainText).
                    assertThat(row.fullName()).isEqualTo("Aïssata Maïga عربي 🚓");
                    assertThat(row.agency()).isEqualTo(Agency.NATIONAL_GUARD);
                });
    }

    @Test
    void an_api_token_is_issued_used_and_revoked() {
        data.team();
        data.signIn(data.user(Role.ADMIN, null));
        long mission = missions.missions().getFirst().id();

        IssuedApiToken issued = apiTokens.create(mission, "PostgreSQL tool");

        assertThat(apiTokens.verify(issued.token())).hasValueSatisfying(
                client -> assertThat(client.missionId()).isEqualTo(mission));
        assertThat(jdbc.sql("select count(*) from api_token where last_used_at is not null and id = ?")
                .param(issued.row().id()).query(Long.class).single()).isEqualTo(1);
        apiTokens.revoke(issued.row().id());
        assertThat(apiTokens.verify(issued.token())).isEmpty();
    }
}
