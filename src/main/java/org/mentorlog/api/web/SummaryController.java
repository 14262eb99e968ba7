package org.mentorlog.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorlog.audit.AuditService;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.MissionStructure;
import org.mentorlog.security.ApiClient;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.SummaryExport;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.summary.SummaryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Headquarters' mission summary for tools: the same filters and the same suppression as the
 * headquarters dashboard, for the mission of the caller's API token only.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Summary", description = "Mission-level indicators for headquarters tools")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class SummaryController {

    private final SummaryService summaries;
    private final MissionService missions;
    private final Clock clock;
    private final AuditService audit;

    SummaryController(SummaryService summaries, MissionService missions, Clock clock, AuditService audit) {
        this.summaries = summaries;
        this.missions = missions;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping("/summary")
    @Operation(summary = "Mission summary", description = """
            The indicators of the token's mission over a period, per breakdown cell and in total, exactly as \
            headquarters sees them: counts below the mission's disclosure threshold, percentages over fewer \
            than 10, and whatever would let them be recovered are suppressed (no numbers, suppressed = true). \
            Only submitted and reviewed sessions count. Unknown parameters are refused with 400.""")
    @ApiResponse(responseCode = "200", description = "The summary")
    @ApiResponse(responseCode = "400", description = "A parameter is malformed, names an unknown team, site, "
            + "agency or breakdown, or the period is reversed or longer than " + SummaryQuery.MAX_YEARS + " years",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No API token, or one that is wrong or revoked",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    SummaryResponse summary(
            @Parameter(description = "First day of the period (ISO 8601, such as 2026-01-01), inclusive. "
                    + "Default: the last twelve months as the dashboard names them, that is the first day of the "
                    + "month eleven months before the month of 'to' (2025-07-01 for 'to' 2026-06-15).")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day of the period (ISO 8601), inclusive. Default: today.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Team codes of the token's mission, repeated or comma-separated, any case. "
                    + "Default: every team of the mission.",
                    array = @ArraySchema(schema = @Schema(type = "string", example = "BKO")))
            @RequestParam(required = false) List<String> team,
            @Parameter(description = "Site ids (the keys of groupBy=site), repeated or comma-separated. "
                    + "Default: every site.", array = @ArraySchema(schema = @Schema(type = "integer")))
            @RequestParam(required = false) List<String> site,
            @Parameter(description = "Agencies of registered trainees, repeated or comma-separated, any case: "
                    + "police, gendarmerie, national_guard, civil_protection, other. Default: every agency "
                    + "(and unregistered participants, who have none).",
                    array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"police",
                            "gendarmerie", "national_guard", "civil_protection", "other"})))
            @RequestParam(required = false) List<String> agency,
            @Parameter(description = "How to split the indicators besides the total, any case. Default: none.",
                    schema = @Schema(type = "string", allowableValues = {"none", "month", "quarter", "year", "team",
                            "site", "agency"}))
            @RequestParam(required = false) String groupBy,
            @Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
            @Parameter(hidden = true) HttpServletRequest request) {
        SummaryParameters.requirePlain(request.getQueryString());
        SummaryParameters.requireKnown(request.getParameterMap().keySet());
        MissionStructure mission = missions.structure(client.missionId()).orElseThrow(() -> noTeams(client));
        if (mission.teams().isEmpty()) {
            throw noTeams(client);
        }
        Set<Long> teams = SummaryParameters.teams(team, mission);
        SummaryQuery query = SummaryParameters.query(from, to, LocalDate.now(clock), teams,
                SummaryParameters.sites(site, mission), SummaryParameters.agencies(agency),
                SummaryParameters.groupBy(groupBy));
        audit.recordAccess("summary", client.missionId(), "API_SUMMARY", SummaryExport.describe(query));
        MissionSummary summary = summaries.summarize(query.inMission(client.missionId()), Audience.HEADQUARTERS);
        return SummaryResponse.of(summary, mission, team == null || team.stream().allMatch(String::isBlank));
    }

    /** A mission without teams has nothing to summarise; an empty team set would mean every mission's. */
    private static ErrorResponseException noTeams(ApiClient client) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The mission of this API token has no teams yet, so there is nothing to summarise.");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
