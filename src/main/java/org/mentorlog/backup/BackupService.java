package org.mentorlog.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.mentorlog.audit.AuditService;
import org.mentorlog.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online backups of the H2 database: H2's {@code SCRIPT} command, read in one snapshot transaction,
 * so the copy is consistent while mentors keep writing. A file copy of {@code mentorlog.mv.db} under a
 * running application is not. PostgreSQL installations use {@code pg_dump}, which does the same there.
 */
@Service
public class BackupService {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final AuditService audit;

    BackupService(DataSource dataSource, TransactionTemplate transactions, AuditService audit) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Whether this installation runs on H2, the only database this service backs up itself. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public boolean onlineBackupAvailable() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The database is unreachable", unreachable);
        }
    }

    /**
     * Writes a gzip-compressed SQL script of the whole database (schema, data, Flyway's history) to
     * {@code out}, and audits it. The script restores into an empty database with H2's
     * {@code RunScript} tool (README, "Backup and restore").
     *
     * @return the number of bytes written, compressed
     * @throws IllegalStateException on PostgreSQL
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    public long writeBackup(OutputStream out) throws IOException {
        if (!onlineBackupAvailable()) {
            throw new IllegalStateException("Online backups are for H2; back up PostgreSQL with pg_dump");
        }
        transactions.executeWithoutResult(status -> audit.record("backup", null, "DOWNLOAD", "H2 SCRIPT, gzip"));
        CountingStream counted = new CountingStream(out);
        try (Writer script = new OutputStreamWriter(new GZIPOutputStream(counted), StandardCharsets.UTF_8)) {
            writeScript(script);
        }
        return counted.count;
    }

    private void writeScript(Writer script) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            // SERIALIZABLE reads one snapshot of every table: no row committed meanwhile is half in the copy.
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement();
                 ResultSet lines = statement.executeQuery("SCRIPT")) {
                while (lines.next()) {
                    script.write(lines.getString(1));
                    script.write('\n');
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException failed) {
            throw new IOException("The backup failed: " + failed.getMessage(), failed);
        }
    }

    /** Counts the compressed bytes on their way out. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void close() throws IOException {
            flush();
            // The caller owns the response stream.
        }
    }
}
