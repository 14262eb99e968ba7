package org.mentorlog.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A summary slower than the app's patience (here none at all) leaves the page usable and says it is coming. */
@IntegrationTest
@TestPropertySource(properties = "mentorlog.summary.patience=0ms")
class SummaryProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_slow_summary_shows_progress_at_once_and_its_figures_when_they_are_ready() throws InterruptedException {
        data.trainee(data.team(), "Awa Traoré", "WOMAN");
        data.signIn(data.user(Role.HQ_ANALYST, null));

        navigate(HeadquartersSummaryView.class);

        Div busy = find(Div.class).withClassName("summary-busy").single();
        assertThat(busy.isVisible()).isTrue();
        assertThat(busy.getElement().getTextRecursively()).startsWith("Computing the summary");

        // The figures and the end of the progress line arrive in separate pushes from the worker thread.
        for (int i = 0; i < 200 && (!find(Grid.class).withClassName("summary-table").exists() || busy.isVisible()); i++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(find(Grid.class).withClassName("summary-table").exists()).isTrue();
        assertThat(busy.isVisible()).isFalse();
    }
}
