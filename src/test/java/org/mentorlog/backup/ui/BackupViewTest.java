package org.mentorlog.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void on_h2_the_administrator_gets_a_download_link_and_the_restore_command() {
        data.signIn(data.user(Role.ADMIN, null));
        navigate(BackupView.class);

        Anchor link = find(Anchor.class).withText("Download backup").single();
        assertThat(link.getHref()).endsWith(".sql.gz");
        assertThat(find(Pre.class).single().getText()).contains("org.h2.tools.RunScript")
                .contains("-options COMPRESSION GZIP");
    }
}
