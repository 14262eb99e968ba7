package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HashedBundleCachingTest {

    private final HashedBundleCaching filter = new HashedBundleCaching();

    private String cacheControlOf(String path, String sentByVaadin) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) ->
                ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Cache-Control", sentByVaadin));
        return response.getHeader("Cache-Control");
    }

    @Test
    void a_hashed_production_bundle_is_kept_for_a_year_as_immutable() throws Exception {
        assertThat(cacheControlOf("/VAADIN/build/FlowClient-D5SapHsR.js", "max-age=3600"))
                .isEqualTo("max-age=31536000, immutable");
        assertThat(cacheControlOf("/VAADIN/build/labelled-input-controller-ZaPKHhw-.js", "max-age=3600"))
                .isEqualTo("max-age=31536000, immutable");
    }

    @Test
    void what_vaadin_does_not_let_browsers_cache_stays_uncached() throws Exception {
        assertThat(cacheControlOf("/VAADIN/build/indexhtml-486STzlk.js", "no-cache")).isEqualTo("no-cache");
    }

    @Test
    void files_without_a_content_hash_keep_vaadins_hour() throws Exception {
        assertThat(cacheControlOf("/sw.js", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControlOf("/VAADIN/build/stats.js", "max-age=3600")).isEqualTo("max-age=3600");
    }
}
