package org.mentorlog.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.mission.MissionStructure;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.IndicatorValue;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.SummaryQuery;

/** The JSON of GET /api/v1/summary: aggregates only, never a trainee's name or code. */
@Schema(description = "A mission summary as headquarters sees it, small numbers suppressed.")
record SummaryResponse(
        @Schema(description = "The query as it was understood, with the defaults filled in") Query query,
        @Schema(description = "The disclosure threshold applied: counts from 1 to threshold - 1 are suppressed")
        Integer threshold,
        @Schema(description = "The breakdown cells in display order, without the total (key TOTAL)") List<Key> keys,
        @Schema(description = "Every indicator in every cell and in the total") List<Value> values) {

    record Query(@Schema(description = "Code of the token's mission") String mission,
                 LocalDate from, LocalDate to,
                 @Schema(description = "Team codes; all teams of the mission when none was asked for")
                 List<String> teams,
                 @Schema(description = "Site ids; empty means every site") List<Long> sites,
                 @Schema(description = "Agencies; empty means every agency") List<String> agencies,
                 @Schema(description = "none, month, quarter, year, team, site or agency") String groupBy) {
    }

    record Key(@Schema(description = "2026-03, 2026-Q1, 2026, a team code, a site id or an agency") String key,
               @Schema(description = "Team name, site name with its team, agency name; else the key") String label) {
    }

    record Value(@Schema(description = "Indicator code, such as women_share_person_sessions") String code,
                 @Schema(description = "MOWIP area or competency for indicators that have one") String dimension,
                 @Schema(description = "The breakdown cell, or TOTAL") String key,
                 @Schema(description = "Null when suppressed") Long numerator,
                 @Schema(description = "Null when suppressed or not a ratio") Long denominator,
                 @Schema(description = "Null when suppressed or undefined") Double value,
                 @Schema(description = "True when the value is withheld by disclosure control") boolean suppressed) {

        static Value of(IndicatorValue value) {
            return new Value(value.code(), value.dimension(), value.key(), value.numerator(), value.denominator(),
                    value.value(), value.suppressed());
        }
    }

    static SummaryResponse of(MissionSummary summary, MissionStructure mission, boolean allTeams) {
        SummaryQuery query = summary.query();
        Map<Long, String> teamCodes = mission.teams().stream().collect(Collectors.toMap(TeamInfo::id, TeamInfo::code));
        Query echo = new Query(mission.mission().code(), query.from(), query.to(),
                allTeams ? List.of() : sorted(query.teamIds().stream().map(teamCodes::get).collect(Collectors.toSet())),
                query.siteIds().stream().sorted().toList(),
                query.agencies().stream().map(Enum::name).sorted().toList(),
                query.groupBy().name().toLowerCase(Locale.ROOT));
        List<Key> keys = summary.keys().stream()
                .map(key -> new Key(key, label(summary, query.groupBy(), key)))
                .toList();
        return new SummaryResponse(echo, summary.threshold(), keys,
                summary.values().stream().map(Value::of).toList());
    }

    private static String label(MissionSummary summary, Breakdown groupBy, String key) {
        if (summary.labels().containsKey(key)) {
            return summary.labels().get(key);
        }
        String agency = "trainee.agency." + key;
        return groupBy == Breakdown.AGENCY && EnglishMessages.has(agency) ? EnglishMessages.get(agency) : key;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
