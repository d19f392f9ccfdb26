package org.carnet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Setting, changing or removing the journal's password (H2's AES file cipher). The journal must be closed. Nothing is
 * changed in place: the journal and every backup are written again beside themselves, straight from the old key to
 * the new one (no plain intermediate when a password is set or changed), each checked to open with the new key, and
 * all of them switched in at once through a {@link JournalSwitch} (a marker, then atomic renames). A crash at any
 * moment leaves the journal and all its backups under the old password or all under the new one, never a mix; a start
 * finishes or undoes what the crash cut short. A protected journal leaves no readable copy behind.
 */
public final class Encryption {
    private static final Logger LOG = Logger.getLogger(Encryption.class.getName());
    /** The folder a start uses to encrypt a backup left plain by an older version ({@link StartRecovery}). */
    static final String STAGING = ".rekey";
    /** A backup unpacked beside the journal, before it is written again under the new key. */
    private static final String BACKUP_IN = JournalSwitch.NEXT + "-backup-in";
    /** That backup written again under the new key, before it is zipped beside the backup. */
    private static final String BACKUP_OUT = JournalSwitch.NEXT + "-backup-out";
    private static final int CHUNK = 64 * 1024;

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
            Path journal = Database.databaseFile(dataDir);
            boolean encrypted = Database.isEncrypted(dataDir);
            if (encrypted && !Database.hasPassword(current)) {
                throw new JournalPasswordException(dataDir, false, null);
            }
            FileKey decrypt = encrypted ? FileKey.of(current) : null;
            FileKey encrypt = FileKey.of(next);
            String operation = encrypt == null ? "remove the journal's password"
                    : encrypted ? "change the journal's password" : "set a password on the journal";
            try {
                Outcome outcome = JournalSwitch.replaceClosed(dataDir, operation, encrypt != null,
                        (nextFile, beside) -> {
                            checkOpens(dataDir, decrypt);
                            copyRekeyed(journal, decrypt, nextFile, encrypt);
                            checkOpens(dataDir, JournalSwitch.NEXT, encrypt);
                            return rekeyBackups(dataDir, encrypted ? decrypt : FileKey.of(current), encrypt, beside);
                        });
                LOG.info(() -> "Journal password " + (encrypt != null ? "set" : "removed") + " in " + dataDir + ": "
                        + outcome.backupsChanged() + " backup(s) written again, " + outcome.backupsRemoved()
                        + " removed");
                return outcome;
            } catch (SQLException e) {
                if (Database.hasErrorCode(e, Database.H2_WRONG_PASSWORD)) {
                    throw new JournalPasswordException(dataDir, true, e);
                }
                throw StorageFailures.wrap("Cannot change the journal's password", e);
            }
        });
    }

    /**
     * Writes every backup again from {@code current} (or none) to {@code next} (or none), beside itself, for the
     * switch to put in place. A backup that cannot be re-encrypted is removed by the switch when the journal gets a
     * password (a readable copy would defeat it), else left as it is.
     */
    private static Outcome rekeyBackups(Path dataDir, FileKey current, FileKey next, JournalSwitch.Beside beside)
            throws IOException {
        int changed = 0;
        int removed = 0;
        Path in = JournalSwitch.file(dataDir, BACKUP_IN);
        Path out = JournalSwitch.file(dataDir, BACKUP_OUT);
        for (Backups.Backup backup : Backups.list(dataDir)) {
            try {
                unzipDatabase(backup.file(), in);
                boolean backupEncrypted = Database.startsWithCipherHeader(in);
                if (!readsWith(in, backupEncrypted ? current : null)) {
                    throw new StorageException("The backup " + backup.file() + " is not under the journal's "
                            + "password");
                }
                copyRekeyed(in, backupEncrypted ? current : null, out, next);
                zipDatabase(out, beside.replacing(backup.file()));
                changed++;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot re-encrypt the backup " + backup.file(), e);
                if (next != null) {
                    beside.removing(backup.file());
                    removed++;
                }
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        }
        return new Outcome(changed, removed);
    }

    /**
     * Writes the database file {@code from} (encrypted with {@code fromKey}, or plain when null) to {@code to}
     * (encrypted with {@code toKey}, or plain), block by block through H2's file cipher, and forces it to the disk.
     * Only the new key's bytes reach {@code to}: setting a password never writes a plain copy.
     */
    static void copyRekeyed(Path from, FileKey fromKey, Path to, FileKey toKey) throws IOException {
        Files.deleteIfExists(to);
        FilePermissions.createPrivateFile(to);
        try (FileChannel in = channel(from, fromKey, StandardOpenOption.READ);
             FileChannel out = channel(to, toKey, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long size = in.size();
            for (long position = 0; position < size; ) {
                buffer.clear();
                buffer.limit((int) Math.min(CHUNK, size - position));
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, position + buffer.position()) < 0) {
                        throw new IOException("The file " + from + " ended before its size");
                    }
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer, position + buffer.position());
                }
                position += buffer.limit();
            }
            out.force(true);
        }
    }

    /** The first bytes of every H2 database file once decrypted (its MVStore header). */
    private static final byte[] STORE_HEADER = "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * True when {@code key} (or none) reads the database file: its first block decrypts to H2's store header. Much
     * cheaper than opening it, for the backups (their content is copied as it is, block by block).
     */
    static boolean readsWith(Path file, FileKey key) throws IOException {
        try (FileChannel in = channel(file, key, StandardOpenOption.READ)) {
            ByteBuffer start = ByteBuffer.allocate(STORE_HEADER.length);
            while (start.hasRemaining() && in.read(start, start.position()) >= 0) {
                // read the header's bytes
            }
            return java.util.Arrays.equals(start.array(), STORE_HEADER);
        }
    }

    private static FileChannel channel(Path file, FileKey key, StandardOpenOption... options) throws IOException {
        FileChannel base = FileChannel.open(file, options);
        if (key == null) {
            return base;
        }
        char[] chars = key.chars();
        try {
            return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(chars), base);
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
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
