package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.carnet.exchange.Backup;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.BackupStore;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports that fail because of the journal's side (a full disk, a damaged journal), run as the real command line in
 * a child JVM: the command ends, says what happened in a sentence (no Java stack trace on the terminal), leaves the
 * journal as it was, and leaves no safety backup behind (a failure must never push good backups out of the kept ones).
 */
class ImportFailuresTest {
    @TempDir
    Path temp;

    /** What a command printed and how it ended. */
    private record Outcome(boolean ended, int code, String out, String err) {
    }

    @Test
    void aReplaceOnAFullDiskEndsInWordsNamingTheDiskAndLeavesNoBackup() throws Exception {
        Path source = backupJson(3000);
        Path mount = Files.createDirectory(temp.resolve("small"));
        assumeTrue(system("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount.toString()), "cannot mount a tmpfs");
        List<String> wrong = new ArrayList<>();
        try {
            // Where the disk fills decides where H2 fails: in the copy's close (it spun there, the command never
            // ended), in the log (its stack trace reached the terminal), in the safety backup.
            for (int freeKb : new int[] {600, 800}) {
                // Built outside the small disk (its own rewrite needs room for a copy), then copied onto it.
                Path built = temp.resolve("built-" + freeKb);
                journal(built, 300);
                Path dataDir = Files.createDirectory(mount.resolve("journal-" + freeKb));
                try (var files = Files.list(built)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, dataDir.resolve(file.getFileName()));
                    }
                }
                Map<String, String> before = CrashKit.state(dataDir, null);
                Path filler = mount.resolve("filler");
                Files.deleteIfExists(filler);
                long free = Files.getFileStore(mount).getUsableSpace() - freeKb * 1024L;
                try (RandomAccessFile fill = new RandomAccessFile(filler.toFile(), "rw")) {
                    byte[] block = new byte[64 * 1024];
                    for (long written = 0; written + block.length <= free; written += block.length) {
                        fill.write(block);
                    }
                }
                Outcome outcome;
                try {
                    outcome = command(dataDir, "import", "--replace", "--in", source.toString());
                } finally {
                    Files.delete(filler);
                }
                String label = freeKb + " KB free: ";
                if (!outcome.ended()) {
                    wrong.add(label + "the command did not end within 120 s");
                    Encryption.clear(dataDir);
                    continue;
                }
                if (outcome.code() != 1) {
                    wrong.add(label + "exit code " + outcome.code());
                }
                if (outcome.err().contains("\tat ") || outcome.err().contains("Exception")) {
                    wrong.add(label + "a stack trace on the terminal: " + outcome.err());
                }
                if (!outcome.err().contains("disk holding " + dataDir.toAbsolutePath() + " is full")) {
                    wrong.add(label + "the message does not name the full disk: " + outcome.err());
                }
                if (!Backups.list(dataDir).isEmpty()) {
                    wrong.add(label + "a backup was left: " + Backups.list(dataDir));
                }
                if (!CrashKit.state(dataDir, null).equals(before)) {
                    wrong.add(label + "the journal changed");
                }
                Encryption.clear(dataDir);
            }
        } finally {
            system("umount", "-l", mount.toString());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aReplaceOnADamagedJournalFailsAtOnceInWordsAndMakesNoBackup() throws Exception {
        Path dataDir = temp.resolve("damaged");
        journal(dataDir, 300);
        // A damage seen by overwriting the file's bytes: the journal opens, but a table is gone from its schema.
        try (Database database = Database.open(dataDir); Connection c = database.connection();
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE supplement_intake");
        }
        Outcome outcome = command(dataDir, "import", "--replace", "--in", backupJson(300).toString());

        assertThat(outcome.ended()).as("the command ends").isTrue();
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(1);
        assertThat(outcome.err()).contains("nothing was imported: the journal’s file is damaged")
                .contains("The journal is unchanged").doesNotContain("the file has").doesNotContain("\tat ");
        assertThat(outcome.out()).doesNotContain("Backup of the journal");
        assertThat(Backups.list(dataDir)).as("no backup of the damaged journal").isEmpty();
    }

    @Test
    void aReadCheckThatTakesTooLongCallsTheJournalDamaged() throws Exception {
        Path dataDir = temp.resolve("slow");
        journal(dataDir, 300);
        try (Database database = Database.open(dataDir)) {
            JdbcBackupRepository repository = new JdbcBackupRepository(database);
            repository.checkReadable(60_000);
            // A reading that never ends within the limit (H2 spinning on a damaged file), whatever the machine's speed.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.checkReadable(50, () -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }))
                    .hasMessageContaining("is damaged: reading it took longer than");
        }
    }

    /** A journal of {@code days} days in {@code dataDir}; its state. */
    private static Map<String, String> journal(Path dataDir, int days) {
        try (Database database = Database.open(dataDir)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 1, 1), days),
                    ImportMode.REPLACE);
        }
        return CrashKit.state(dataDir, null);
    }

    private Path backupJson(int days) throws IOException {
        Backup backup = BackupSamples.journal(LocalDate.of(2001, 1, 1), days);
        Path file = temp.resolve("backup-" + days + ".json");
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

    /** Runs the real command line (the launcher's main) in a child JVM, at most 120 s. */
    private Outcome command(Path dataDir, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.carnet.app.Launcher", "--data-dir", dataDir.toString()));
        line.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        return new Outcome(ended, ended ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean system(String... command) {
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
