package org.mentorlog.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.Indicator;
import org.mentorlog.summary.IndicatorValue;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.summary.SummaryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * One installation, two missions: each analyst reads only the missions granted to her, and every
 * summary covers one mission with that mission's own threshold. Its own database, so that the
 * second mission does not reach the tests that assume one.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:several-missions-${random.uuid};DB_CLOSE_DELAY=-1")
class SeveralMissionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Autowired
    MissionService missions;

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    private long first;
    private long second;
    private TeamRef firstTeam;
    private TeamRef secondTeam;
    private UserRef analyst;

    @BeforeEach
    void twoMissionsWithATeamAndSessionsEach() {
        first = data.mission("FIRST-" + NUMBER.incrementAndGet(), 5);
        second = data.mission("SECOND-" + NUMBER.incrementAndGet(), 10);
        firstTeam = data.team(first);
        secondTeam = data.team(second);
        UserRef firstMentor = data.user(Role.MENTOR, firstTeam);
        UserRef secondMentor = data.user(Role.MENTOR, secondTeam);
        // A trainee of her own at each session, so that unique trainees come from the read model's rows.
        for (int i = 0; i < 6; i++) {
            data.attendance(data.session(firstTeam, firstMentor, DAY).insert(),
                    data.trainee(firstTeam, "First " + i, "WOMAN"), "PRESENT", false);
        }
        for (int i = 0; i < 12; i++) {
            data.attendance(data.session(secondTeam, secondMentor, DAY).insert(),
                    data.trainee(secondTeam, "Second " + i, "WOMAN"), "PRESENT", false);
        }
        analyst = data.user(Role.HQ_ANALYST, null);
        data.revokeAll(analyst);
        data.grant(analyst, first);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_analyst_reads_only_the_missions_granted_to_her() {
        data.signIn(analyst);

        assertThat(missions.missions()).extracting(MissionInfo::id).containsExactly(first);
        assertThat(missions.teams()).extracting(TeamInfo::missionId).containsOnly(first);
        assertThat(missions.sites()).extracting(SiteInfo::teamId).doesNotContain(secondTeam.id());
        assertThat(missions.structure(second)).isEmpty();
        assertThatThrownBy(() -> missions.requireReadable(second)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.teams(second)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_analyst_cannot_summarise_a_mission_she_was_not_granted_by_mission_or_by_team() {
        data.signIn(analyst);

        assertThatThrownBy(() -> summaries.summarize(year().inMission(second), Audience.HEADQUARTERS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.summarize(year().withTeams(Set.of(secondTeam.id())), Audience.HEADQUARTERS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_summary_counts_only_its_own_missions_sessions_under_its_own_threshold() {
        data.signIn(analyst);
        MissionSummary mine = summaries.summarize(year(), Audience.HEADQUARTERS);
        assertThat(sessions(mine)).isEqualTo(6L);
        assertThat(uniqueTrainees(mine)).isEqualTo(6L);
        assertThat(mine.threshold()).isEqualTo(5);

        data.grant(analyst, second);
        MissionSummary theirs = summaries.summarize(year().inMission(second), Audience.HEADQUARTERS);
        assertThat(sessions(theirs)).isEqualTo(12L);
        assertThat(uniqueTrainees(theirs)).isEqualTo(12L);
        assertThat(theirs.threshold()).isEqualTo(10);
    }

    @Test
    void with_several_missions_a_summary_must_say_which_and_never_mixes_them() {
        data.signIn(data.user(Role.ADMIN, null));

        assertThatThrownBy(() -> summaries.summarize(year(), Audience.HEADQUARTERS))
                .hasFieldOrPropertyWithValue("messageKey", "summary.error.choose-mission");
        assertThatThrownBy(() -> summaries.summarize(year().withTeams(Set.of(firstTeam.id(), secondTeam.id())),
                Audience.HEADQUARTERS)).hasFieldOrPropertyWithValue("messageKey", "summary.error.several-missions");
        assertThatThrownBy(() -> summaries.summarize(year().inMission(first).withTeams(Set.of(secondTeam.id())),
                Audience.HEADQUARTERS)).hasFieldOrPropertyWithValue("messageKey", "summary.error.unknown-team");
    }

    @Test
    void a_mission_without_teams_has_an_empty_summary_not_every_missions() {
        UserRef admin = data.user(Role.ADMIN, null);
        data.signIn(admin);
        MissionInfo empty = missions.createMission(new NewMission("EMPTY-" + NUMBER.incrementAndGet(),
                "Empty mission", "Testland", DAY, null, new MissionSettings(5, null, null)));

        MissionSummary summary = summaries.summarize(year().inMission(empty.id()), Audience.HEADQUARTERS);

        assertThat(summary.total(Indicator.SESSIONS)).map(IndicatorValue::value).contains(0.0);
    }

    @Test
    void an_analyst_with_no_mission_is_told_so() {
        UserRef newcomer = data.user(Role.HQ_ANALYST, null);
        data.revokeAll(newcomer);
        data.signIn(newcomer);

        assertThat(missions.missions()).isEmpty();
        assertThatThrownBy(() -> summaries.summarize(year(), Audience.HEADQUARTERS))
                .hasFieldOrPropertyWithValue("messageKey", "summary.error.no-mission");
    }

    private static SummaryQuery year() {
        return SummaryQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Breakdown.NONE);
    }

    private static Long uniqueTrainees(MissionSummary summary) {
        return summary.total(Indicator.UNIQUE_TRAINEES_TOTAL).map(IndicatorValue::numerator).orElseThrow();
    }

    private static Long sessions(MissionSummary summary) {
        return summary.total(Indicator.SESSIONS).map(IndicatorValue::numerator).orElseThrow();
    }
}
