package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
    private static final byte[] CIPHER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

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
        int kills = Integer.getInteger("carnet.crash.kills", DEFAULT_KILLS);
        int days = Integer.getInteger("carnet.crash.days", DEFAULT_DAYS);
        char[] key = password == null ? null : password.toCharArray();
        Random random = new Random(Long.getLong("carnet.crash.seed", 12L) + operation.hashCode());

        Path before = dir.resolve("before");
        try (Database database = Database.open(before, key)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 1, 1), 300),
                    ImportMode.REPLACE);
        }
        Path source = operation.equals("restore") ? backupZip(days, key) : backupJson(days);
        Map<String, String> beforeState = state(before, key);

        Path reference = copy(before, "after");
        long started = System.nanoTime();
        Run run = start(operation, reference, source, password);
        assertThat(run.finish()).as("the %s runs to its end when not killed", operation).isTrue();
        long millis = Math.max(1, run.millis);
        Map<String, String> afterState = state(reference, key);
        assertThat(afterState).as("the %s changes the journal", operation).isNotEqualTo(beforeState);
        long wholeRun = (System.nanoTime() - started) / 1_000_000;

        int completed = 0;
        int partial = 0;
        int unopenable = 0;
        int plain = 0;
        int plainAtKill = 0;
        int leftovers = 0;
        List<String> details = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Path journal = copy(before, "kill-" + k);
            // Half the kills anywhere in the operation, half near its end, where the switch happens.
            long delay = random.nextBoolean() ? (long) (random.nextDouble() * millis * 1.1)
                    : (long) (millis * (0.8 + random.nextDouble() * 0.25));
            Run child = start(operation, journal, source, password);
            if (child.killAfter(delay)) {
                completed++;
                // The reference run was slower than this one: aim earlier from now on, so kills land inside.
                millis = Math.max(1, millis * 8 / 10);
            }
            if (key != null) {
                plainAtKill += plainFiles(journal).size();
            }
            Map<String, String> state;
            try {
                state = state(journal, key);
            } catch (RuntimeException e) {
                unopenable++;
                details.add("kill " + k + " after " + delay + " ms: does not open: " + e);
                continue;
            }
            if (!state.equals(beforeState) && !state.equals(afterState)) {
                partial++;
                details.add("kill " + k + " after " + delay + " ms: partial " + differences(state, beforeState,
                        afterState));
            }
            List<String> left = leftovers(journal);
            if (!left.isEmpty()) {
                leftovers++;
                details.add("kill " + k + ": left " + left);
            }
            if (key != null) {
                List<String> readable = plainFiles(journal);
                if (!readable.isEmpty()) {
                    plain++;
                    details.add("kill " + k + ": plain " + readable);
                }
            }
            Encryption.clear(journal);
        }
        System.out.printf("Crash test, %s of %d days%s: %d kills (%d after the end), %d partial, %d unopenable, "
                        + "%d with plain files left (%d plain files seen at the kill, before the start), "
                        + "%d with temporary files left; one run %d ms (%d ms with the JVM)%n", operation, days,
                key != null ? " (protected journal)" : "", kills, completed, partial, unopenable, plain, plainAtKill,
                leftovers, millis, wholeRun);
        details.forEach(d -> System.out.println("  " + d));
        assertThat(details).as("%s killed %d times", operation, kills).isEmpty();
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

    private Run start(String operation, Path journal, Path source, String password) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ImportRestoreChild.class.getName(), operation, journal.toString(), source.toString()));
        if (password != null) {
            command.add(password);
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new Run(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)));
    }

    /** A child: waits for "ready", then either lets it finish or kills it. Its lines are read by a thread. */
    private static final class Run {
        private final Process process;
        private final java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        long millis;

        Run(Process process, BufferedReader out) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (out) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            }, "crash-child-out");
            reader.setDaemon(true);
            reader.start();
        }

        private void awaitReady() throws InterruptedException {
            assertThat(lines.poll(120, TimeUnit.SECONDS)).as("the child opened the journal").isEqualTo("ready");
        }

        /** Lets the child run to its end; true when it printed "done". */
        boolean finish() throws Exception {
            awaitReady();
            long start = System.nanoTime();
            String line = lines.poll(600, TimeUnit.SECONDS);
            millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return "done".equals(line);
        }

        /** Kills the child {@code delay} ms after it is ready; true when it had already finished. */
        boolean killAfter(long delay) throws Exception {
            awaitReady();
            Thread.sleep(delay);
            boolean done = "done".equals(lines.peek());
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return done;
        }
    }

    /** Row count and an order-free checksum of every table, read as the app opens the journal. */
    private static Map<String, String> state(Path journal, char[] key) {
        try (Database database = Database.open(journal, key); Connection c = database.connection()) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    if (!rs.getString(1).equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            Map<String, String> state = new TreeMap<>();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : tables) {
                long rows = 0;
                long sum = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table
                        + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            // When a row was written is not part of the state (check_in.updated_at).
                            if (!rs.getMetaData().getColumnName(i).equalsIgnoreCase("updated_at")) {
                                row.append(rs.getString(i)).append('\u0001');
                            }
                        }
                        byte[] digest = sha.digest(row.toString().getBytes(StandardCharsets.UTF_8));
                        sum += java.nio.ByteBuffer.wrap(digest).getLong();
                        rows++;
                    }
                }
                state.put(table, rows + " rows, sum " + Long.toHexString(sum));
            }
            return state;
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String differences(Map<String, String> state, Map<String, String> before,
                                      Map<String, String> after) {
        StringBuilder text = new StringBuilder();
        for (var e : state.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey())) && !e.getValue().equals(after.get(e.getKey()))) {
                text.append(e.getKey()).append(": ").append(e.getValue()).append(" (before ")
                        .append(before.get(e.getKey())).append(", after ").append(after.get(e.getKey())).append("); ");
            }
        }
        return text.length() == 0 ? "tables mixed from before and after " + state : text.toString();
    }

    /** Files the start left that are neither the journal, its lock nor a finished backup. */
    private static List<String> leftovers(Path journal) throws IOException {
        try (Stream<Path> files = Files.walk(journal)) {
            return files.filter(f -> !f.equals(journal))
                    .map(f -> journal.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("carnet.mv.db") && !name.equals("carnet.lock")
                            && !name.equals("backups") && !name.matches("backups/carnet-[0-9-]+(-before-restore)?\\.zip"))
                    .sorted().toList();
        }
    }

    /** Files under {@code journal} holding a database that is not encrypted (loose or in a zip). */
    private static List<String> plainFiles(Path journal) throws IOException {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(journal)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".lock") || Files.size(file) == 0) {
                    continue;
                }
                boolean zip = name.contains(".zip");
                if (zip ? zipHoldsPlain(file) : !startsWithCipher(Files.newInputStream(file))) {
                    plain.add(journal.relativize(file).toString());
                }
            }
        }
        return plain;
    }

    private static boolean zipHoldsPlain(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && !startsWithCipher(zip)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // a half-written zip: counted as a leftover, its entry may be cut
        }
    }

    private static boolean startsWithCipher(InputStream in) throws IOException {
        try {
            byte[] start = in.readNBytes(CIPHER.length);
            return start.length == 0 || Arrays.equals(start, CIPHER);
        } finally {
            if (!(in instanceof ZipInputStream)) {
                in.close();
            }
        }
    }
}
