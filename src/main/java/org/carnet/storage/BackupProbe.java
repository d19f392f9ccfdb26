package org.carnet.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the journal cannot be opened: the newest automatic backup that does open, with its date and the number of
 * days it holds, so that the person is offered a way out rather than a dead end. Each backup is unpacked in a
 * private folder beside the journal, opened read-only, counted, and the unpacked copy deleted; the journal and the
 * backups themselves are never changed. Backups encrypted with a password are tried only with that password.
 */
public final class BackupProbe {
    private static final Logger LOG = Logger.getLogger(BackupProbe.class.getName());
    static final String PROBING = ".probing";

    /** A backup that opens, and how many days (check-ins or episodes) it holds. */
    public record Found(Backups.Backup backup, int days) {
    }

    private BackupProbe() {
    }

    /** The newest backup in {@code dataDir} that opens (with {@code password} when it is encrypted), if any. */
    public static Optional<Found> newestThatOpens(Path dataDir, char[] password) {
        FileKey key = Database.hasPassword(password) ? FileKey.of(password) : null;
        Path staging = dataDir.resolve(PROBING);
        try {
            for (Backups.Backup backup : Backups.list(dataDir)) {
                Optional<Integer> days = days(backup.file(), staging, key);
                if (days.isPresent()) {
                    return Optional.of(new Found(backup, days.get()));
                }
            }
            return Optional.empty();
        } finally {
            try {
                Encryption.clear(staging);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete " + staging, e);
            }
        }
    }

    private static Optional<Integer> days(Path backup, Path staging, FileKey key) {
        try {
            Encryption.clear(staging);
            AtomicFiles.createFolders(staging);
            Path staged = Database.databaseFile(staging);
            Encryption.unzipDatabase(backup, staged);
            boolean encrypted = Database.startsWithCipherHeader(staged);
            if (encrypted && key == null) {
                LOG.info(() -> "Backup " + backup + " is encrypted and no password was given: not tried");
                return Optional.empty();
            }
            try (Connection c = Database.dataSource(staging, encrypted ? key : null, true).getConnection();
                 var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM (SELECT entry_day FROM check_in "
                         + "UNION SELECT entry_day FROM episode) d")) {
                rows.next();
                return Optional.of(rows.getInt(1));
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Backup " + backup + " does not open", e);
            return Optional.empty();
        }
    }
}
