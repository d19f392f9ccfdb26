package org.carnet.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carnet.core.JournalPasswordException;
import org.carnet.core.StorageException;

/**
 * Compressed copies of the journal in {@code DATA/backups}: one automatic copy a day at start, the last
 * {@value #KEEP} kept, and a restore that first saves the current state. Names carry the date and time
 * ({@code carnet-2026-03-10-081500.zip}).
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    public static final String FOLDER = "backups";
    public static final int KEEP = 14;
    static final String BEFORE_RESTORE = "-before-restore";
    static final String RESTORING = ".restoring";
    /** The folder, in the data folder, of journal files that could not be opened and were replaced by a backup. */
    static final String DAMAGED = "damaged";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "carnet-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(-\\d+)?(" + BEFORE_RESTORE + ")?\\.zip");

    /** One backup file: when it was made, and whether it is the safety copy taken before a restore. */
    public record Backup(Path file, LocalDateTime createdAt, boolean beforeRestore, long sizeBytes) {
    }

    private Backups() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /**
     * The automatic backup at start: made unless one was already made today (by the clock's zone), then only the
     * newest {@value #KEEP} are kept. Returns the new backup, or empty when today's already exists.
     */
    public static Optional<Path> atStart(Database database, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        boolean doneToday = list(database.dataDir()).stream()
                .anyMatch(b -> !b.beforeRestore() && b.createdAt().toLocalDate().equals(today));
        if (doneToday) {
            return Optional.empty();
        }
        Path backup = create(database, clock);
        prune(database.dataDir(), KEEP);
        return Optional.of(backup);
    }

    /** A backup of the open database now, whatever the day's backups. */
    public static Path create(Database database, Clock clock) {
        Path folder = createFolder(database.dataDir());
        Path target = freeName(folder, LocalDateTime.now(clock), "");
        Path partial = folder.resolve(target.getFileName() + ".part");
        try {
            FilePermissions.createPrivateFile(partial);
            database.backupTo(partial);
            AtomicFiles.force(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.forceFolder(folder);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw StorageFailures.wrap("Cannot save the backup " + target, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        FilePermissions.ownerOnlyFile(target);
        LOG.info(() -> "Backed up the journal to " + target);
        return target;
    }

    /**
     * Deletes a backup made for an operation that then failed without changing the journal (the safety backup of a
     * replace): it would only push older backups out of the {@value #KEEP} kept. A failure is logged.
     */
    public static void discard(Path backup) {
        try {
            Files.deleteIfExists(backup);
            AtomicFiles.forceFolder(backup.getParent());
            LOG.info(() -> "Deleted the backup " + backup + ": the operation it was made for failed, the journal "
                    + "is unchanged");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the backup " + backup, e);
        }
    }

    /** Every backup in the data folder, newest first. */
    public static List<Backup> list(Path dataDir) {
        Path folder = folder(dataDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    backups.add(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), m.group(3) != null,
                            Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder, e);
        }
        backups.sort(Comparator.comparing(Backup::createdAt).thenComparing(b -> sequence(b.file())).reversed());
        return List.copyOf(backups);
    }

    /** {@link #restore(Path, Path, Clock, char[])} with the system clock and no password. */
    public static Path restore(Path dataDir, Path backupFile) {
        return restore(dataDir, backupFile, Clock.systemDefaultZone(), null);
    }

    /** {@link #restore(Path, Path, Clock, char[])} with no password. */
    public static Path restore(Path dataDir, Path backupFile, Clock clock) {
        return restore(dataDir, backupFile, clock, null);
    }

    /**
     * Replaces the journal by a backup. The database must be closed (this checks the folder's lock); reopen it
     * afterwards with {@link Database#open}. The backup is unpacked aside and must open (with {@code password} when
     * it is encrypted) before anything changes; a readable backup restored into a protected journal is encrypted
     * with its password. The current database is then zipped to a {@code -before-restore} backup, which is
     * returned, so a wrong choice can itself be undone.
     *
     * @throws JournalPasswordException when the backup is encrypted and {@code password} does not open it
     */
    public static Path restore(Path dataDir, Path backupFile, Clock clock, char[] password) {
        return restore(dataDir, backupFile, clock, password, false);
    }

    /**
     * Replaces a journal that cannot be opened by a backup, as {@link #restore(Path, Path, Clock, char[])} does, but
     * keeps the damaged file as it is, aside in {@code DATA/}{@value #DAMAGED} (its bytes copied before anything
     * changes, never overwritten, outside the {@value #KEEP} backups kept), for whoever helps to look at. Returns that
     * file.
     */
    public static Path restoreOverDamaged(Path dataDir, Path backupFile, Clock clock, char[] password) {
        return restore(dataDir, backupFile, clock, password, true);
    }

    /** The folder where a damaged journal is kept when a backup replaces it. */
    public static Path damagedFolder(Path dataDir) {
        return dataDir.resolve(DAMAGED);
    }

    private static Path restore(Path dataDir, Path backupFile, Clock clock, char[] password, boolean damaged) {
        if (!Files.isRegularFile(backupFile)) {
            throw new StorageException("No backup at " + backupFile);
        }
        return FolderLock.whileClosed(dataDir, "restore the backup " + backupFile, () -> {
            FileKey key = FileKey.of(password);
            try {
                // Built beside the journal and switched in by a rename (JournalSwitch): a crash leaves the journal
                // as it was or restored, never half of either.
                Path safety = JournalSwitch.replaceClosed(dataDir, "restore the backup " + backupFile.getFileName(),
                        key != null, staged -> {
                            Path unpacked = JournalSwitch.file(dataDir, JournalSwitch.NEXT + "-restore-in");
                            Encryption.unzipDatabase(backupFile, unpacked);
                            boolean backupEncrypted = Database.startsWithCipherHeader(unpacked);
                            if (backupEncrypted && key == null) {
                                throw new JournalPasswordException(dataDir, false, null);
                            }
                            if (!backupEncrypted && key != null) {
                                Encryption.copyRekeyed(unpacked, null, staged, key);
                                Files.delete(unpacked);
                            } else {
                                Files.move(unpacked, staged, StandardCopyOption.ATOMIC_MOVE);
                            }
                            Encryption.checkOpens(dataDir, JournalSwitch.NEXT, key);
                            return damaged ? keepDamaged(dataDir, clock) : zipCurrent(dataDir, clock);
                        });
                if (!damaged) {
                    prune(dataDir, KEEP);
                }
                LOG.info(() -> "Restored the journal from " + backupFile + "; previous " + (damaged ? "damaged file"
                        : "state") + " in " + safety);
                return safety;
            } catch (java.sql.SQLException e) {
                if (Database.hasErrorCode(e, Database.H2_WRONG_PASSWORD)) {
                    throw new JournalPasswordException(dataDir, true, e);
                }
                throw StorageFailures.wrap("The backup " + backupFile + " cannot be opened", e);
            }
        });
    }

    /** The counter of a second backup in the same second (1 for the first). */
    private static int sequence(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2).substring(1)) : 1;
    }

    /** Deletes all but the newest {@code keep} backups. */
    static void prune(Path dataDir, int keep) {
        List<Backup> backups = list(dataDir);
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete the old backup " + old.file(), e);
            }
        }
    }

    /** A copy of the closed, damaged journal file in {@value #DAMAGED}, whole and forced before the switch. */
    private static Path keepDamaged(Path dataDir, Clock clock) throws IOException {
        Path folder = damagedFolder(dataDir);
        AtomicFiles.createFolders(folder);
        FilePermissions.ownerOnlyFolder(folder);
        String stamp = "carnet-" + STAMP.format(LocalDateTime.now(clock));
        Path target = folder.resolve(stamp + ".mv.db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stamp + "-" + n + ".mv.db");
        }
        Path journal = Database.databaseFile(dataDir);
        Path kept = target;
        AtomicFiles.write(kept, out -> Files.copy(journal, out));
        LOG.warning(() -> "The journal in " + dataDir + " could not be opened: its file is kept as " + kept);
        return kept;
    }

    /** The closed database file, zipped as H2's BACKUP does (one entry, {@code carnet.mv.db}). */
    private static Path zipCurrent(Path dataDir, Clock clock) throws IOException {
        Path target = freeName(createFolder(dataDir), LocalDateTime.now(clock), BEFORE_RESTORE);
        Encryption.zipDatabase(Database.databaseFile(dataDir), target);
        return target;
    }

    private static Path createFolder(Path dataDir) {
        Path folder = folder(dataDir);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw StorageFailures.wrap("Cannot create the backups folder " + folder, e,
                    StorageException.Problem.FOLDER_UNAVAILABLE);
        }
        FilePermissions.ownerOnlyFolder(folder);
        return folder;
    }

    /** The backup's name for this time; a second one in the same second gets a counter rather than overwriting. */
    private static Path freeName(Path folder, LocalDateTime at, String suffix) {
        String stamp = "carnet-" + STAMP.format(at);
        Path candidate = folder.resolve(stamp + suffix + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stamp + "-" + n + suffix + ".zip");
        }
        return candidate;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + file, e);
        }
    }
}
