package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.carnet.core.JournalPasswordException;
import org.carnet.exchange.ImportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Setting, changing and removing the password of a journal with {@value Backups#KEEP} automatic backups, each killed
 * (SIGKILL) in a child JVM at random moments. After each kill the journal is opened as the app starts
 * ({@link Database#open}: the start-up recovery first) and must be exactly before (old password) or exactly after
 * (new password) with every backup in the same state as the journal (encrypted with its key, or plain with it), none
 * lost, no temporary file left and, when the journal is protected, no file in plain text. Figures are printed.
 *
 * <p>In {@code mvn verify}: {@value #DEFAULT_KILLS} kills per operation. The long run:
 * {@code -Dcarnet.crash.kills=200}.
 */
class PasswordCrashTest {
    private static final int DEFAULT_KILLS = 5;
    private static final String FIRST = "first crash password";
    private static final String SECOND = "second crash password";
    private static final byte[] CIPHER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void settingAPasswordKilledAtAnyMomentLeavesJournalAndBackupsAllPlainOrAllEncrypted() throws Exception {
        killAndCheck("set", null, SECOND);
    }

    @Test
    void changingThePasswordKilledAtAnyMomentLeavesJournalAndBackupsAllOnTheOldOrAllOnTheNew() throws Exception {
        killAndCheck("change", FIRST, SECOND);
    }

    @Test
    void removingThePasswordKilledAtAnyMomentLeavesJournalAndBackupsAllEncryptedOrAllPlain() throws Exception {
        killAndCheck("remove", FIRST, null);
    }

    private void killAndCheck(String operation, String current, String next) throws Exception {
        CrashKit.assumeChosen("password " + operation);
        Random random = new Random(Long.getLong("carnet.crash.seed", 22L) + operation.hashCode());
        Path before = dir.resolve("before");
        try (Database database = Database.open(before, chars(current))) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 1, 1), 300),
                    ImportMode.REPLACE);
            for (int day = 0; day < Backups.KEEP; day++) {
                Backups.create(database, Clock.fixed(LocalDate.of(2026, 11, 1).plusDays(day).atStartOfDay()
                        .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            }
        }
        Map<String, String> content = CrashKit.state(before, chars(current));

        Path reference = copy(before, "after");
        CrashKit.Run run = start(reference, current, next);
        assertThat(run.finish()).as("the password %s runs to its end when not killed", operation).isTrue();
        assertThat(check(reference, current, next, content)).as("after a whole run").isEqualTo("after");

        CrashKit.Operation subject = CrashKit.operation(k -> copy(before, "kill-" + k),
                journal -> start(journal, current, next), journal -> check(journal, current, next, content),
                journal -> Database.isEncrypted(journal) || current != null && next != null);
        CrashKit.killAt("password " + operation + " with " + Backups.KEEP + " backups",
                CrashKit.kills(DEFAULT_KILLS), subject, CrashKit.alternating(CrashKit.randomly(run.millis, random),
                        CrashKit.atSwitch(CrashKit::switchMarker, random)))
                .report("one run " + run.millis + " ms");
    }

    /**
     * Opens the journal as a start does (with the old password first, then the new one) and says "before" or "after"
     * when the journal holds its content under that password and every backup is in the same state; otherwise what
     * is wrong.
     */
    private static String check(Path journal, String current, String next, Map<String, String> content)
            throws IOException, SQLException {
        // One open as a start does (the old password first, then the new one), which also reads the content.
        String used;
        Map<String, String> read;
        try {
            read = CrashKit.state(journal, chars(current));
            used = current;
        } catch (JournalPasswordException e) {
            read = CrashKit.state(journal, chars(next));
            used = next;
        }
        boolean encrypted = Database.isEncrypted(journal);
        String key = encrypted ? used : null;
        String state = current != null && next != null ? (used.equals(current) ? "before" : "after")
                : (encrypted == (current != null) ? "before" : "after");
        if (!read.equals(content)) {
            return "the journal's content changed";
        }
        List<Backups.Backup> backups = Backups.list(journal);
        if (backups.size() != Backups.KEEP) {
            return backups.size() + " backups left of " + Backups.KEEP;
        }
        List<String> wrong = new ArrayList<>();
        Path probe = Files.createTempDirectory(journal.getParent(), "probe");
        try {
            for (Backups.Backup backup : backups) {
                Path staged = Database.databaseFile(probe);
                Encryption.unzipDatabase(backup.file(), staged);
                boolean backupEncrypted = startsWithCipher(staged);
                if (backupEncrypted != encrypted) {
                    wrong.add(backup.file().getFileName() + (backupEncrypted ? " encrypted" : " plain"));
                    continue;
                }
                try {
                    Encryption.checkOpens(probe, FileKey.of(chars(key)));
                } catch (SQLException e) {
                    wrong.add(backup.file().getFileName() + " does not open with the journal's password");
                }
                Files.delete(staged);
            }
        } finally {
            Encryption.clear(probe);
        }
        return wrong.isEmpty() ? state : "journal " + state + " (" + (encrypted ? "encrypted" : "plain")
                + ") but backups " + wrong;
    }

    private static boolean startsWithCipher(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(CIPHER.length), CIPHER);
        }
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }

    private Path copy(Path from, String name) throws IOException {
        return CrashKit.copyFolder(from, dir.resolve(name));
    }

    private CrashKit.Run start(Path journal, String current, String next) throws IOException {
        return CrashKit.start(PasswordChild.class, List.of(journal.toString(), current == null ? "-" : current,
                next == null ? "-" : next));
    }
}
