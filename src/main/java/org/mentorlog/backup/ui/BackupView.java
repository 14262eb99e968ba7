package org.mentorlog.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import org.mentorlog.backup.BackupService;
import org.mentorlog.security.Roles;

/**
 * An administrator downloads a backup of the running installation (H2), or reads how to take one with
 * pg_dump (PostgreSQL), and how to restore it into an empty installation.
 */
@Route("admin/backup")
@Menu(title = "backup.menu", order = 85, icon = "download")
@RolesAllowed(Roles.ADMIN)
class BackupView extends Main implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;
    static final String H2_RESTORE = """
            java -cp h2-2.5.252.jar org.h2.tools.RunScript \\
                 -url jdbc:h2:file:/var/lib/mentorlog-restored/mentorlog -user sa \\
                 -script mentorlog-backup-DATE.sql.gz -options COMPRESSION GZIP""";
    static final String PG_DUMP = "pg_dump --format=custom --file=mentorlog.dump \"$DATABASE_URL\"";
    static final String PG_RESTORE = """
            createdb mentorlog_restored
            pg_restore --exit-on-error --no-owner --dbname=mentorlog_restored mentorlog.dump""";

    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();

    BackupView(BackupService backups, Clock clock) {
        addClassName("page");
        if (backups.onlineBackupAvailable()) {
            BackupDownload download = new BackupDownload(backups::writeBackup, LocalDate.now(clock))
                    .whenStart(this::preparing).whenFinished(this::finished);
            Anchor link = new Anchor(download, getTranslation("backup.download"));
            link.getElement().setAttribute("download", true);
            link.addClassName("export-link");
            link.getElement().addEventListener("click", event -> preparing());
            progress.setIndeterminate(true);
            progress.setVisible(false);
            status.addClassName("backup-status");
            status.getElement().setAttribute("aria-live", "polite");
            add(new Paragraph(getTranslation("backup.h2.explain")), new Div(link, progress, status),
                    new H2(getTranslation("backup.restore.title")), new Paragraph(getTranslation("backup.h2.restore")),
                    new Pre(H2_RESTORE), new Paragraph(getTranslation("backup.restore.start")));
        } else {
            add(new Paragraph(getTranslation("backup.pg.explain")), new Pre(PG_DUMP),
                    new H2(getTranslation("backup.restore.title")), new Paragraph(getTranslation("backup.pg.restore")),
                    new Pre(PG_RESTORE), new Paragraph(getTranslation("backup.restore.start")));
        }
        add(new Paragraph(getTranslation("backup.keep-safe")));
    }

    private void preparing() {
        progress.setVisible(true);
        status.setText(getTranslation("backup.preparing"));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    private void finished(long bytes) {
        progress.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        status.setText(bytes < 0 ? getTranslation("backup.failed")
                : getTranslation("backup.done", NumberFormat.getIntegerInstance(getLocale()).format(bytes)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
