package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.carnet.exchange.ImportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal switch's recovery, from each state a crash can leave between its steps, and the switch of an open
 * journal: the same Database goes on working on the new file.
 */
class JournalSwitchTest {
    private static final String CIPHER = "H2encrypt\n";

    @TempDir
    Path dir;

    private Path journal() {
        return Database.databaseFile(dir);
    }

    private Path next() {
        return JournalSwitch.file(dir, JournalSwitch.NEXT);
    }

    private Path previous() {
        return JournalSwitch.file(dir, JournalSwitch.PREVIOUS);
    }

    private void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    }

    private void marker(boolean encrypted) throws IOException {
        write(dir.resolve(JournalSwitch.MARKER), "operation=test\nencrypted=" + encrypted + "\n");
    }

    private String names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return String.join(",", files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** Recovery says whether the journal holds the new state, leaves {@code content} in it and nothing else. */
    private void assertRecovered(boolean after, String content) throws IOException {
        assertThat(JournalSwitch.recover(dir)).isEqualTo(after);
        assertThat(Files.readString(journal(), StandardCharsets.ISO_8859_1)).isEqualTo(content);
        assertThat(names()).isEqualTo("carnet.mv.db");
    }

    @Test
    void aCopyWithoutMarkerIsHalfBuiltAndDeletedLeavingTheJournalAsBefore() throws IOException {
        write(journal(), "old");
        write(next(), "half");
        write(dir.resolve(JournalSwitch.NEXT + ".mv.db.temp"), "temp");

        assertRecovered(false, "old");
    }

    @Test
    void aMarkerWithTheJournalAndItsCopyFinishesTheSwitch() throws IOException {
        write(journal(), "old");
        write(next(), "new");
        marker(false);

        assertRecovered(true, "new");
    }

    @Test
    void aMarkerWithTheJournalSetAsideFinishesTheSwitch() throws IOException {
        write(previous(), "old");
        write(next(), "new");
        marker(false);

        assertRecovered(true, "new");
    }

    @Test
    void aMarkerAfterTheRenameDeletesTheOldFileAndKeepsTheNewState() throws IOException {
        write(previous(), "old");
        write(journal(), "new");
        marker(false);

        assertRecovered(true, "new");
    }

    @Test
    void aCompletedSwitchWhoseOldFileWasNotYetDeletedKeepsTheNewState() throws IOException {
        write(previous(), "old");
        write(journal(), "new");

        assertRecovered(true, "new");
    }

    @Test
    void aPlainCopyOfAnEncryptedJournalIsNeverSwitchedInButUndoneAndDeleted() throws IOException {
        write(previous(), CIPHER + "old");
        write(next(), "plain new");
        marker(true);

        assertRecovered(false, CIPHER + "old");
    }

    /** Two backups "old" and their new versions "new" beside them, as a password change leaves them to switch. */
    private Path backupsWithNewVersions() throws IOException {
        Path folder = Files.createDirectories(Backups.folder(dir));
        for (String name : new String[] {"carnet-2026-11-01-000000.zip", "carnet-2026-11-02-000000.zip"}) {
            write(folder.resolve(name), "old");
            write(folder.resolve(name + JournalSwitch.BESIDE), "new");
        }
        return folder;
    }

    private String backups(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return String.join(",", files.sorted().map(f -> {
                try {
                    return f.getFileName() + "=" + Files.readString(f, StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        }
    }

    @Test
    void aSwitchWithBackupsCutAfterTheJournalsRenameSwitchesEveryBackupAndRemovesTheListedOnes() throws IOException {
        Path folder = backupsWithNewVersions();
        write(folder.resolve("carnet-2026-11-03-000000.zip"), "unreadable old");
        write(previous(), CIPHER + "old");
        write(journal(), CIPHER + "new");
        write(dir.resolve(JournalSwitch.MARKER), "operation=test\nencrypted=true\n"
                + "backups.removed=carnet-2026-11-03-000000.zip\n");

        assertThat(JournalSwitch.recover(dir)).isTrue();

        assertThat(backups(folder)).isEqualTo("carnet-2026-11-01-000000.zip=new,carnet-2026-11-02-000000.zip=new");
        assertThat(names()).isEqualTo("backups,carnet.mv.db");
    }

    @Test
    void aSwitchWithBackupsWhoseMarkerIsWrittenFinishesTheJournalAndTheBackups() throws IOException {
        Path folder = backupsWithNewVersions();
        write(journal(), "old");
        write(next(), "new");
        marker(false);

        assertThat(JournalSwitch.recover(dir)).isTrue();

        assertThat(Files.readString(journal(), StandardCharsets.ISO_8859_1)).isEqualTo("new");
        assertThat(backups(folder)).isEqualTo("carnet-2026-11-01-000000.zip=new,carnet-2026-11-02-000000.zip=new");
    }

    @Test
    void backupsWrittenBesideWithoutMarkerAreHalfBuiltAndDeletedWithWhatWasStaged() throws IOException {
        Path folder = backupsWithNewVersions();
        write(folder.resolve("carnet-2026-11-02-000000.zip" + JournalSwitch.BESIDE + AtomicFiles.PART), "half");
        write(journal(), "old");
        write(next(), "new");
        write(JournalSwitch.file(dir, JournalSwitch.NEXT + "-backup-in"), "unpacked plain backup");

        assertThat(JournalSwitch.recover(dir)).isFalse();

        assertThat(Files.readString(journal(), StandardCharsets.ISO_8859_1)).isEqualTo("old");
        assertThat(backups(folder)).isEqualTo("carnet-2026-11-01-000000.zip=old,carnet-2026-11-02-000000.zip=old");
        assertThat(names()).isEqualTo("backups,carnet.mv.db");
    }

    @Test
    void anUndoneSwitchLeavesTheBackupsAsTheyWere() throws IOException {
        Path folder = backupsWithNewVersions();
        write(journal(), CIPHER + "old");
        write(next(), "plain new");
        marker(true);

        assertThat(JournalSwitch.recover(dir)).isFalse();

        assertThat(backups(folder)).isEqualTo("carnet-2026-11-01-000000.zip=old,carnet-2026-11-02-000000.zip=old");
    }

    @Test
    void anOpenJournalRewrittenThroughTheSwitchGoesOnWorkingOnTheNewFile() throws IOException {
        try (Database database = Database.open(dir)) {
            JdbcJournalRepository journal = new JdbcJournalRepository(database);
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2020, 1, 1), 10),
                    ImportMode.MERGE);
            assertThat(journal.findCheckIn(LocalDate.of(2020, 1, 10))).isPresent();
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2021, 1, 1), 3),
                    ImportMode.REPLACE);
            assertThat(journal.findCheckIn(LocalDate.of(2020, 1, 10))).isEmpty();
            assertThat(journal.findCheckIn(LocalDate.of(2021, 1, 3))).isPresent();
            assertThat(names()).isEqualTo("carnet.lock,carnet.mv.db");
        }
        try (Database reopened = Database.open(dir)) {
            assertThat(new JdbcJournalRepository(reopened).findCheckIn(LocalDate.of(2021, 1, 3))).isPresent();
        }
    }

    @Test
    void aBuildThatFailsLeavesTheOpenJournalAsItWasAndNoCopy() throws IOException {
        try (Database database = Database.open(dir)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2020, 1, 1), 5),
                    ImportMode.MERGE);
            assertThatThrownBy(() -> JournalSwitch.rewrite(database, "test", copy -> {
                new JdbcBackupRepository(copy).readAll();
                throw new IllegalStateException("build failed");
            })).hasMessage("build failed");
            assertThat(new JdbcJournalRepository(database).findCheckIn(LocalDate.of(2020, 1, 5))).isPresent();
            assertThat(names()).isEqualTo("carnet.lock,carnet.mv.db");
        }
    }
}
