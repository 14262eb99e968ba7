package org.mentorlog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.ApiClient;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private long missionId;

    @BeforeEach
    void signInAsAdministrator() {
        TeamRef team = data.team();
        missionId = jdbc.sql("select mission_id from team where id = ?").param(team.id()).query(Long.class).single();
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_new_token_is_shown_once_and_only_its_hash_is_stored() throws Exception {
        IssuedApiToken issued = tokens.create(missionId, "  HQ dashboard ");

        assertThat(issued.token()).matches("ml_[A-Za-z0-9_-]{43}");
        assertThat(issued.row().name()).isEqualTo("HQ dashboard");
        Map<String, Object> stored = jdbc.sql("select * from api_token where id = ?").param(issued.row().id())
                .query().singleRow();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.token().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(stored.get("TOKEN_HASH")).isEqualTo(sha256);
        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(issued.token().substring(3)));
        assertThat(tokens.list(PageRequest.of(0, 50))).filteredOn(row -> row.id().equals(issued.row().id()))
                .singleElement().hasToString(issued.row().toString());
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void two_tokens_are_never_the_same() {
        IssuedApiToken first = tokens.create(missionId, "First");
        IssuedApiToken second = tokens.create(missionId, "Second");

        assertThat(first.token()).isNotEqualTo(second.token());
    }

    @Test
    void a_valid_token_names_its_mission_and_notes_when_it_was_used() {
        IssuedApiToken issued = tokens.create(missionId, "Reporting tool");
        data.signOut();

        ApiClient client = tokens.verify(issued.token()).orElseThrow();

        assertThat(client.missionId()).isEqualTo(missionId);
        assertThat(client.tokenId()).isEqualTo(issued.row().id());
        assertThat(jdbc.sql("select last_used_at from api_token where id = ?").param(issued.row().id())
                .query(Object.class).single()).isNotNull();
    }

    @Test
    void a_revoked_token_no_longer_verifies_and_the_revocation_is_audited() {
        IssuedApiToken issued = tokens.create(missionId, "Old tool");

        ApiTokenRow revoked = tokens.revoke(issued.row().id());

        assertThat(revoked.revoked()).isTrue();
        assertThat(tokens.verify(issued.token())).isEmpty();
        List<String> trail = jdbc.sql("select action from audit_event where entity_type = 'api_token'"
                + " and entity_id = ? order by id").param(issued.row().id()).query(String.class).list();
        assertThat(trail).containsExactly("CREATE", "REVOKE");
        assertThat(data.auditSummaries("api_token")).noneMatch(summary -> summary.contains(issued.token()));
    }

    @Test
    void unknown_or_malformed_tokens_do_not_verify() {
        assertThat(tokens.verify("ml_" + "B".repeat(43))).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("x".repeat(10_000))).isEmpty();
    }

    @Test
    void a_token_needs_a_name_and_an_existing_mission() {
        assertThatThrownBy(() -> tokens.create(missionId, "  ")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("api-token.error.name-required");
        assertThatThrownBy(() -> tokens.create(missionId, "x".repeat(ApiTokenLimits.NAME_MAX + 1)))
                .hasMessageStartingWith("api-token.error.name-too-long");
        assertThatThrownBy(() -> tokens.create(-1, "Nowhere")).hasMessageStartingWith("api-token.error.unknown-mission");
    }

    @Test
    void only_an_administrator_creates_lists_or_revokes_tokens() {
        IssuedApiToken issued = tokens.create(missionId, "Kept");
        long before = data.count("api_token");
        data.signIn(data.user(Role.HQ_ANALYST, null));

        assertThatThrownBy(() -> tokens.create(missionId, "Sneaky")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(issued.row().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(data.count("api_token")).isEqualTo(before);
        assertThat(tokens.verify(issued.token())).isPresent();
    }
}
