package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorlog.summary.MissionSummary.TOTAL;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Role;
import org.mentorlog.trainee.Agency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The indicators as a team leader sees them: her own team, unsuppressed, checked against {@link FirstQuarterFixture}. */
@IntegrationTest
@Import(FixedClock.class)
class SummaryServiceTest {

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    private FirstQuarterFixture fixture;
    private UserRef leader;

    @BeforeEach
    void aTeamsFirstQuarter() {
        fixture = new FirstQuarterFixture(data);
        leader = data.user(Role.TEAM_LEADER, fixture.team);
        data.signIn(leader);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_team_leader_sees_every_indicator_of_her_quarter_unsuppressed() {
        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.TEAM);

        FirstQuarterFixture.assertTotals(summary);
        assertThat(summary.keys()).isEmpty();
        assertThat(summary.threshold()).isNull();
        assertThat(summary.values()).noneMatch(IndicatorValue::suppressed);
    }

    @Test
    void the_convenience_for_team_leaders_gives_the_same_summary() {
        MissionSummary summary = summaries.summarizeMyTeam(FirstQuarterFixture.FROM, FirstQuarterFixture.TO, Breakdown.NONE);

        FirstQuarterFixture.assertTotals(summary);
        assertThat(summary.query().teamIds()).containsExactly(fixture.team.id());
    }

    @Test
    void months_split_the_quarter_and_add_up_to_it() {
        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.MONTH), Audience.TEAM);

        assertThat(summary.keys()).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(values(summary, Indicator.SESSIONS)).containsExactly(1.0, 1.0, 1.0, 3.0);
        assertThat(values(summary, Indicator.HOURS)).containsExactly(2.0, 1.0, 1.5, 4.5);
        assertThat(values(summary, Indicator.PERSON_SESSIONS_WOMEN)).containsExactly(3.0, 2.0, 1.0, 6.0);
        assertThat(values(summary, Indicator.PERSON_SESSIONS_MEN)).containsExactly(3.0, 0.0, 2.0, 5.0);
        assertThat(values(summary, Indicator.PERSON_SESSIONS_NOT_RECORDED)).containsExactly(0.0, 4.0, 0.0, 4.0);
        assertThat(values(summary, Indicator.UNIQUE_TRAINEES_TOTAL)).containsExactly(3.0, 3.0, 3.0, 5.0);
        assertThat(values(summary, Indicator.FOLLOW_UPS_OPENED)).containsExactly(2.0, 2.0, 2.0, 6.0);
        assertThat(values(summary, Indicator.FOLLOW_UPS_CLOSED)).containsExactly(1.0, 1.0, 0.0, 2.0);
        assertThat(values(summary, Indicator.FOLLOW_UPS_CANCELLED)).containsExactly(0.0, 1.0, 0.0, 1.0);
        assertThat(values(summary, Indicator.FOLLOW_UPS_OVERDUE)).containsExactly(0.0, 1.0, 1.0, 2.0);
        assertThat(values(summary, Indicator.FOLLOW_UPS_MEDIAN_DAYS_OVERDUE)).containsExactly(null, 54.0, 10.0, 32.0);
        assertThat(values(summary, Indicator.WOMEN_SHARE_PERSON_SESSIONS)).containsExactly(0.5, 1.0, 1.0 / 3, 6.0 / 11);
        assertThat(values(summary, Indicator.SESSIONS_WITH_PURPOSE_SHARE)).containsExactly(1.0, 0.0, 1.0, 2.0 / 3);
    }

    @Test
    void drafts_and_returned_logs_move_no_indicator_with_their_follow_ups_observations_or_ratings() {
        java.util.Map<Breakdown, MissionSummary> before = new java.util.EnumMap<>(Breakdown.class);
        for (Breakdown groupBy : Breakdown.values()) {
            before.put(groupBy, summaries.summarize(fixture.quarter(groupBy), Audience.TEAM));
        }

        fixture.logsThatDoNotCount();

        for (Breakdown groupBy : Breakdown.values()) {
            MissionSummary after = summaries.summarize(fixture.quarter(groupBy), Audience.TEAM);
            assertThat(after.keys()).as(groupBy.name()).isEqualTo(before.get(groupBy).keys());
            assertThat(after.values()).as(groupBy.name()).containsExactlyElementsOf(before.get(groupBy).values());
        }
        FirstQuarterFixture.assertTotals(before.get(Breakdown.NONE));
    }

    @Test
    void quarters_and_years_name_their_periods() {
        SummaryQuery year = new SummaryQuery(LocalDate.of(2025, 11, 1), FirstQuarterFixture.TO,
                Set.of(fixture.team.id()), Set.of(), Set.of(), Breakdown.QUARTER, null);

        MissionSummary byQuarter = summaries.summarize(year, Audience.TEAM);
        MissionSummary byYear = summaries.summarize(new SummaryQuery(year.from(), year.to(), year.teamIds(),
                Set.of(), Set.of(), Breakdown.YEAR, null), Audience.TEAM);

        assertThat(byQuarter.keys()).containsExactly("2025-Q4", "2026-Q1");
        assertThat(values(byQuarter, Indicator.SESSIONS)).containsExactly(1.0, 3.0, 4.0);
        assertThat(byYear.keys()).containsExactly("2025", "2026");
        assertThat(values(byYear, Indicator.SESSIONS)).containsExactly(1.0, 3.0, 4.0);
    }

    @Test
    void sites_split_the_sessions_where_they_took_place() {
        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.SITE), Audience.TEAM);

        String first = String.valueOf(fixture.team.siteId());
        String second = String.valueOf(fixture.secondSite);
        assertThat(summary.keys()).containsExactlyInAnyOrder(first, second);
        assertThat(summary.labels()).containsEntry(second, "Gendarmerie unit " + fixture.team.code() + " (" + fixture.team.code() + ")");
        assertThat(summary.value(Indicator.SESSIONS, first).orElseThrow().value()).isEqualTo(2.0);
        assertThat(summary.value(Indicator.SESSIONS, second).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.value(Indicator.HOURS, first).orElseThrow().value()).isEqualTo(3.5);
    }

    @Test
    void by_agency_only_registered_trainees_count_and_a_session_counts_for_each_agency_present() {
        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.AGENCY), Audience.TEAM);

        assertThat(summary.keys()).containsExactly("GENDARMERIE", "POLICE");
        assertThat(summary.value(Indicator.SESSIONS, "POLICE").orElseThrow().value()).isEqualTo(3.0);
        assertThat(summary.value(Indicator.SESSIONS, "GENDARMERIE").orElseThrow().value()).isEqualTo(2.0);
        assertThat(summary.total(Indicator.SESSIONS).orElseThrow().value()).isEqualTo(3.0);
        assertThat(values(summary, Indicator.PERSON_SESSIONS_WOMEN)).containsExactly(2.0, 2.0, 4.0);
        assertThat(values(summary, Indicator.PERSON_SESSIONS_MEN)).containsExactly(0.0, 4.0, 4.0);
        assertThat(values(summary, Indicator.PERSON_SESSIONS_NOT_RECORDED)).containsExactly(0.0, 1.0, 1.0);
        assertThat(values(summary, Indicator.UNIQUE_TRAINEES_TOTAL)).containsExactly(1.0, 4.0, 5.0);
        assertThat(values(summary, Indicator.FOLLOW_UPS_OPENED)).containsExactly(1.0, 5.0, 6.0);
    }

    @Test
    void an_agency_filter_keeps_its_trainees_and_the_sessions_they_attended() {
        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.NONE)
                .withAgencies(Set.of(Agency.GENDARMERIE)), Audience.TEAM);

        assertThat(summary.total(Indicator.SESSIONS).orElseThrow().value()).isEqualTo(2.0);
        assertThat(summary.total(Indicator.PERSON_SESSIONS_TOTAL).orElseThrow().value()).isEqualTo(2.0);
        assertThat(summary.total(Indicator.WOMEN_SHARE_PERSON_SESSIONS).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.total(Indicator.FOLLOW_UPS_CANCELLED).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.total(Indicator.TRAINEES_FOLLOWED_UP_WITHIN_90_DAYS_SHARE).orElseThrow().value()).isEqualTo(0.0);
    }

    @Test
    void a_site_filter_keeps_only_that_sites_sessions() {
        MissionSummary summary = summaries.summarize(fixture.quarter(Breakdown.NONE)
                .withSites(Set.of(fixture.secondSite)), Audience.TEAM);

        assertThat(summary.total(Indicator.SESSIONS).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.total(Indicator.PERSON_SESSIONS_TOTAL).orElseThrow().value()).isEqualTo(6.0);
        assertThat(summary.total(Indicator.FOLLOW_UPS_OPENED).orElseThrow().value()).isEqualTo(3.0);
    }

    @Test
    void a_period_without_sessions_gives_zeros_and_no_ratios() {
        MissionSummary summary = summaries.summarize(SummaryQuery.of(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31), Breakdown.MONTH), Audience.TEAM);

        assertThat(summary.keys()).containsExactly("2027-01", "2027-02", "2027-03");
        assertThat(summary.values()).isNotEmpty().noneMatch(IndicatorValue::suppressed).allSatisfy(value -> {
            if (value.denominator() == null) {
                assertThat(value.value()).as(value.code()).isZero();
            } else {
                assertThat(value.value()).as(value.code()).isNull();
            }
        });
    }

    @Test
    void sessions_of_women_only_give_a_share_of_one_and_parity() {
        TeamRef team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        long session = data.session(team, mentor, LocalDate.of(2026, 2, 2)).unregistered(3, 0, 0).insert();
        data.attendance(session, data.trainee(team, "Fanta", "WOMAN"), "PRESENT", true);
        data.attendance(session, data.trainee(team, "Hawa", "WOMAN"), "PRESENT", false);
        data.signIn(data.user(Role.TEAM_LEADER, team));

        MissionSummary summary = summaries.summarizeMyTeam(FirstQuarterFixture.FROM, FirstQuarterFixture.TO, Breakdown.NONE);

        assertThat(summary.total(Indicator.PERSON_SESSIONS_WOMEN).orElseThrow().value()).isEqualTo(5.0);
        assertThat(summary.total(Indicator.WOMEN_SHARE_PERSON_SESSIONS).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.total(Indicator.WOMEN_SHARE_UNIQUE_TRAINEES).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.total(Indicator.WOMEN_SHARE_HOURS).orElseThrow().value()).isEqualTo(1.0);
        assertThat(summary.total(Indicator.LEAD_ROLE_PARITY_INDEX).orElseThrow().value()).isEqualTo(1.0);
    }

    @Test
    void when_no_sex_is_recorded_the_womens_shares_are_unknown_not_zero() {
        TeamRef team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        long session = data.session(team, mentor, LocalDate.of(2026, 2, 2)).unregistered(0, 0, 4).insert();
        data.attendance(session, data.trainee(team, "Unknown", "NOT_RECORDED"), "PRESENT", true);
        data.signIn(data.user(Role.TEAM_LEADER, team));

        MissionSummary summary = summaries.summarizeMyTeam(FirstQuarterFixture.FROM, FirstQuarterFixture.TO, Breakdown.NONE);

        assertThat(summary.total(Indicator.PERSON_SESSIONS_NOT_RECORDED).orElseThrow().value()).isEqualTo(5.0);
        assertThat(summary.total(Indicator.WOMEN_SHARE_PERSON_SESSIONS).orElseThrow().value()).isNull();
        assertThat(summary.total(Indicator.WOMEN_SHARE_UNIQUE_TRAINEES).orElseThrow().value()).isNull();
        assertThat(summary.total(Indicator.WOMEN_SHARE_HOURS).orElseThrow().value()).isNull();
        assertThat(summary.total(Indicator.LEAD_ROLE_PARITY_INDEX).orElseThrow().value()).isNull();
    }

    @Test
    void a_team_leader_sees_only_her_own_team_whatever_the_query_names() {
        TeamRef other = data.team();
        data.session(other, data.user(Role.MENTOR, other), LocalDate.of(2026, 1, 5)).insert();

        MissionSummary summary = summaries.summarize(SummaryQuery.of(FirstQuarterFixture.FROM, FirstQuarterFixture.TO,
                Breakdown.TEAM), Audience.TEAM);

        assertThat(summary.keys()).containsExactly(fixture.team.code());
        assertThat(summary.total(Indicator.SESSIONS).orElseThrow().value()).isEqualTo(3.0);
        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE).withTeams(Set.of(other.id())),
                Audience.TEAM)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE).withSites(Set.of(other.siteId())),
                Audience.TEAM)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_team_leader_cannot_ask_for_the_headquarters_view() {
        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.HEADQUARTERS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void mentors_get_no_summary_at_all() {
        data.signIn(fixture.mentor);

        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.TEAM))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.HEADQUARTERS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.summarizeMyTeam(FirstQuarterFixture.FROM, FirstQuarterFixture.TO, Breakdown.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void headquarters_cannot_pose_as_a_team() {
        data.signIn(data.user(Role.HQ_ANALYST, null));

        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE), Audience.TEAM))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknown_teams_and_sites_are_refused_with_a_message() {
        data.signIn(data.user(Role.HQ_ANALYST, null));

        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE).withTeams(Set.of(-1L)),
                Audience.HEADQUARTERS)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "summary.error.unknown-team");
        assertThatThrownBy(() -> summaries.summarize(fixture.quarter(Breakdown.NONE).withSites(Set.of(-7L)),
                Audience.HEADQUARTERS)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "summary.error.unknown-site");
    }

    /** The values of an indicator in every cell, in key order, then the total. */
    static java.util.List<Double> values(MissionSummary summary, Indicator indicator) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (String key : summary.keys()) {
            values.add(summary.value(indicator, key).orElseThrow().value());
        }
        values.add(summary.value(indicator, TOTAL).orElseThrow().value());
        return values;
    }
}
