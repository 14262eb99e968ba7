package org.mentorlog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.security.Role;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.MissionSummary;
import org.mentorlog.summary.RandomTeams;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.summary.SummaryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP: who gets in, what they get, and how bad input is answered. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiSummaryTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SummaryService summaries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private TeamRef team;
    private IssuedApiToken issued;

    @BeforeEach
    void issueAToken() {
        team = data.team();
        data.signIn(data.user(Role.ADMIN, null));
        issued = tokens.create(missionId(), "Headquarters dashboard");
        data.signOut();
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_request_without_a_token_is_refused_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> response = get("/api/v1/summary", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void a_wrong_token_is_refused() throws Exception {
        String wrong = "ml_" + "A".repeat(43);

        assertThat(get("/api/v1/summary", wrong).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/summary", "not a token at all").statusCode()).isEqualTo(401);
        HttpResponse<String> basic = send(request("/api/v1/summary").header("Authorization", "Basic YTpi"));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer realm=\"mentorlog\", error=\"invalid_token\"");
    }

    @Test
    void a_revoked_token_is_refused_from_the_next_request_on() throws Exception {
        assertThat(get("/api/v1/summary", issued.token()).statusCode()).isEqualTo(200);
        data.signIn(data.user(Role.ADMIN, null));
        tokens.revoke(issued.row().id());
        data.signOut();

        HttpResponse<String> response = get("/api/v1/summary", issued.token());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("revoked");
    }

    @ParameterizedTest
    @EnumSource(value = Breakdown.class, names = {"NONE", "MONTH", "TEAM", "SITE", "AGENCY"})
    void a_valid_token_gets_exactly_what_headquarters_sees(Breakdown groupBy) throws Exception {
        RandomTeams teams = new RandomTeams(data, 42, 3, 3);
        List<String> codes = codesOf(teams.teamIds);
        data.signIn(data.user(Role.HQ_ANALYST, null));
        MissionSummary expected = summaries.summarize(SummaryQuery.of(RandomTeams.FROM, RandomTeams.TO, groupBy)
                .withTeams(teams.teamIds), Audience.HEADQUARTERS);
        data.signOut();

        HttpResponse<String> response = get("/api/v1/summary?from=2026-01-01&to=2026-06-30&groupBy="
                + groupBy.name().toLowerCase() + "&team=" + codes.getFirst() + "&team="
                + String.join(",", codes.subList(1, codes.size())), issued.token());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("values")).isEqualTo(json.readTree(json.writeValueAsString(expected.values())));
        assertThat(body.get("threshold").asInt()).isEqualTo(expected.threshold());
        assertThat(body.get("keys").findValuesAsString("key")).isEqualTo(expected.keys());
        assertThat(body.at("/query/teams").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(body.at("/query/groupBy").asString()).isEqualTo(groupBy.name().toLowerCase());
    }

    @Test
    void suppressed_cells_carry_no_numbers_and_no_trainee_is_named() throws Exception {
        RandomTeams teams = new RandomTeams(data, 7, 3, 2);

        HttpResponse<String> response = get("/api/v1/summary?from=2026-01-01&to=2026-06-30&groupBy=month&team="
                + String.join(",", codesOf(teams.teamIds)), issued.token());

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> suppressed = json.readTree(response.body()).get("values").valueStream()
                .filter(value -> value.get("suppressed").asBoolean()).toList();
        assertThat(suppressed).isNotEmpty().allSatisfy(value -> {
            assertThat(value.get("numerator").isNull()).isTrue();
            assertThat(value.get("denominator").isNull()).isTrue();
            assertThat(value.get("value").isNull()).isTrue();
        });
        List<String> traineeCodes = jdbc.sql("select code from trainee where team_id in (:teams)")
                .param("teams", teams.teamIds).query(String.class).list();
        assertThat(traineeCodes).isNotEmpty().noneMatch(response.body()::contains);
    }

    @ParameterizedTest
    @CsvSource({"2026-06-30, 2025-07-01", "2026-06-15, 2025-07-01", "2026-01-01, 2025-02-01"})
    void without_a_start_the_summary_covers_the_last_twelve_months_as_the_dashboard_does(String to, String from)
            throws Exception {
        HttpResponse<String> response = get("/api/v1/summary?to=" + to, issued.token());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode query = json.readTree(response.body()).get("query");
        assertThat(query.get("from").asString()).isEqualTo(from);
        assertThat(query.get("to").asString()).isEqualTo(to);
        assertThat(query.get("groupBy").asString()).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            from=2026-06-30&to=2026-01-01      | The start of the period must not be after its end.
            from=2006-01-01&to=2026-06-30      | A summary covers at most 10 years.
            from=2026-13-01                    | Parameter 'from' must be a date in the form YYYY-MM-DD
            to=yesterday                       | Parameter 'to' must be a date in the form YYYY-MM-DD
            groupBy=week                       | Unknown groupBy 'week'. Use one of: none, month, quarter, year, team, site, agency.
            agency=police&agency=army          | Unknown agency 'army'.
            team=NO-SUCH-TEAM                  | There is no team NO-SUCH-TEAM.
            site=nine                          | Parameter 'site' takes site ids
            site=999999999                     | There is no site 999999999.
            groupby=team                       | Unknown parameter 'groupby'.
            """)
    void bad_input_is_a_400_that_says_what_is_wrong(String query, String message) throws Exception {
        HttpResponse<String> response = get("/api/v1/summary?" + query, issued.token());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains(message);
    }

    @Test
    void a_team_of_another_mission_is_unknown_to_the_token() throws Exception {
        long otherMission = jdbc.sql("insert into mission (code, name, country, start_date)"
                        + " values ('OTHER-" + team.prefix() + "', 'Other', 'Elsewhere', date '2024-01-01')")
                .update();
        assertThat(otherMission).isEqualTo(1);
        String code = "X-" + team.prefix();
        jdbc.sql("insert into team (mission_id, code, name, trainee_code_prefix) select id, ?, 'Elsewhere', ?"
                + " from mission where code = ?").params(code, "Z" + team.prefix().substring(1),
                "OTHER-" + team.prefix()).update();

        HttpResponse<String> response = get("/api/v1/summary?team=" + code, issued.token());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("There is no team " + code + ".");
    }

    @Test
    void the_openapi_description_is_public_and_documents_the_endpoint_and_its_token() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode docs = json.readTree(response.body());
        JsonNode summary = docs.at("/paths/~1api~1v1~1summary/get");
        assertThat(summary.isMissingNode()).isFalse();
        assertThat(summary.get("parameters").findValuesAsString("name"))
                .containsExactlyInAnyOrder("from", "to", "team", "site", "agency", "groupBy");
        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        // Swagger UI is off unless MENTORLOG_SWAGGER_UI=true (the demo profile turns it on).
        assertThat(get("/swagger-ui/index.html", null).body()).doesNotContain("swagger-ui-bundle");
    }

    @Test
    void the_api_chain_leaves_the_application_to_vaadins_sign_in() throws Exception {
        HttpResponse<String> response = get("/trainees", issued.token());

        assertThat(response.statusCode()).as("a token is no way into the UI").isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private List<String> codesOf(Set<Long> teamIds) {
        return new ArrayList<>(jdbc.sql("select code from team where id in (:ids) order by code")
                .param("ids", teamIds).query(String.class).list());
    }

    private long missionId() {
        return jdbc.sql("select mission_id from team where id = ?").param(team.id()).query(Long.class).single();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

}
