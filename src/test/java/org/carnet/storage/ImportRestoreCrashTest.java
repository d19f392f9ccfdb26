package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.carnet.exchange.Backup;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.BackupStore;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import merge, import replace and restore, each killed (SIGKILL) in a child JVM at random moments. After each kill
 * the journal is opened as the app starts ({@link Database#open}: start-up recovery, then the pool), and must hold
 * exactly the state before or exactly the state after (row counts and a checksum per table), with no temporary file
 * left and, for a protected journal, no file in plain text. Figures per operation are printed.
 *
 * <p>In {@code mvn verify}: {@value #DEFAULT_KILLS} kills per operation on a backup of {@value #DEFAULT_DAYS} days.
 * The long run: {@code -Dcarnet.crash.kills=200 -Dcarnet.crash.days=20000}.
 */
class ImportRestoreCrashTest {
    private static final int DEFAULT_KILLS = 4;
    private static final int DEFAULT_DAYS = 1500;
    private static final String PASSWORD = "crash test password";

    @TempDir
    Path dir;

    @Test
    void anImportMergeKilledAtAnyMomentLeavesTheJournalBeforeOrAfter() throws Exception {
        killAndCheck("merge", null);
    }

    @Test
    void anImportReplaceOfAProtectedJournalKilledAtAnyMomentLeavesItBeforeOrAfterAndNeverPlain() throws Exception {
        killAndCheck("replace", PASSWORD);
    }

    @Test
    void aRestoreIntoAProtectedJournalKilledAtAnyMomentLeavesItBeforeOrAfterAndNeverPlain() throws Exception {
        killAndCheck("restore", PASSWORD);
    }

    private void killAndCheck(String operation, String password) throws Exception {
        CrashKit.assumeChosen(operation);
        int kills = CrashKit.kills(DEFAULT_KILLS);
        int days = Integer.getInteger("carnet.crash.days", DEFAULT_DAYS);
        char[] key = password == null ? null : password.toCharArray();
        Random random = new Random(Long.getLong("carnet.crash.seed", 12L) + operation.hashCode());

        Path before = dir.resolve("before");
        try (Database database = Database.open(before, key)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 1, 1), 300),
                    ImportMode.REPLACE);
        }
        Path source = operation.equals("restore") ? backupZip(days, key) : backupJson(days);
        Map<String, String> beforeState = CrashKit.state(before, key);

        Path reference = copy(before, "after");
        long started = System.nanoTime();
        CrashKit.Run run = start(operation, reference, source, password);
        assertThat(run.finish()).as("the %s runs to its end when not killed", operation).isTrue();
        long millis = Math.max(1, run.millis);
        Map<String, String> afterState = CrashKit.state(reference, key);
        assertThat(afterState).as("the %s changes the journal", operation).isNotEqualTo(beforeState);
        long wholeRun = (System.nanoTime() - started) / 1_000_000;

        CrashKit.Operation subject = CrashKit.operation(k -> copy(before, "kill-" + k),
                journal -> start(operation, journal, source, password), journal -> {
                    Map<String, String> state = CrashKit.state(journal, key);
                    return state.equals(beforeState) ? "before" : state.equals(afterState) ? "after"
                            : "partial " + CrashKit.differences(state, beforeState, afterState);
                }, journal -> key != null);
        CrashKit.killAt(operation + " of " + days + " days" + (key != null ? " (protected journal)" : ""), kills,
                subject, CrashKit.alternating(CrashKit.randomly(millis, random),
                        CrashKit.atSwitch(CrashKit::switchMarker, random)))
                .report("one run " + millis + " ms (" + wholeRun + " ms with the JVM)");
    }

    /** A JSON backup of {@code days} days overlapping the journal's 300 (so a merge both adds and skips). */
    private Path backupJson(int days) throws IOException {
        Backup backup = BackupSamples.journal(LocalDate.of(2000, 6, 1), days);
        Path file = dir.resolve("source.json");
        new BackupJson(new BackupStore() {
            @Override
            public Backup readAll() {
                return backup;
            }

            @Override
            public ImportResult write(Backup b, ImportMode mode) {
                throw new UnsupportedOperationException();
            }
        }).exportTo(file);
        return file;
    }

    /** A backup zip, made as the app makes them, of a journal of {@code days} days (encrypted with {@code key}). */
    private Path backupZip(int days, char[] key) throws IOException {
        Path source = dir.resolve("source");
        Path zip;
        try (Database database = Database.open(source, key)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 6, 1), days),
                    ImportMode.REPLACE);
            zip = Backups.create(database, Clock.systemDefaultZone());
        }
        Path file = dir.resolve("source.zip");
        Files.move(zip, file);
        return file;
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to);
        Files.copy(Database.databaseFile(from), Database.databaseFile(to));
        return to;
    }

    private CrashKit.Run start(String operation, Path journal, Path source, String password) throws IOException {
        List<String> args = new ArrayList<>(List.of(operation, journal.toString(), source.toString()));
        if (password != null) {
            args.add(password);
        }
        return CrashKit.start(ImportRestoreChild.class, args);
    }
}
