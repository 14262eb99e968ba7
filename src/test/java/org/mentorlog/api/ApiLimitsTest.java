package org.mentorlog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.MovableClock;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a headquarters tool notices of the API's limits, over real HTTP: a token stops working after its
 * last valid day, and a tool or an address that calls too often is told to wait. Each test calls from an
 * address of its own (X-Forwarded-For from the local proxy), so their buckets do not mix.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
@TestPropertySource(properties = {"mentorlog.api.rate-limit.per-token=3", "mentorlog.api.rate-limit.per-address=10"})
class ApiLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    MovableClock clock;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void aMissionWithATeamAndAnAdministrator() {
        data.team();
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_token_is_refused_with_401_from_the_day_after_its_last_valid_day() throws Exception {
        LocalDate today = LocalDate.now(clock);
        IssuedApiToken issued = tokens.create(data.missionId(), "Expiring", today.plusDays(1));

        assertThat(summary(issued.token(), "198.51.100.1").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        assertThat(summary(issued.token(), "198.51.100.1").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(16)); // midnight UTC after the last valid day

        HttpResponse<String> refused = summary(issued.token(), "198.51.100.1");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("expired");
        assertThat(tokens.list(PageRequest.of(0, 50)).stream().filter(row -> row.id().equals(issued.row().id()))
                .findFirst().orElseThrow().expired(clock.instant())).isTrue();
    }

    @Test
    void a_new_token_expires_after_ninety_days_unless_chosen_otherwise() {
        IssuedApiToken issued = tokens.create(data.missionId(), "Default");

        assertThat(issued.row().expiresAt()).isEqualTo(LocalDate.now(clock).plusDays(91).atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    @Test
    void a_token_that_calls_too_often_is_told_with_a_429_problem_when_to_try_again() throws Exception {
        String busy = tokens.create(data.missionId(), "Busy tool").token();
        String other = tokens.create(data.missionId(), "Other tool").token();
        for (int call = 1; call <= 3; call++) {
            assertThat(summary(busy, "198.51.100.2").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = summary(busy, "198.51.100.2");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 60L));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asString()).contains("this API token", "3 a minute");
        assertThat(summary(other, "198.51.100.2").statusCode()).isEqualTo(200);
    }

    @Test
    void an_address_that_guesses_tokens_is_stopped_after_ten_calls_a_minute() throws Exception {
        for (int guess = 1; guess <= 10; guess++) {
            assertThat(summary("ml_" + ("guess" + guess + "x".repeat(43)).substring(0, 43), "198.51.100.3")
                    .statusCode()).isEqualTo(401);
        }
        String valid = tokens.create(data.missionId(), "Valid").token();

        HttpResponse<String> refused = summary(valid, "198.51.100.3");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("this client address");
        assertThat(summary(valid, "198.51.100.4").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> summary(String token, String clientAddress) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/summary"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", clientAddress).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
