package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three random teams and one more whose trainee has a name and attended a session: what the export
 * tests run on, and the names and codes that must never appear in a file.
 */
final class ExportFixture {

    static final String TRAINEE_NAME = "Awa Traoré";

    final Set<Long> teamIds = new HashSet<>();

    ExportFixture(TestData data) {
        teamIds.addAll(new RandomTeams(data, 42, 3, 4).teamIds);
        TeamRef named = data.team();
        teamIds.add(named.id());
        long trainee = data.trainee(named, TRAINEE_NAME, "WOMAN");
        long session = data.session(named, data.user(Role.MENTOR, named), RandomTeams.FROM.plusDays(40)).insert();
        data.attendance(session, trainee, "PRESENT", true);
    }

    SummaryQuery query(Breakdown breakdown) {
        return SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, breakdown).withTeams(teamIds);
    }

    /** Every trainee code in the database, and the name: none may leave in an export. */
    static List<String> forbidden(JdbcClient jdbc) {
        List<String> words = new ArrayList<>(jdbc.sql("select code from trainee").query(String.class).list());
        words.addAll(jdbc.sql("select full_name from trainee where full_name is not null").query(String.class).list());
        words.add("Traoré");
        return words;
    }
}
