package org.mentorlog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DemoDataLoader loader;

    @Test
    void demo_has_one_mission_with_two_teams_three_sites_and_seven_accounts() {
        assertThat(count("select count(*) from mission where code = 'MINUSMA' and disclosure_threshold = 5"))
                .isEqualTo(1);
        assertThat(count("select count(*) from team")).isEqualTo(2);
        assertThat(count("select count(*) from site")).isEqualTo(3);
        assertThat(jdbc.sql("select username from app_user order by username").query(String.class).list())
                .containsExactly("admin", "hq", "leader", "leader2", "mentor", "mentor2", "mentor3");
    }

    @Test
    void each_team_registers_forty_trainees_about_a_third_of_them_women() {
        for (String prefix : List.of("BKO", "GAO")) {
            long trainees = count("select count(*) from trainee t join team m on m.id = t.team_id"
                    + " where m.trainee_code_prefix = ?", prefix);
            long women = count("select count(*) from trainee t join team m on m.id = t.team_id"
                    + " where m.trainee_code_prefix = ? and t.sex = 'WOMAN'", prefix);
            assertThat(trainees).isEqualTo(40);
            assertThat(women).isBetween(8L, 20L);
            assertThat(count("select next_trainee_number from team where trainee_code_prefix = ?", prefix))
                    .isEqualTo(41);
            assertThat(count("select count(*) from trainee where code = ?", prefix + "-0040")).isEqualTo(1);
        }
    }

    @Test
    void each_team_logged_six_to_eight_sessions_a_month_for_the_last_twelve_months() {
        LocalDate today = LocalDate.now(clock);
        assertThat(count("select count(*) from training_session where session_date > ? or session_date <= ?",
                today, today.minusYears(1))).isZero();
        for (String team : List.of("CSM-BKO", "CSM-GAO")) {
            assertThat(count("select count(*) from training_session s join team t on t.id = s.team_id"
                    + " where t.code = ?", team)).isBetween(72L, 96L);
        }
    }

    @Test
    void reviewed_logs_are_approved_and_exactly_one_log_is_returned_with_a_comment() {
        assertThat(count("select count(*) from training_session where status = 'REVIEWED'"))
                .isEqualTo(count("select count(*) from session_review where decision = 'APPROVED'"));
        assertThat(count("select count(*) from training_session where status = 'RETURNED'")).isEqualTo(1);
        assertThat(count("select count(*) from session_review where decision = 'RETURNED'"
                + " and review_comment is not null")).isEqualTo(1);
        assertThat(count("select count(*) from training_session where status = 'DRAFT'")).isEqualTo(2);
        assertThat(count("select count(*) from training_session where status = 'SUBMITTED'")).isPositive();
    }

    @Test
    void group_sessions_have_six_to_fourteen_registered_trainees() {
        List<Long> groupSizes = jdbc.sql("""
                        select count(*) from attendance a join training_session s on s.id = a.session_id
                        where s.format <> 'ONE_TO_ONE' group by a.session_id""")
                .query(Long.class).list();
        assertThat(groupSizes).isNotEmpty().allSatisfy(size -> assertThat(size).isBetween(6L, 14L));
        assertThat(count("select count(*) from attendance a join trainee t on t.id = a.trainee_id"
                + " where t.active = false")).isZero();
    }

    @Test
    void present_trainees_are_rated_on_every_topic_of_the_session() {
        long expected = count("""
                select count(*) from attendance a join session_topic st on st.session_id = a.session_id
                where a.status in ('PRESENT', 'LATE')""");
        assertThat(count("select count(*) from competency_rating")).isEqualTo(expected).isPositive();
    }

    @Test
    void observations_flagged_as_harassment_carry_no_details() {
        assertThat(count("select count(*) from observation")).isPositive();
        assertThat(count("""
                select count(*) from observation o
                join observation_tag ot on ot.observation_id = o.id
                join reference_item r on r.id = ot.tag_id
                where r.code = 'HARASSMENT' and (o.note is not null or o.trainee_id is not null)""")).isZero();
    }

    @Test
    void each_team_has_at_least_six_open_follow_ups_past_their_due_date() {
        LocalDate today = LocalDate.now(clock);
        for (String team : List.of("CSM-BKO", "CSM-GAO")) {
            assertThat(count("""
                    select count(*) from follow_up_action f join trainee t on t.id = f.trainee_id
                    join team m on m.id = t.team_id
                    where m.code = ? and f.status = 'OPEN' and f.due_date < ?""", team, today))
                    .isGreaterThanOrEqualTo(6);
        }
        assertThat(count("select count(*) from follow_up_action where status = 'DONE' and closed_date is null"))
                .isZero();
    }

    @Test
    void a_restart_keeps_the_existing_data() throws Exception {
        long sessions = count("select count(*) from training_session");

        loader.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from training_session")).isEqualTo(sessions);
        assertThat(count("select count(*) from audit_event where action = 'SEED'")).isEqualTo(1);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
