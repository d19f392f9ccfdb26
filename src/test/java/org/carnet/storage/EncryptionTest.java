package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.carnet.core.JournalPasswordException;
import org.carnet.journal.CheckIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional password: the journal and its backups encrypted, wrong passwords refused, nothing left readable. */
class EncryptionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
    private static final String SECRET_NOTE = "MarkerNoteThatMustNeverBeReadableOnDisk";
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

    private static char[] pw(String text) {
        return text.toCharArray();
    }

    @Test
    void openingAnEncryptedJournalStretchesItsKeyOnce() {
        database = Database.open(dataDir, pw("once only"));
        saveNote(SECRET_NOTE);
        database.close();
        int before = FileKey.derivations();

        database = Database.open(dataDir, pw("once only"));

        assertThat(FileKey.derivations() - before).as("PBKDF2 runs per open").isEqualTo(1);
        assertThat(note()).contains(SECRET_NOTE);
    }

    @Test
    void theWarmUpReadsAndWritesNoJournal() throws IOException {
        database = Database.open(dataDir, pw("warm"));
        saveNote(SECRET_NOTE);
        database.close();
        database = null;
        List<String> files;
        try (Stream<Path> listed = Files.list(dataDir)) {
            files = listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
        long size = Files.size(dataDir.resolve("carnet.mv.db"));
        int before = FileKey.derivations();

        Database.warmUpEncryptedOpen();

        try (Stream<Path> listed = Files.list(dataDir)) {
            assertThat(listed.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(files);
        }
        assertThat(Files.size(dataDir.resolve("carnet.mv.db"))).isEqualTo(size);
        assertThat(FileKey.derivations()).as("no journal key stretched").isEqualTo(before);
        database = Database.open(dataDir, pw("warm"));
        assertThat(note()).contains(SECRET_NOTE);
    }

    private void saveNote(String note) {
        new JdbcJournalRepository(database).saveCheckIn(
                new CheckIn(DAY, 1, null, null, null, null, null, null, null, null, null, Set.of(), note));
    }

    private Optional<String> note() {
        return new JdbcJournalRepository(database).findCheckIn(DAY).map(CheckIn::notes);
    }

    private void reopen(char[] password) {
        if (database != null) {
            database.close();
        }
        database = null;
        database = Database.open(dataDir, password);
    }

    private void closeJournal() {
        database.close();
        database = null;
    }

    /** Every file under the data folder, zips unpacked, that holds the note's text in clear. */
    private List<String> filesShowingTheNote() throws IOException {
        byte[] marker = SECRET_NOTE.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                if (file.toString().endsWith(".zip")) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                        while (zip.getNextEntry() != null) {
                            if (contains(zip.readAllBytes(), marker)) {
                                found.add(file.getFileName() + "!entry");
                            }
                        }
                    }
                } else if (contains(bytes, marker)) {
                    found.add(file.getFileName().toString());
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void aPlainJournalShowsItsNotesOnDiskSoTheMarkerSearchCanFail() throws IOException {
        database = Database.open(dataDir);
        saveNote(SECRET_NOTE);
        closeJournal();

        assertThat(Database.isEncrypted(dataDir)).isFalse();
        assertThat(filesShowingTheNote()).contains("carnet.mv.db");
    }

    @Test
    void aNewJournalOpenedWithAPasswordIsEncryptedAndOpensOnlyWithIt() throws IOException {
        database = Database.open(dataDir, pw("correct horse"));
        saveNote(SECRET_NOTE);
        assertThat(database.encrypted()).isTrue();
        closeJournal();

        assertThat(Database.isEncrypted(dataDir)).isTrue();
        assertThat(filesShowingTheNote()).isEmpty();
        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOfSatisfying(JournalPasswordException.class, e -> assertThat(e.wrongPassword()).isFalse());
        assertThatThrownBy(() -> Database.open(dataDir, pw("wrong horse")))
                .isInstanceOfSatisfying(JournalPasswordException.class, e -> assertThat(e.wrongPassword()).isTrue());
        // A refused attempt leaves the folder unlocked and the journal intact.
        reopen(pw("correct horse"));
        assertThat(note()).contains(SECRET_NOTE);
    }

    @Test
    void settingAPasswordEncryptsTheJournalAndEveryBackup() throws IOException {
        database = Database.open(dataDir);
        saveNote(SECRET_NOTE);
        Backups.create(database, at(MORNING));
        Backups.create(database, at(MORNING.plusDays(1)));
        closeJournal();
        assertThat(filesShowingTheNote()).hasSize(3);

        Encryption.Outcome outcome = Encryption.change(dataDir, null, pw("s3cret pass"));

        assertThat(outcome.backupsChanged()).isEqualTo(2);
        assertThat(outcome.backupsRemoved()).isZero();
        assertThat(Database.isEncrypted(dataDir)).isTrue();
        assertThat(filesShowingTheNote()).isEmpty();
        assertThat(dataDir.resolve(Encryption.STAGING)).doesNotExist();
        reopen(pw("s3cret pass"));
        assertThat(note()).contains(SECRET_NOTE);
        closeJournal();
        // Each backup restores with the new password.
        for (Backups.Backup backup : Backups.list(dataDir)) {
            if (!backup.beforeRestore()) {
                Backups.restore(dataDir, backup.file(), at(MORNING.plusDays(2)), pw("s3cret pass"));
                reopen(pw("s3cret pass"));
                assertThat(note()).contains(SECRET_NOTE);
                closeJournal();
            }
        }
        assertThat(filesShowingTheNote()).isEmpty();
    }

    @Test
    void changingThePasswordRetiresTheOldOneForTheJournalAndItsBackups() {
        database = Database.open(dataDir, pw("first one"));
        saveNote(SECRET_NOTE);
        Path backup = Backups.create(database, at(MORNING));
        closeJournal();

        Encryption.change(dataDir, pw("first one"), pw("second one"));

        assertThatThrownBy(() -> Database.open(dataDir, pw("first one"))).isInstanceOf(JournalPasswordException.class);
        assertThatThrownBy(() -> Backups.restore(dataDir, backup, at(MORNING), pw("first one")))
                .isInstanceOf(JournalPasswordException.class);
        Backups.restore(dataDir, backup, at(MORNING), pw("second one"));
        reopen(pw("second one"));
        assertThat(note()).contains(SECRET_NOTE);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws IOException {
        database = Database.open(dataDir, pw("first one"));
        saveNote(SECRET_NOTE);
        closeJournal();
        byte[] before = Files.readAllBytes(Database.databaseFile(dataDir));

        assertThatThrownBy(() -> Encryption.change(dataDir, pw("not it"), pw("second one")))
                .isInstanceOfSatisfying(JournalPasswordException.class, e -> assertThat(e.wrongPassword()).isTrue());
        assertThatThrownBy(() -> Encryption.change(dataDir, null, null))
                .isInstanceOfSatisfying(JournalPasswordException.class, e -> assertThat(e.wrongPassword()).isFalse());

        assertThat(Files.readAllBytes(Database.databaseFile(dataDir))).isEqualTo(before);
        assertThat(dataDir.resolve(Encryption.STAGING)).doesNotExist();
        reopen(pw("first one"));
        assertThat(note()).contains(SECRET_NOTE);
    }

    @Test
    void removingThePasswordMakesTheJournalAndBackupsPlainAgain() throws IOException {
        database = Database.open(dataDir, pw("first one"));
        saveNote(SECRET_NOTE);
        Backups.create(database, at(MORNING));
        closeJournal();

        Encryption.change(dataDir, pw("first one"), null);

        assertThat(Database.isEncrypted(dataDir)).isFalse();
        reopen(null);
        assertThat(note()).contains(SECRET_NOTE);
        closeJournal();
        assertThat(filesShowingTheNote()).containsExactlyInAnyOrder("carnet.mv.db",
                Backups.list(dataDir).get(0).file().getFileName() + "!entry");
    }

    @Test
    void theAutomaticBackupOfAProtectedJournalIsEncrypted() throws IOException {
        database = Database.open(dataDir, pw("first one"));
        saveNote(SECRET_NOTE);

        Optional<Path> backup = Backups.atStart(database, at(MORNING));
        closeJournal();

        assertThat(backup).isPresent();
        assertThat(filesShowingTheNote()).isEmpty();
    }

    @Test
    void aPlainBackupRestoredIntoAProtectedJournalIsEncryptedOnTheWay() throws IOException {
        database = Database.open(dataDir);
        saveNote(SECRET_NOTE);
        Path plainBackup = Backups.create(database, at(MORNING));
        closeJournal();
        Path kept = Files.copy(plainBackup, dataDir.resolveSibling(dataDir.getFileName() + "-kept.zip"));
        Encryption.change(dataDir, null, pw("now protected"));
        reopen(pw("now protected"));
        saveNote("changed later");
        closeJournal();

        Backups.restore(dataDir, kept, at(MORNING.plusHours(1)), pw("now protected"));

        assertThat(Database.isEncrypted(dataDir)).isTrue();
        assertThat(filesShowingTheNote()).isEmpty();
        reopen(pw("now protected"));
        assertThat(note()).contains(SECRET_NOTE);
        Files.delete(kept);
    }

    @Test
    void aDamagedBackupIsRefusedBeforeTheJournalIsTouched() throws IOException {
        database = Database.open(dataDir);
        saveNote(SECRET_NOTE);
        Path backup = Backups.create(database, at(MORNING));
        closeJournal();
        byte[] zip = Files.readAllBytes(backup);
        Path damaged = backup.resolveSibling("carnet-2026-03-10-090000.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new java.util.zip.ZipEntry("carnet.mv.db"));
            out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            out.closeEntry();
        }
        byte[] before = Files.readAllBytes(Database.databaseFile(dataDir));

        assertThatThrownBy(() -> Backups.restore(dataDir, damaged, at(MORNING.plusHours(1))))
                .isInstanceOf(org.carnet.core.StorageException.class);

        assertThat(Files.readAllBytes(Database.databaseFile(dataDir))).isEqualTo(before);
        assertThat(Files.readAllBytes(backup)).isEqualTo(zip);
        assertThat(Backups.list(dataDir)).noneMatch(Backups.Backup::beforeRestore);
        reopen(null);
        assertThat(note()).contains(SECRET_NOTE);
    }

    @Test
    void aStartFinishesWhatAnInterruptedPasswordChangeLeftPlain() throws IOException {
        database = Database.open(dataDir);
        saveNote(SECRET_NOTE);
        Backups.create(database, at(MORNING));
        Path plainBackup = Backups.create(database, at(MORNING.plusDays(1)));
        byte[] plainZip = Files.readAllBytes(plainBackup);
        closeJournal();
        Encryption.change(dataDir, null, pw("s3cret pass"));
        // The state a kill during the backups' re-encryption leaves: a backup still plain, the staging folder
        // with a plain copy of the journal, a half-written zip.
        Files.write(plainBackup, plainZip);
        Path staging = Files.createDirectories(dataDir.resolve(Encryption.STAGING));
        Files.write(staging.resolve("carnet.mv.db"), plainZip);
        Files.write(Backups.folder(dataDir).resolve(plainBackup.getFileName() + ".part"), plainZip);
        assertThat(filesShowingTheNote()).isNotEmpty();

        reopen(pw("s3cret pass"));

        assertThat(filesShowingTheNote()).isEmpty();
        assertThat(staging).doesNotExist();
        assertThat(Backups.list(dataDir)).hasSize(2);
        closeJournal();
        Backups.restore(dataDir, plainBackup, at(MORNING.plusDays(2)), pw("s3cret pass"));
        reopen(pw("s3cret pass"));
        assertThat(note()).contains(SECRET_NOTE);
    }
}
