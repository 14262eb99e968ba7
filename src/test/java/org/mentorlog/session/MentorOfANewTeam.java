package org.mentorlog.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Signed in as the mentor of a team of her own, with one trainee on its register and a topic to rate. */
abstract class MentorOfANewTeam {

    @Autowired
    TestData data;

    TeamRef team;
    UserRef mentor;
    long awa;
    long photography;

    @BeforeEach
    void mentorOfANewTeam() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        awa = data.trainee(team, "Awa Traoré", "WOMAN");
        photography = data.reference("TOPIC", "CSM-07");
        data.signIn(mentor);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }
}
