package org.carnet.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What a start does before the journal opens, when a large step was interrupted (killed, power lost). An import or a
 * restore switches the journal's file through {@link JournalSwitch}, whose marker tells a start to finish or undo it.
 * Every other such step (password change, backup, export) writes aside and switches by one atomic rename, so the file under
 * the journal's name is always the state before or the state after; what an interruption can leave is only the
 * aside: the {@code .rekey}, {@code .restoring} or {@code .probing} folder (which may hold a copy of the journal,
 * even a plain one) and {@code .part} files. They are deleted here, and each deletion is logged to carnet.log.
 *
 * <p>Once a protected journal has opened with its password, {@link #encryptPlainBackups} finishes a password change
 * cut short: a backup still in plain text is encrypted with the journal's key, so that no readable copy remains.
 */
final class StartRecovery {
    private static final Logger LOG = Logger.getLogger(StartRecovery.class.getName());
    private static final List<String> ASIDE_FOLDERS = List.of(Encryption.STAGING, Backups.RESTORING,
            BackupProbe.PROBING);

    private StartRecovery() {
    }

    /**
     * Finishes or undoes an interrupted {@link JournalSwitch} (import, restore) from its marker, then deletes what an
     * interrupted step left aside in {@code dataDir} (the journal must not be open).
     */
    static void clearLeftovers(Path dataDir) {
        JournalSwitch.recover(dataDir);
        for (String name : ASIDE_FOLDERS) {
            Path folder = dataDir.resolve(name);
            if (Files.exists(folder)) {
                try {
                    Encryption.clear(folder);
                    LOG.warning(() -> "Start-up recovery: deleted " + folder + ", left by an interrupted step "
                            + "(the journal itself is the state before or after it)");
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Start-up recovery: cannot delete " + folder, e);
                }
            }
        }
        deleteParts(dataDir);
        deleteParts(Backups.folder(dataDir));
    }

    private static void deleteParts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(AtomicFiles.PART))
                    ::iterator) {
                Files.deleteIfExists(file);
                LOG.warning(() -> "Start-up recovery: deleted the half-written " + file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Start-up recovery: cannot list " + folder, e);
        }
    }

    /** Encrypts with {@code key} every backup of {@code dataDir} still in plain text; returns how many. */
    static int encryptPlainBackups(Path dataDir, FileKey key) {
        int done = 0;
        Path staging = dataDir.resolve(Encryption.STAGING);
        try {
            for (Backups.Backup backup : Backups.list(dataDir)) {
                try {
                    if (!holdsPlainDatabase(backup.file())) {
                        continue; // read from the zip's first bytes: a start stays cheap
                    }
                    Encryption.clear(staging);
                    AtomicFiles.createFolders(staging);
                    Path plain = staging.resolve("plain.mv.db");
                    Encryption.unzipDatabase(backup.file(), plain);
                    if (Database.startsWithCipherHeader(plain)) {
                        continue;
                    }
                    Path staged = Database.databaseFile(staging);
                    Encryption.copyRekeyed(plain, null, staged, key);
                    Encryption.zipDatabase(staged, backup.file());
                    done++;
                    LOG.warning(() -> "Start-up recovery: encrypted the backup " + backup.file()
                            + ", left in plain text by an interrupted password change");
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Start-up recovery: cannot encrypt " + backup.file() + "; deleted", e);
                    deleteQuietly(backup.file());
                }
            }
        } finally {
            try {
                Encryption.clear(staging);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete " + staging, e);
            }
        }
        return done;
    }

    /** True when the zip's journal entry does not start with H2's cipher header. */
    private static boolean holdsPlainDatabase(Path zipFile) throws IOException {
        byte[] header = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(zipFile))) {
            var entry = zip.getNextEntry();
            if (entry == null) {
                return false;
            }
            byte[] start = zip.readNBytes(header.length);
            return !java.util.Arrays.equals(start, header);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }
}
