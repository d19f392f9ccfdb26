package org.carnet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.carnet.core.JournalPasswordException;
import org.carnet.core.StorageException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Setting, changing or removing the journal's password (H2's AES file cipher). The journal must be closed. The new
 * file is written beside the old one and moved over it only once it opens with the new password, so an interruption
 * leaves the journal as it was. The backups are re-encrypted too: a protected journal leaves no readable copy behind.
 */
public final class Encryption {
    private static final Logger LOG = Logger.getLogger(Encryption.class.getName());
    static final String STAGING = ".rekey";

    /** What happened to the backups: re-encrypted, and removed because they could not be re-encrypted. */
    public record Outcome(int backupsChanged, int backupsRemoved) {
    }

    private Encryption() {
    }

    /**
     * Changes the password of the closed journal in {@code dataDir}: {@code current} null when it has none,
     * {@code next} null to remove it.
     *
     * @throws JournalPasswordException when {@code current} does not open the journal
     */
    public static Outcome change(Path dataDir, char[] current, char[] next) {
        return FolderLock.whileClosed(dataDir, "change the journal's password", () -> {
            Path staging = dataDir.resolve(STAGING);
            Path journal = Database.databaseFile(dataDir);
            boolean encrypted = Database.isEncrypted(dataDir);
            if (encrypted && !Database.hasPassword(current)) {
                throw new JournalPasswordException(dataDir, false, null);
            }
            FileKey decrypt = encrypted ? FileKey.of(current) : null;
            FileKey encrypt = FileKey.of(next);
            try {
                clear(staging);
                Files.createDirectories(staging);
                FilePermissions.ownerOnlyFolder(staging);
                Path staged = Database.databaseFile(staging);
                Files.copy(journal, staged);
                FilePermissions.ownerOnlyFile(staged);
                checkOpens(staging, decrypt);
                rekey(staging, decrypt, encrypt);
                checkOpens(staging, encrypt);
                AtomicFiles.force(staged);
                Files.move(staged, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                AtomicFiles.forceFolder(dataDir);
                FilePermissions.ownerOnlyFile(journal);
                LOG.info(() -> "Journal password " + (Database.hasPassword(next) ? "set" : "removed") + " in " + dataDir);
                return rekeyBackups(dataDir, encrypted ? decrypt : FileKey.of(current), encrypt, staging);
            } catch (SQLException e) {
                if (Database.hasErrorCode(e, Database.H2_WRONG_PASSWORD)) {
                    throw new JournalPasswordException(dataDir, true, e);
                }
                throw StorageFailures.wrap("Cannot change the journal's password", e);
            } finally {
                clear(staging);
            }
        });
    }

    /** Re-encrypts every backup from {@code current} (or none) to {@code next} (or none). */
    private static Outcome rekeyBackups(Path dataDir, FileKey current, FileKey next, Path staging) throws IOException {
        int changed = 0;
        int removed = 0;
        for (Backups.Backup backup : Backups.list(dataDir)) {
            try {
                clear(staging);
                Files.createDirectories(staging);
                Path staged = Database.databaseFile(staging);
                unzipDatabase(backup.file(), staged);
                boolean backupEncrypted = Database.startsWithCipherHeader(staged);
                rekey(staging, backupEncrypted ? current : null, next);
                zipDatabase(staged, backup.file());
                changed++;
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot re-encrypt the backup " + backup.file(), e);
                if (next != null) {
                    // A copy left readable would defeat the password: a backup that cannot be re-encrypted goes.
                    Files.deleteIfExists(backup.file());
                    removed++;
                }
            }
        }
        return new Outcome(changed, removed);
    }

    /** Re-encrypts the journal file in {@code folder} in place (H2 writes a new file, then replaces the old). */
    static void rekey(Path folder, FileKey decrypt, FileKey encrypt) throws SQLException {
        rekey(folder, Database.FILE_NAME, decrypt, encrypt);
    }

    /** The same for the file {@code baseName}{@code .mv.db} in {@code folder}. */
    static void rekey(Path folder, String baseName, FileKey decrypt, FileKey encrypt) throws SQLException {
        if (decrypt == null && encrypt == null) {
            return;
        }
        ChangeFileEncryption.execute(folder.toString(), baseName, "AES",
                decrypt == null ? null : decrypt.chars(), encrypt == null ? null : encrypt.chars(), true);
    }

    /** Opens the journal file in {@code folder} read-only with {@code key}: it must open and hold tables. */
    static void checkOpens(Path folder, FileKey key) throws SQLException {
        checkOpens(folder, Database.FILE_NAME, key);
    }

    /** The same for the file {@code baseName}{@code .mv.db} in {@code folder}. */
    static void checkOpens(Path folder, String baseName, FileKey key) throws SQLException {
        try (Connection c = Database.dataSource(folder, baseName, key, true).getConnection();
             var statement = c.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES")) {
            rows.next();
        }
    }

    static void unzipDatabase(Path zipFile, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // Only the file name counts: never a path from inside the zip.
                if (!entry.isDirectory() && Path.of(entry.getName()).getFileName().toString().endsWith(".mv.db")) {
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    FilePermissions.ownerOnlyFile(target);
                    return;
                }
            }
        }
        throw new StorageException("The backup " + zipFile + " holds no journal database");
    }

    /**
     * Writes a zip of {@code database} (empty when there is no such file) to {@code zipFile}, aside first and then
     * moved over it, readable by the owner only.
     */
    static void zipDatabase(Path database, Path zipFile) throws IOException {
        Path partial = zipFile.resolveSibling(zipFile.getFileName() + ".part");
        Files.deleteIfExists(partial);
        FilePermissions.createPrivateFile(partial);
        try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            if (Files.exists(database)) {
                zip.putNextEntry(new ZipEntry(Database.FILE_NAME + ".mv.db"));
                Files.copy(database, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        AtomicFiles.force(partial);
        Files.move(partial, zipFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.forceFolder(zipFile.getParent());
        FilePermissions.ownerOnlyFile(zipFile);
    }

    static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
