package org.mentorlog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.base.ChosenLanguage;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The field app's endpoints as a tablet meets them over HTTP: who may call, with what, and what each refusal says. */
@IntegrationTest
class FieldApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestData data;

    private MockMvc mvc;
    private TeamRef team;
    private UserRef mentor;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        data.trainee(team, "Awa Traoré", "WOMAN");
    }

    @Test
    void without_a_session_the_app_is_told_to_sign_in_not_redirected() throws Exception {
        mvc.perform(get("/field-api/snapshot")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_snapshot_holds_the_mentors_team_texts_rules_and_a_csrf_token_in_her_language() throws Exception {
        String body = mvc.perform(get("/field-api/snapshot").with(asMentor()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.me.teamId").value(team.id()))
                .andExpect(jsonPath("$.me.language").value("fr"))
                .andExpect(jsonPath("$.csrfToken").isNotEmpty())
                .andExpect(jsonPath("$.sites[0].id").value(team.siteId()))
                .andExpect(jsonPath("$.trainees.length()").value(1))
                .andExpect(jsonPath("$.completenessRules.length()").value(5))
                .andExpect(jsonPath("$.messages['field.sync-now']").value("Synchroniser"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Awa Traoré");
    }

    @Test
    void the_snapshot_speaks_the_language_picked_in_the_menu_rather_than_the_browsers() throws Exception {
        RequestPostProcessor session = asMentor();
        mvc.perform(get("/field-api/snapshot").with(session).with(request -> {
                    request.getSession().setAttribute(ChosenLanguage.SESSION_ATTRIBUTE, "nb");
                    return request;
                }).locale(Locale.FRENCH))
                .andExpect(jsonPath("$.me.language").value("nb"))
                .andExpect(jsonPath("$.messages['field.sync-now']").value("Synkroniser nå"));
    }

    @Test
    void a_browser_asking_for_norwegian_gets_bokmal_as_the_menu_does() throws Exception {
        mvc.perform(get("/field-api/snapshot").with(asMentor()).locale(Locale.forLanguageTag("no")))
                .andExpect(jsonPath("$.me.language").value("nb"))
                .andExpect(jsonPath("$.messages['field.sync-now']").value("Synkroniser nå"));
    }

    @Test
    void a_draft_deleted_on_the_tablet_is_deleted_once_and_a_changed_one_answers_409() throws Exception {
        String log = UUID.randomUUID().toString();
        mvc.perform(change(log, log("Secure the scene")).with(asMentor()).with(csrf())).andExpect(status().isOk());

        mvc.perform(delete("/field-api/logs/" + log).param("version", "0").with(asMentor()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.messageKey").value("session.error.changed-elsewhere"));
        mvc.perform(delete("/field-api/logs/" + log).param("version", "1").with(asMentor()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/field-api/logs/" + log).param("version", "1").with(asMentor()).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/field-api/logs/" + log).param("version", "1").with(asMentor()).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(data.count("training_session where client_id = '" + log + "'")).isZero();
    }

    @Test
    void a_change_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(change(UUID.randomUUID().toString(), log("Secure the scene")).with(asMentor()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_team_leader_has_no_field_app() throws Exception {
        UserRef leader = data.user(Role.TEAM_LEADER, team);
        mvc.perform(get("/field-api/snapshot").with(signedIn(leader)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_log_is_stored_then_a_change_on_an_old_copy_answers_409_in_the_mentors_language() throws Exception {
        String log = UUID.randomUUID().toString();
        mvc.perform(change(log, log("Secure the scene")).with(asMentor()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clientId").value(log))
                .andExpect(jsonPath("$.log.version").value(1));
        mvc.perform(put("/field-api/logs/" + log).with(asMentor()).with(csrf()).locale(Locale.FRENCH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(UUID.randomUUID().toString(), 0L, log("Changed"), false)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.messageKey").value("session.error.changed-elsewhere"))
                .andExpect(jsonPath("$.message").value("Ce journal a été modifié dans un autre onglet ou sur un autre appareil."));
    }

    @Test
    void an_incomplete_submission_answers_422_with_the_fields_to_complete() throws Exception {
        mvc.perform(put("/field-api/logs/" + UUID.randomUUID()).with(asMentor()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(UUID.randomUUID().toString(), null, log(""), true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].field").value("purpose"))
                .andExpect(jsonPath("$.problems[0].message").value("State the purpose of the session."));
    }

    @Test
    void bad_input_answers_400_with_the_forms_message() throws Exception {
        String future = log("Secure the scene").replace(LocalDate.now().toString(), LocalDate.now().plusDays(3).toString());
        mvc.perform(change(UUID.randomUUID().toString(), future).with(asMentor()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The date cannot be in the future."));
    }

    private MockHttpServletRequestBuilder change(String clientId, String log) {
        return put("/field-api/logs/" + clientId).contentType(MediaType.APPLICATION_JSON)
                .content(body(UUID.randomUUID().toString(), null, log, false));
    }

    private static String body(String changeId, Long baseVersion, String log, boolean submit) {
        return """
                {"changeId": "%s", "baseVersion": %s, "previousChangeId": null, "submit": %s, "log": %s}
                """.formatted(changeId, baseVersion, submit, log);
    }

    private String log(String purpose) {
        return """
                {"id": null, "version": 0, "status": "DRAFT", "date": "%s", "startTime": "09:30", "durationMinutes": 90,
                 "siteId": %d, "format": "REAL_SCENE", "purpose": "%s", "topicIds": [], "language": "fr",
                 "coMentorIds": [], "unregisteredWomen": 2, "unregisteredMen": 3, "unregisteredUnknown": 0,
                 "genderContent": false, "attendees": [], "observations": [], "followUps": []}
                """.formatted(LocalDate.now(), team.siteId(), purpose);
    }

    private RequestPostProcessor asMentor() {
        return signedIn(mentor);
    }

    /** A browser session signed in through the login form, as the app's pages have it. */
    private RequestPostProcessor signedIn(UserRef account) {
        try {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/login").session(session).with(csrf()).with(sameSession(session))
                            .param("username", account.username()).param("password", "password"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/"));
            return sameSession(session);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The browser sends its session cookie: the session is the one it asks for. */
    private static RequestPostProcessor sameSession(MockHttpSession session) {
        return request -> {
            request.setSession(session);
            request.setRequestedSessionId(session.getId());
            return request;
        };
    }
}
