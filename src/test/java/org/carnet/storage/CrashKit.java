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

    /**
     * The child JVM's options: {@code carnet.crash.jvm} (space-separated; empty for none), else a quick start (C1
     * only, the serial collector, the JDK's shared classes), which made a kill cheaper here (docs/crash-tests.md).
     */
    static List<String> childOptions() {
        String options = System.getProperty("carnet.crash.jvm",
                "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto");
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** Starts {@code main} in a child JVM on this test's class path, with {@code args}. */
    static Run start(Class<?> main, List<String> args) throws IOException {
        return start(main, List.of(), args);
    }

    /** The same, with options for the child JVM ({@code -D...}). */
    static Run start(Class<?> main, List<String> options, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(childOptions());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new Run(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)));
    }

    /** Where a kill aimed at a switch landed ({@link Run#killWhen}). */
    enum Landed { NO_SWITCH, ENDED, INSIDE, AFTER }

    /** A child: waits for "ready", then either lets it finish or kills it. Its lines are read by a thread. */
    static final class Run {
        /** The park between two looks for a switch's marker (the switch lasts a few ms). */
        static final long POLL_NANOS = 20_000;
        private final Process process;
        private final java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        /** Set by the reader as soon as the child printed "done" (read without a lock by a polling aim). */
        private volatile boolean doneSeen;
        long millis;
        /** When the child was started, and when it printed "ready" (nanoTime; 0 until then). */
        final long startedNanos = System.nanoTime();
        long readyNanos;

        Run(Process process, BufferedReader out) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (out) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.equals("done")) {
                            doneSeen = true;
                        }
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
            readyNanos = System.nanoTime();
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

        /**
         * Waits for the line {@code wanted} (unless null), then (parks of about {@value #POLL_NANOS} ns) until
         * {@code appeared} says yes (a switch's marker is there),
         * then kills the child {@code delayNanos} later. Says where the kill landed: the child finished without the
         * probe ever saying yes, or it finished after it (it printed "done"), or {@code still} (the marker) held right
         * after the kill, before any start (inside the switch), or not (after it).
         */
        Landed killWhen(String wanted, java.util.function.BooleanSupplier appeared, long delayNanos,
                         java.util.function.BooleanSupplier still) throws Exception {
            awaitReady();
            if (wanted != null) {
                String line;
                while ((line = lines.poll(120, TimeUnit.SECONDS)) != null && !line.equals(wanted)
                        && !line.equals("done")) {
                    // the steps before the one aimed at
                }
                assertThat(line).as("the child reached " + wanted).isNotNull();
            }
            boolean seen;
            int polls = 0;
            while (!(seen = appeared.getAsBoolean())) {
                if (doneSeen || (++polls % 64 == 0 && !process.isAlive())) {
                    break;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
            }
            if (seen) {
                long until = System.nanoTime() + delayNanos;
                for (long left; (left = until - System.nanoTime()) > 0; ) {
                    java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, 1_000_000));
                }
            }
            boolean done = doneSeen;
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return !seen ? Landed.NO_SWITCH : done ? Landed.ENDED : still.getAsBoolean() ? Landed.INSIDE
                    : Landed.AFTER;
        }

        /** Whether the child printed a line starting with {@code start} that no wait has read yet. */
        boolean printed(String start) {
            return lines.stream().anyMatch(l -> l.startsWith(start));
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

    /**
     * One operation under test, as the kill loop ({@link #killAt}) sees it: a fresh copy of its folder for each kill,
     * its child started on that copy, and the checks of what a kill left.
     */
    interface Operation {
        /** A fresh copy of the journal's folder in its state before, for kill {@code k}. */
        Path copy(int k) throws IOException;

        /** Starts the child that runs the operation on {@code journal}. */
        Run start(Path journal) throws IOException;

        /**
         * Opens the journal as a start does and says {@code before}, {@code after} or {@code whole} (the check cannot
         * tell which); anything else is what is wrong (partial). Throws when the journal does not open.
         */
        String check(Path journal) throws Exception;

        /** Whether the plain files seen at the kill, before any start, are counted (the journal is protected). */
        default boolean protectedAtKill(Path journal) throws IOException {
            return Database.isEncrypted(journal);
        }

        /** Checks of the operation's own, after the common ones (files it writes outside the data folder). */
        default void alsoCheck(int k, Path journal, Tally tally) throws Exception {
        }
    }

    /** A function that may fail as a test's file work does. */
    @FunctionalInterface
    interface Step<A, R> {
        R apply(A a) throws Exception;
    }

    /** An {@link Operation} from its parts: the copy for kill k, the child's start, the check, the protection. */
    static Operation operation(Step<Integer, Path> copy, Step<Path, Run> start, Step<Path, String> check,
                               Step<Path, Boolean> protectedAtKill) {
        return new Operation() {
            @Override
            public Path copy(int k) throws IOException {
                return call(copy, k);
            }

            @Override
            public Run start(Path journal) throws IOException {
                return call(start, journal);
            }

            @Override
            public String check(Path journal) throws Exception {
                return check.apply(journal);
            }

            @Override
            public boolean protectedAtKill(Path journal) throws IOException {
                return call(protectedAtKill, journal);
            }
        };
    }

    private static <A, R> R call(Step<A, R> step, A a) throws IOException {
        try {
            return step.apply(a);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Where a kill lands: runs the child and kills it, or sees it end first. */
    interface Aim {
        /** Kills {@code child} (kill {@code k}, on {@code journal}) and says how. */
        Kill kill(Run child, int k, Path journal) throws Exception;
    }

    /**
     * How a kill went: whether the child had already printed "done", when the kill was aimed (for the details),
     * whether it was aimed at the switch, whether it landed inside it (the marker still there right after the kill),
     * and whether the child ended with no marker ever seen.
     */
    record Kill(boolean endedBefore, String when, boolean aimedAtSwitch, boolean insideSwitch, boolean noSwitch) {
        Kill(boolean endedBefore, String when) {
            this(endedBefore, when, false, false, false);
        }
    }

    /** The longest wait after the marker appears before a kill at the switch ({@code carnet.crash.switch.millis}). */
    static long switchMillis() {
        return Long.getLong("carnet.crash.switch.millis", 20);
    }

    /**
     * Kills aimed at a switch: waits for {@code marker} (for kill k, on the journal) to say a switch has begun, then
     * kills after a random 0..{@link #switchMillis} ms (squared, so mostly short); counts the kill inside the switch
     * when {@code marker} still says so right after it (before any start), ended before when it never said so before
     * the child finished.
     */
    static Aim atSwitch(Step<Path, Boolean> marker, java.util.Random random) {
        return atSwitch(k -> null, marker, random);
    }

    /** The same, the marker looked for only once the child printed the line {@code after} names for kill k. */
    static Aim atSwitch(java.util.function.IntFunction<String> after, Step<Path, Boolean> marker,
                        java.util.Random random) {
        long most = switchMillis() * 1_000_000;
        return (child, k, journal) -> {
            // Squared: most delays are short, as the switch on an idle machine lasts only a few ms.
            double u = random.nextDouble();
            long delay = (long) (u * u * most);
            java.util.function.BooleanSupplier probe = () -> {
                try {
                    return marker.apply(journal);
                } catch (Exception e) {
                    return false; // a file renamed away while listed: look again
                }
            };
            String line = after.apply(k);
            Landed landed = child.killWhen(line, probe, delay, probe);
            String when = String.format("%sat the switch + %.2f ms (%s)", line == null ? "" : "after " + line + ", ",
                    delay / 1e6, landed);
            return new Kill(landed == Landed.NO_SWITCH || landed == Landed.ENDED, when, true,
                    landed == Landed.INSIDE, landed == Landed.NO_SWITCH);
        };
    }

    /** The marker of a journal switch is in the data folder. */
    static boolean switchMarker(Path journal) {
        return Files.exists(journal.resolve(JournalSwitch.MARKER));
    }

    /** Every other kill (odd k) aimed by {@code odd}, the others by {@code even}. */
    static Aim alternating(Aim even, Aim odd) {
        return (child, k, journal) -> (k % 2 == 0 ? even : odd).kill(child, k, journal);
    }

    /**
     * Half the kills at a random moment of the operation, half in its last fifth (where a switch happens), both from
     * the child's "ready"; each kill that comes after the end makes the aim earlier (the reference run was slower).
     */
    static Aim randomly(long millis, java.util.Random random) {
        long[] aim = {Math.max(1, millis)};
        return (child, k, journal) -> {
            long delay = random.nextBoolean() ? (long) (random.nextDouble() * aim[0] * 1.1)
                    : (long) (aim[0] * (0.8 + random.nextDouble() * 0.25));
            boolean done = child.killAfter(delay);
            if (done) {
                aim[0] = Math.max(1, aim[0] * 8 / 10);
            }
            return new Kill(done, "after " + delay + " ms");
        };
    }

    /**
     * The kills a test asks for: {@code carnet.crash.kills}, else {@code fallback}; a long run may also give an end,
     * {@code carnet.crash.until} (epoch ms), after which no kill is started ({@link #killAt}).
     */
    static int kills(int fallback) {
        return Integer.getInteger("carnet.crash.kills", fallback);
    }

    /**
     * Skips the operation when {@code carnet.crash.only} names others (a comma-separated list), so that a long run
     * can take one operation at a time.
     */
    static void assumeChosen(String operation) {
        String only = System.getProperty("carnet.crash.only", "").trim();
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isEmpty()
                || List.of(only.split(",")).contains(operation), () -> operation + " not in carnet.crash.only");
    }

    /**
     * The kill loop: {@code kills} times, a fresh copy, the child started and killed as {@code aim} says, then the
     * journal opened and checked as a start does. Counted in the returned tally (printed in one line by
     * {@link Tally#report}): kills, how many came after the end, before / after, partial, unopenable, plain files and
     * temporary files left, and the plain files seen at the kill.
     */
    static Tally killAt(String operation, int kills, Operation subject, Aim aim) throws Exception {
        Tally tally = new Tally(operation);
        long until = Long.getLong("carnet.crash.until", Long.MAX_VALUE);
        for (int k = 0; k < kills; k++) {
            if (System.currentTimeMillis() >= until) {
                // A long run given an end (epoch ms): the kills made so far are reported, the rest not made.
                System.out.printf("Crash test, %s: stopped at carnet.crash.until after %d of %d kills%n", operation,
                        k, kills);
                break;
            }
            long t0 = System.nanoTime();
            Path journal = subject.copy(k);
            long t1 = System.nanoTime();
            if (k == 0) {
                tally.journalBytes = folderBytes(journal);
            }
            Run child = subject.start(journal);
            Kill kill = aim.kill(child, k, journal);
            long t2 = System.nanoTime();
            tally.time(t1 - t0, child.readyNanos - child.startedNanos, t2 - child.readyNanos);
            try {
                check(subject, k, journal, kill, tally);
            } finally {
                tally.checkNanos.add(System.nanoTime() - t2);
                tally.totalNanos.add(System.nanoTime() - t0);
            }
        }
        return tally;
    }

    /** The bytes of the files in {@code folder} (the journal and its backups). */
    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    /** The checks of one kill, counted in {@code tally}. */
    private static void check(Operation subject, int k, Path journal, Kill kill, Tally tally) throws Exception {
        tally.kills++;
        if (kill.endedBefore()) {
            tally.endedBefore++;
        }
        if (kill.aimedAtSwitch()) {
            tally.aimedAtSwitch++;
            if (kill.insideSwitch()) {
                tally.insideSwitch++;
            } else if (kill.noSwitch()) {
                tally.switchNeverSeen++;
            }
        }
        if (subject.protectedAtKill(journal)) {
            tally.plainAtKill += plainFiles(journal).size();
        }
        String state;
        try {
            state = subject.check(journal);
        } catch (Exception | AssertionError e) {
            tally.unopenable++;
            tally.problem(k, kill, "does not open: " + e);
            Encryption.clear(journal);
            return;
        }
        switch (state) {
            case "before" -> tally.before++;
            case "after" -> tally.after++;
            case "whole" -> tally.whole++;
            default -> {
                tally.partial++;
                tally.problem(k, kill, state);
            }
        }
        List<String> left = leftovers(journal);
        if (!left.isEmpty()) {
            tally.temporaryLeft++;
            tally.problem(k, kill, "left " + left);
        }
        if (Database.isEncrypted(journal)) {
            List<String> readable = plainFiles(journal);
            if (!readable.isEmpty()) {
                tally.plainLeft++;
                tally.problem(k, kill, "plain " + readable);
            }
        }
        subject.alsoCheck(k, journal, tally);
        Encryption.clear(journal);
    }

    /** What the kills of one operation found. */
    static final class Tally {
        final String operation;
        int kills;
        int endedBefore;
        /** Kills aimed at the switch, those that landed inside it, those whose child ended with no switch seen. */
        int aimedAtSwitch;
        int insideSwitch;
        int switchNeverSeen;
        int before;
        int after;
        int whole;
        int partial;
        int unopenable;
        int plainLeft;
        int plainAtKill;
        int temporaryLeft;
        /** Temporary files an operation leaves outside the data folder (an export's), at the kill. */
        int temporaryOutside;
        private final List<String> problems = new ArrayList<>();
        /** What each kill cost (ns): the copy, the child's start to "ready", its run to the kill, the checks, all. */
        final List<Long> copyNanos = new ArrayList<>();
        final List<Long> startNanos = new ArrayList<>();
        final List<Long> runNanos = new ArrayList<>();
        final List<Long> checkNanos = new ArrayList<>();
        final List<Long> totalNanos = new ArrayList<>();

        Tally(String operation) {
            this.operation = operation;
        }

        /** The size of the journal's folder as copied for the first kill (the journal and its backups). */
        long journalBytes;

        void time(long copy, long start, long run) {
            copyNanos.add(copy);
            startNanos.add(start);
            runNanos.add(run);
        }

        /** The median cost of a kill and of its parts, in ms. */
        String costs() {
            return String.format("per kill (median ms): %d (copy %d, child start to ready %d, run to the kill %d, "
                    + "checks %d); the journal's folder %d KB", median(totalNanos), median(copyNanos),
                    median(startNanos), median(runNanos), median(checkNanos), journalBytes / 1024);
        }

        private static long median(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return 0;
            }
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.get(sorted.size() / 2) / 1_000_000;
        }

        /** A kill that broke a promise: printed, and the test fails. */
        void problem(int k, Kill kill, String what) {
            problems.add("kill " + k + (kill == null ? "" : " " + kill.when()) + ": " + what);
        }

        /** Prints the figures in one line and the problems below, then fails if there is any. */
        void report(String extra) {
            System.out.printf("Crash test, %s: %d kills, %d ended before the kill, %d aimed at the switch (%d inside "
                            + "the switch, %d ended with no switch seen), %d before, %d after, %d whole, %d partial, "
                            + "%d unopenable, %d with plain files left (%d plain files seen at the kill), "
                            + "%d with temporary files left, %d temporary files outside the data folder at the kill"
                            + "%s%n", operation, kills, endedBefore, aimedAtSwitch, insideSwitch, switchNeverSeen,
                    before, after, whole, partial, unopenable, plainLeft, plainAtKill, temporaryLeft, temporaryOutside,
                    "; " + costs() + (extra.isEmpty() ? "" : "; " + extra));
            problems.forEach(p -> System.out.println("  " + p));
            assertThat(problems).as("%s killed %d times", operation, kills).isEmpty();
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
