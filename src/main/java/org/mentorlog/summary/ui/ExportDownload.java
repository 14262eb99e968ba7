package org.mentorlog.summary.ui;

import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.TransferContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;

/**
 * A download whose file is produced while it is sent, with the transfer listeners told when it
 * starts and how it ends, so the page can say that the file is being prepared.
 */
final class ExportDownload extends AbstractDownloadHandler<ExportDownload> {

    /** Writes the file to the response. */
    @FunctionalInterface
    interface Producer extends Serializable {
        void write(OutputStream out) throws IOException;
    }

    private final String fileName;
    private final String contentType;
    private final Producer producer;

    ExportDownload(String fileName, String contentType, Producer producer) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.producer = producer;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) {
        setTransferUI(event.getUI());
        TransferContext context = getTransferContext(event);
        getListeners().forEach(listener -> listener.onStart(context));
        event.setFileName(fileName);
        event.setContentType(contentType);
        try (OutputStream out = event.getOutputStream()) {
            producer.write(out);
        } catch (IOException | RuntimeException failed) {
            event.getResponse().setStatus(500);
            notifyError(event, failed instanceof IOException io ? io : new IOException(failed));
            return;
        }
        getListeners().forEach(listener -> listener.onComplete(context, -1));
    }

    @Override
    public String getUrlPostfix() {
        return fileName;
    }
}
