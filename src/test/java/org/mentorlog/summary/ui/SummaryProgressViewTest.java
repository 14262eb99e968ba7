package org.mentorlog.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.base.ui.PageText;
import org.mentorlog.security.Role;
import org.mentorlog.summary.SummaryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

/** A summary slower than the app's patience (here none at all) leaves the page usable and says it is coming. */
@IntegrationTest
@TestPropertySource(properties = "mentorlog.summary.patience=0ms")
class SummaryProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    /** Stubbed behind its security proxy (matchers pass nulls); held back until the test has seen the progress line: a quick machine would otherwise finish first. */
    @MockitoSpyBean
    SummaryService summaries;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void signOut() {
        release.countDown();
        data.signOut();
    }

    @Test
    void a_slow_summary_shows_progress_at_once_and_its_figures_when_they_are_ready() throws InterruptedException {
        data.trainee(data.team(), "Awa Traoré", "WOMAN");
        data.signIn(data.user(Role.HQ_ANALYST, null));
        doAnswer(call -> {
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return call.callRealMethod();
        }).when(AopTestUtils.<SummaryService>getUltimateTargetObject(summaries)).summarize(any(), any());

        navigate(HeadquartersSummaryView.class);

        Div busy = find(Div.class).withClassName("summary-busy").single();
        assertThat(busy.isVisible()).isTrue();
        assertThat(PageText.of(busy)).startsWith("Computing the summary");
        assertThat(PageText.markup(busy).select("vaadin-progress-bar[indeterminate]")).hasSize(1);

        assertThat(shown()).isFalse();
        release.countDown();

        // The figures and the end of the progress line arrive in separate pushes from the worker thread.
        for (int i = 0; i < 200 && (!shown() || busy.isVisible()); i++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(shown()).isTrue();
        assertThat(busy.isVisible()).isFalse();
    }

    /** Whether the summary's figures are on the page. */
    private boolean shown() {
        return find(Div.class).withClassName("summary-results").single().getElement().getProperty("innerHTML", "")
                .contains("class=\"headline\"");
    }
}
