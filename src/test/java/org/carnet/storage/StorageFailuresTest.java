package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.carnet.core.StorageException;
import org.carnet.core.StorageException.Problem;
import org.carnet.journal.CheckIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder that is missing, read-only or full gives a problem the person can act on, and loses nothing saved. */
class StorageFailuresTest {
    @TempDir
    Path temp;

    @Test
    void causesAreReadThroughTheWholeChain() {
        assertThat(StorageFailures.classify(new SQLException("General error",
                new RuntimeException("Writing failed", new IOException("No space left on device")))))
                .isEqualTo(Problem.DISK_FULL);
        assertThat(StorageFailures.classify(new IOException("There is not enough space on the disk")))
                .isEqualTo(Problem.DISK_FULL);
        assertThat(StorageFailures.classify(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo(Problem.READ_ONLY);
        assertThat(StorageFailures.classify(new SQLException("The database is read only", "90097", 90097)))
                .isEqualTo(Problem.READ_ONLY);
        assertThat(StorageFailures.classify(new AccessDeniedException("/x"))).isEqualTo(Problem.FOLDER_UNAVAILABLE);
        assertThat(StorageFailures.classify(new SQLException("The database has been closed", "90098", 90098)))
                .isEqualTo(Problem.JOURNAL_CLOSED);
        assertThat(StorageFailures.classify(new SQLException("Syntax error", "42000", 42000)))
                .isEqualTo(Problem.OTHER);
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsSaidSoAtStart() throws IOException {
        Path aFile = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> Database.open(aFile.resolve("carnet")))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.FOLDER_UNAVAILABLE));
    }

    // The tests below mount a small tmpfs: they need root (or CAP_SYS_ADMIN) and are skipped elsewhere.

    @Test
    void aFullDiskStopsTheSaveWithItsOwnProblemAndEverySavedDayIsStillThere() throws Exception {
        Path mount = Files.createDirectory(temp.resolve("small"));
        // Room for the empty journal with every migration, then a few thousand notes fill it (3 MB left room for only
        // 3 notes once V8 and V9 came).
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()), "cannot mount a tmpfs");
        Path copy = temp.resolve("copy");
        List<LocalDate> saved = new ArrayList<>();
        try {
            Path dataDir = mount.resolve("carnet");
            Database database = Database.open(dataDir);
            JdbcJournalRepository journal = new JdbcJournalRepository(database);
            StorageException failure = null;
            LocalDate day = LocalDate.of(2020, 1, 1);
            for (int i = 0; i < 5_000 && failure == null; i++, day = day.plusDays(1)) {
                try {
                    journal.saveCheckIn(new CheckIn(day, 1, 2, null, null, null, null, null, null, null, null, Set.of(),
                            "note " + i + " " + "x".repeat(900) + Math.random()));
                    saved.add(day);
                } catch (StorageException e) {
                    failure = e;
                }
            }
            assertThat(failure).as("the disk never filled").isNotNull();
            assertThat(failure.problem()).isEqualTo(Problem.DISK_FULL);
            // H2 closes the store after a failed write: later saves say the journal was closed, not "unexpected".
            LocalDate next = day;
            assertThatThrownBy(() -> journal.saveCheckIn(new CheckIn(next, 1, null, null, null, null, null, null, null,
                    null, null, Set.of(), "after")))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.problem())
                            .isIn(Problem.JOURNAL_CLOSED, Problem.DISK_FULL));
            database.close();
            copyFolder(dataDir, copy);
        } finally {
            run("umount", "-l", mount.toString());
        }
        assertThat(saved).hasSizeGreaterThan(10);
        Database reopened = Database.open(copy);
        try {
            JdbcJournalRepository journal = new JdbcJournalRepository(reopened);
            for (LocalDate day : saved) {
                assertThat(journal.findCheckIn(day)).as("saved day %s", day).isPresent();
            }
        } finally {
            reopened.close();
        }
    }

    @Test
    void aReadOnlyFolderIsSaidSoAtStartAndTheJournalIsUntouched() throws Exception {
        Path mount = Files.createDirectory(temp.resolve("rw"));
        Path readOnly = Files.createDirectory(temp.resolve("ro"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()), "cannot mount a tmpfs");
        try {
            LocalDate day = LocalDate.of(2026, 3, 9);
            Database database = Database.open(mount.resolve("carnet"));
            new JdbcJournalRepository(database).saveCheckIn(new CheckIn(day, 1, null, null, null, null, null, null,
                    null, null, null, Set.of(), "kept"));
            database.close();
            // The same folder seen through a read-only mount (a write-protected drive, a read-only share).
            assertThat(run("mount", "--bind", mount.toString(), readOnly.toString())).isTrue();
            try {
                assertThat(run("mount", "-o", "remount,ro,bind", readOnly.toString())).isTrue();

                assertThatThrownBy(() -> Database.open(readOnly.resolve("carnet")))
                        .isInstanceOfSatisfying(StorageException.class,
                                e -> assertThat(e.problem()).isEqualTo(Problem.READ_ONLY));
            } finally {
                run("umount", "-l", readOnly.toString());
            }
            Database reopened = Database.open(mount.resolve("carnet"));
            try {
                assertThat(new JdbcJournalRepository(reopened).findCheckIn(day)).map(CheckIn::notes).contains("kept");
            } finally {
                reopened.close();
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
