package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.carnet.core.JournalLockedException;
import org.carnet.journal.CheckIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 3, 10, 8, 15, 0);

    @TempDir
    Path dataDir;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private static Clock at(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private void saveNotes(LocalDate day, String notes) {
        new JdbcJournalRepository(database).saveCheckIn(
                new CheckIn(day, 1, null, null, null, null, null, null, null, null, null, Set.of(), notes));
    }

    private Optional<String> notes(LocalDate day) {
        return new JdbcJournalRepository(database).findCheckIn(day).map(CheckIn::notes);
    }

    @Test
    void theFirstStartOfADayMakesAZipHoldingTheDatabase() throws IOException {
        database = Database.open(dataDir);

        Optional<Path> backup = Backups.atStart(database, at(MORNING));

        assertThat(backup).isPresent();
        assertThat(backup.get().getParent()).isEqualTo(dataDir.resolve("backups"));
        assertThat(backup.get().getFileName().toString()).isEqualTo("carnet-2026-03-10-081500.zip");
        try (ZipFile zip = new ZipFile(backup.get().toFile())) {
            ZipEntry entry = zip.getEntry("carnet.mv.db");
            assertThat(entry).isNotNull();
            assertThat(entry.getSize()).isPositive();
        }
        assertThat(Backups.list(dataDir)).extracting(Backups.Backup::file).containsExactly(backup.get());
        assertThat(Backups.list(dataDir).get(0).createdAt()).isEqualTo(MORNING);
    }

    @Test
    void aSecondStartTheSameDayMakesNoSecondBackup() {
        database = Database.open(dataDir);
        Backups.atStart(database, at(MORNING));

        Optional<Path> second = Backups.atStart(database, at(MORNING.plusHours(10)));
        Optional<Path> nextDay = Backups.atStart(database, at(MORNING.plusDays(1)));

        assertThat(second).isEmpty();
        assertThat(nextDay).isPresent();
        assertThat(Backups.list(dataDir)).hasSize(2);
    }

    @Test
    void onlyTheNewestFourteenBackupsAreKept() {
        database = Database.open(dataDir);
        for (int day = 0; day < 16; day++) {
            Backups.create(database, at(MORNING.plusDays(day)));
        }
        assertThat(Backups.list(dataDir)).hasSize(16);

        Backups.atStart(database, at(MORNING.plusDays(16)));

        List<Backups.Backup> kept = Backups.list(dataDir);
        assertThat(kept).hasSize(14);
        assertThat(kept.get(0).createdAt()).isEqualTo(MORNING.plusDays(16));
        assertThat(kept.get(13).createdAt()).isEqualTo(MORNING.plusDays(3));
    }

    @Test
    void twoBackupsInTheSameSecondBothSurviveNewestFirst() {
        database = Database.open(dataDir);
        Path first = Backups.create(database, at(MORNING));
        Path second = Backups.create(database, at(MORNING));

        assertThat(second).isNotEqualTo(first);
        assertThat(Backups.list(dataDir)).extracting(Backups.Backup::file).containsExactly(second, first);
    }

    @Test
    void restoreBringsBackTheOldContentAndKeepsTheStateBeforeIt() {
        LocalDate day = LocalDate.of(2026, 3, 9);
        LocalDate later = LocalDate.of(2026, 3, 10);
        database = Database.open(dataDir);
        saveNotes(day, "before the backup");
        Path backup = Backups.create(database, at(MORNING));
        saveNotes(day, "changed after the backup");
        saveNotes(later, "written after the backup");
        database.close();
        database = null;

        Path safety = Backups.restore(dataDir, backup, at(MORNING.plusHours(1)));

        database = Database.open(dataDir);
        assertThat(notes(day)).contains("before the backup");
        assertThat(notes(later)).isEmpty();
        assertThat(safety.getFileName().toString()).isEqualTo("carnet-2026-03-10-091500-before-restore.zip");
        assertThat(Backups.list(dataDir)).extracting(Backups.Backup::file, Backups.Backup::beforeRestore)
                .containsExactly(tuple(safety, true),
                        tuple(backup, false));

        // The safety copy undoes the restore.
        database.close();
        database = null;
        Backups.restore(dataDir, safety, at(MORNING.plusHours(2)));
        database = Database.open(dataDir);
        assertThat(notes(day)).contains("changed after the backup");
        assertThat(notes(later)).contains("written after the backup");
    }

    @Test
    void restoreRefusesWhileTheJournalIsOpen() {
        database = Database.open(dataDir);
        Path backup = Backups.create(database, at(MORNING));

        assertThatThrownBy(() -> Backups.restore(dataDir, backup, at(MORNING)))
                .isInstanceOf(JournalLockedException.class);
    }

    @Test
    void theJournalAndItsBackupsAreReadableByTheOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = dataDir.resolve("journal");
        database = Database.open(folder);
        Path backup = Backups.atStart(database, at(MORNING)).orElseThrow();

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("backups"))).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("carnet.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(backup)).isEqualTo("rw-------");
    }

    @Test
    void aLogFileInTheDataFolderIsMadePrivateWhenTheJournalOpens() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path log = Files.writeString(dataDir.resolve("carnet.log"), "started");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        database = Database.open(dataDir);

        assertThat(permissions(log)).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
