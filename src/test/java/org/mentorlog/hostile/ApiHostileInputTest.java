package org.mentorlog.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus through every parameter of the JSON API, over real HTTP with a valid token:
 * every answer is a summary or a 400 problem, never a 500 and never the application's web page.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiHostileInputTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int TOMCAT_LINE_LIMIT = 7_000;

    @Value("${local.server.port}")
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JsonMapper json;

    private String token;

    @BeforeAll
    void aMissionWithATeamAndAToken() {
        TeamRef team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        data.session(team, mentor, LocalDate.now().minusDays(3)).insert();
        data.signIn(data.user(Role.ADMIN, null));
        token = tokens.create(data.missionId(), "Hostile input").token();
        data.signOut();
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    /** Each parameter, and a parameter whose name is the hostile value ("name"). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from", "to", "team", "site", "agency", "groupBy", "name"})
    void every_hostile_value_of_a_parameter_is_answered_with_a_summary_or_a_400_problem(String parameter)
            throws Exception {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < HostileInputTest.CORPUS.size(); i++) {
            String value = HostileInputTest.CORPUS.get(i);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            String query = parameter.equals("name") ? encoded + "=1" : parameter + "=" + encoded;
            HttpResponse<String> response = get("/api/v1/summary?" + query);
            int status = response.statusCode();
            if (status == 400) {
                refused++;
            }
            String problem = query.length() > TOMCAT_LINE_LIMIT ? tomcatRefusal(response) : problemWithAnswer(response);
            if (problem != null) {
                failures.add("#" + i + " '" + HostileCorpus.escape(value).substring(0,
                        Math.min(60, HostileCorpus.escape(value).length())) + "': " + problem);
            }
        }
        assertThat(failures).as("%s: %d values, %d refused", parameter, HostileInputTest.CORPUS.size(), refused)
                .isEmpty();
    }

    /** Requests java.net.URI would not even build: broken percent-encodings, names without a name. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=%", "=x", "team=%FF%FE", "%=1", "from=%zz", "team=%C0%AE",
        "groupBy=%E2%80%AEmonth", "to=+999999999-12-31", "to=-999999999-01-01", "from=%2B999999999-12-31",
        "from=0000-01-01&to=0000-12-31", "agency=%ED%A0%80", "team=a%00b", "from=2026-02-30",
        "to=2026-13-01", "site=99999999999999999999", "site=-1", "site=%00", "team=%00", "agency=%01",
        "from=2026-01-01&from=2026-02-01", "to=2026-03-01&to=2026-04-01", "groupBy=month&groupBy=team"})
    void malformed_requests_are_answered_with_a_400_problem(String rawQuery) throws Exception {
        String[] answer = raw("/api/v1/summary?" + rawQuery);

        assertThat(answer[0]).as(rawQuery).matches("HTTP/1\\.1 400.*");
        assertThat(answer[1]).as(rawQuery).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api", "/api/", "/api/v1", "/api/v2/summary", "/api/v1/summary/x", "/api/v1/users",
        "/api/%3Cscript%3E"})
    void an_unknown_api_path_is_a_404_problem_not_the_web_page(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                .startsWith("application/problem+json");
        assertThat(response.body()).doesNotContainIgnoringCase("<html");
    }

    @Test
    void another_method_on_the_summary_is_a_405_problem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/summary"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    /** Null when the answer is as it must be; else what is wrong with it. */
    private String problemWithAnswer(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status == 200) {
            return type.startsWith("application/json") ? null : "200 as " + type;
        }
        if (status != 400) {
            return "status " + status;
        }
        if (!type.startsWith("application/problem+json")) {
            return "400 as " + type;
        }
        JsonNode body = json.readTree(response.body());
        return body.path("detail").asString().isBlank() ? "400 without a detail" : null;
    }

    /** Tomcat refuses a request line beyond its limit (8 KB) with its own 400 before the application sees it. */
    private static String tomcatRefusal(HttpResponse<String> response) {
        return response.statusCode() == 400 ? null : "status " + response.statusCode() + " for an over-long request";
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status line and the headers of a request sent byte for byte as written. */
    private String[] raw(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int endOfLine = answer.indexOf("\r\n");
            return new String[] {answer.substring(0, Math.max(0, endOfLine)), answer};
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
