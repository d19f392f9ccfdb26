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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What the crash tests share: a child JVM run until its end or killed ({@link Run}), the journal's state read as the
 * app opens it, and the files a start must not leave (temporary files, plain copies of a protected journal).
 */
final class CrashKit {
    private static final byte[] CIPHER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private CrashKit() {
    }

    /** Copies the folder {@code from} (a journal, its backups) to {@code to}, without the lock file. */
    static Path copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().equals(Database.LOCK_FILE)) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                }
            }
        }
        return to;
    }

    /** Starts {@code main} in a child JVM on this test's class path, with {@code args}. */
    static Run start(Class<?> main, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new Run(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)));
    }

    /** A child: waits for "ready", then either lets it finish or kills it. Its lines are read by a thread. */
    static final class Run {
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

        /** What the child printed between "ready" and "done" (its progress), in {@link #finish()}. */
        final List<String> said = new ArrayList<>();

        /** Lets the child run to its end; true when it printed "done". */
        boolean finish() throws Exception {
            awaitReady();
            long start = System.nanoTime();
            String line;
            while ((line = lines.poll(600, TimeUnit.SECONDS)) != null && !line.equals("done")) {
                said.add(line);
            }
            millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return "done".equals(line);
        }

        /**
         * Kills the child {@code delay} ms after it printed {@code wanted} (a step it starts); true when it had already
         * finished by then.
         */
        boolean killAfterLine(String wanted, long delay) throws Exception {
            awaitReady();
            String line;
            while ((line = lines.poll(120, TimeUnit.SECONDS)) != null && !line.equals(wanted) && !line.equals("done")) {
                // the steps before the one aimed at
            }
            assertThat(line).as("the child reached " + wanted).isNotNull();
            if (!line.equals("done")) {
                Thread.sleep(delay);
            }
            boolean done = line.equals("done") || lines.contains("done");
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return done;
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
    static Map<String, String> state(Path journal, char[] key) {
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

    static String differences(Map<String, String> state, Map<String, String> before,
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
    static List<String> leftovers(Path journal) throws IOException {
        try (Stream<Path> files = Files.walk(journal)) {
            return files.filter(f -> !f.equals(journal))
                    .map(f -> journal.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("carnet.mv.db") && !name.equals("carnet.lock")
                            && !name.equals("backups") && !name.matches("backups/carnet-[0-9-]+(-before-restore)?\\.zip"))
                    .sorted().toList();
        }
    }

    /** Files under {@code journal} holding a database that is not encrypted (loose or in a zip). */
    static List<String> plainFiles(Path journal) throws IOException {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(journal)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                // The switch's marker and the log are text, not databases.
                if (name.endsWith(".lock") || name.endsWith(".properties") || name.endsWith(".log")
                        || Files.size(file) == 0) {
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
