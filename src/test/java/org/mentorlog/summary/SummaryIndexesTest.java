package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On H2 the read model's date indexes hold every column the attendance and competency passes read for
 * a mission, a team or a site, and the corrections of a period that starts within a month, so H2 answers them from
 * the index without a lookup per row (V14_1, V47_1, V52_1, H2 only).
 */
@IntegrationTest
class SummaryIndexesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_date_indexes_cover_the_passes_of_a_mission_a_team_and_a_site() {
        assertThat(columns("SUMMARY_ATTENDANCE_DATE")).startsWith("SESSION_DATE", "TEAM_ID")
                .contains("MONTH_START", "QUARTER_START", "YEAR_START", "SEX", "MINUTES", "AUTHORITY", "FOLLOWED_UP",
                        "PREV_MISSION", "PREV_FOLLOWED_MISSION", "PREV_TEAM", "PREV_FOLLOWED_TEAM", "NEXT_MISSION",
                        "NEXT_FOLLOWED_MISSION", "NEXT_TEAM", "NEXT_FOLLOWED_TEAM", "PREV_SITE", "PREV_FOLLOWED_SITE",
                        "NEXT_SITE", "NEXT_FOLLOWED_SITE");
        assertThat(columns("SUMMARY_RATING_DATE")).startsWith("SESSION_DATE", "TEAM_ID")
                .contains("MONTH_START", "QUARTER_START", "YEAR_START", "TOPIC_ID", "SEX", "PREV_MISSION",
                        "PREV2_MISSION", "DELTA_MISSION", "PREV_TEAM", "PREV2_TEAM", "DELTA_TEAM", "NEXT_MISSION",
                        "NEXT2_MISSION", "NEXT_DELTA_MISSION", "NEXT_TEAM", "NEXT2_TEAM", "NEXT_DELTA_TEAM", "PREV_SITE",
                        "PREV2_SITE", "DELTA_SITE", "NEXT_SITE", "NEXT2_SITE", "NEXT_DELTA_SITE");
    }

    private List<String> columns(String index) {
        return jdbc.sql("select column_name from information_schema.index_columns where index_name = ?"
                + " order by ordinal_position").param(index).query(String.class).list();
    }
}
