package org.mentorlog.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Spring Boot's {@code /error} answers requests that neither Vaadin nor the API's own handler answer.
 * The servlet container forwards a failed request there with the exception in request attributes;
 * this test does the same.
 */
@IntegrationTest
class SpringErrorPageTest {

    private static final String SECRET = "TypeMismatchDataAccessException: Result value is null [90098-240]";

    @Autowired
    WebApplicationContext context;

    @Test
    void the_error_page_for_a_browser_shows_neither_the_exception_nor_its_message() throws Exception {
        String page = failedRequestAnsweredAs(MediaType.TEXT_HTML);

        assertThat(page).contains("500").doesNotContain("IllegalStateException").doesNotContain("TypeMismatch")
                .doesNotContain("90098").doesNotContain("at org.mentorlog");
    }

    @Test
    void the_error_answer_for_a_program_shows_neither_the_exception_nor_its_message() throws Exception {
        String body = failedRequestAnsweredAs(MediaType.APPLICATION_JSON);

        assertThat(body).contains("\"status\":500").doesNotContain("IllegalStateException")
                .doesNotContain("TypeMismatch").doesNotContain("\"trace\"").doesNotContain("\"message\"");
    }

    private String failedRequestAnsweredAs(MediaType type) throws Exception {
        // Without the security filters: those refuse most requests outside Vaadin and the API before any
        // error page; this checks what the page itself would tell whoever does reach it.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(SECRET))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/export/report")
                        .accept(type))
                .andReturn().getResponse().getContentAsString();
    }
}
