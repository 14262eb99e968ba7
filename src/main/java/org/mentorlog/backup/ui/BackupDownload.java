package org.mentorlog.backup.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;

/** The backup file, written while it is sent; tells the page when it starts and how big it was. */
final class BackupDownload extends AbstractDownloadHandler<BackupDownload> {

    /** Writes the backup to the response and says how many bytes it wrote. */
    @FunctionalInterface
    interface Producer extends Serializable {
        long write(OutputStream out) throws IOException;
    }

    private final Producer producer;
    private final String fileName;

    BackupDownload(Producer producer, LocalDate today) {
        this.producer = producer;
        this.fileName = "mentorlog-backup-" + today + ".sql.gz";
    }

    /** Calls {@code done} in the UI with the size in bytes, or -1 when the backup failed. */
    BackupDownload whenFinished(SerializableConsumer<Long> done) {
        addTransferProgressListener(new TransferProgressListener() {
            @Override
            public void onComplete(TransferContext context, long bytes) {
                uiAccess(context, () -> done.accept(bytes));
            }

            @Override
            public void onError(TransferContext context, IOException reason) {
                uiAccess(context, () -> done.accept(-1L));
            }
        });
        return this;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) {
        setTransferUI(event.getUI());
        TransferContext context = getTransferContext(event);
        getListeners().forEach(listener -> listener.onStart(context));
        event.setFileName(fileName);
        event.setContentType("application/gzip");
        long bytes;
        try (OutputStream out = event.getOutputStream()) {
            bytes = producer.write(out);
        } catch (IOException | RuntimeException failed) {
            event.getResponse().setStatus(500);
            notifyError(event, failed instanceof IOException io ? io : new IOException(failed));
            return;
        }
        getListeners().forEach(listener -> listener.onComplete(context, bytes));
    }

    @Override
    public String getUrlPostfix() {
        return fileName;
    }
}
