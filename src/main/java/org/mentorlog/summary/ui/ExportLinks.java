package org.mentorlog.summary.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mentorlog.summary.SummaryExport;
import org.mentorlog.summary.SummaryQuery;

/**
 * The summary's downloads (CSV, Excel, PDF report) with a "preparing" line while a file is made.
 * The application has no server push, so a tap on a link starts polling until the transfer
 * listeners report that the download ended; the links stay usable throughout.
 */
class ExportLinks extends Div {

    private static final int POLL_MILLIS = 1000;

    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();

    ExportLinks(SummaryExport export, SerializableSupplier<SummaryQuery> query) {
        addClassName("export-links");
        Locale locale = getLocale();
        add(link("summary.export.csv", new ExportDownload("mentorlog-summary.csv", "text/csv; charset=UTF-8",
                out -> export.writeCsv(query.get(), new OutputStreamWriter(out, StandardCharsets.UTF_8)))));
        add(link("summary.export.xlsx", new ExportDownload("mentorlog-summary.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> export.writeXlsx(query.get(), locale, out))));
        add(link("summary.export.pdf", new ExportDownload("mentorlog-summary.pdf", "application/pdf",
                out -> export.writePdf(query.get(), locale, out))));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.addClassName("export-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(progress, status);
    }

    private Anchor link(String labelKey, ExportDownload download) {
        download.whenStart(this::preparing).whenComplete(this::finished);
        Anchor anchor = new Anchor(download, getTranslation(labelKey));
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("export-link");
        // The tap reaches the server at once, before the file is ready: say so and poll for the end.
        anchor.getElement().addEventListener("click", event -> preparing());
        return anchor;
    }

    private void preparing() {
        progress.setVisible(true);
        status.setText(getTranslation("summary.export.preparing"));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    private void finished(boolean success) {
        progress.setVisible(false);
        status.setText("");
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        Notification.show(getTranslation(success ? "summary.export.ready" : "summary.export.failed"));
    }
}
