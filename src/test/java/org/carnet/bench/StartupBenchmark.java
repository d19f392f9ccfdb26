package org.carnet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.carnet.storage.Encryption;

/**
 * The time until a person can type, and command-line starts, each against a baseline measured in the same run
 * (bench/run.sh startup). Every run starts fresh JVMs, the app's and the baselines' alternately, so all see the same
 * machine; medians are printed with their ratio and target. Optional rows:
 * {@code -Dcarnet.bench.cds=ARCHIVE} adds the commands with that AppCDS archive and C1 only (as the installed
 * launcher runs them); {@code -Dcarnet.bench.before=CLASSPATH} adds the same rows for another build (before/after).
 * The window is started as its launchers start it: the launcher's options ({@link MemoryBenchmark#LAUNCHER_OPTIONS}),
 * and with {@code -Dcarnet.bench.windowCds=ARCHIVE} the window's AppCDS archive (as the installed app); the row
 * without the archive is how {@code mvn javafx:run} starts it. The baselines run with the JVM's defaults.
 * {@code -Dcarnet.bench.commandsOnly=true} runs only the command rows and their baseline (bench/run.sh commands: no
 * display needed); {@code -Dcarnet.bench.beforeCds=ARCHIVE} adds the before build's commands with its own archive
 * and C1, as its installed launcher ran them; {@code -Dcarnet.bench.beforeWindowCds=ARCHIVE} starts the before
 * build's window with its own window archive, as the after build's (bench/run.sh startup makes both).
 */
public final class StartupBenchmark {
    private static final String PASSWORD = "bench-password-1";
    private static final int REPORT_DAYS = 8 * 7;

    private final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classpath = System.getProperty("java.class.path");
    private final Map<String, List<Double>> figures = new LinkedHashMap<>();
    private final Path work;

    private StartupBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.util.logging.LogManager.getLogManager().reset();
        Path work = Files.createTempDirectory("carnet-startup-bench");
        try {
            new StartupBenchmark(work).run(runs);
        } finally {
            deleteRecursively(work);
        }
    }

    private void run(int runs) throws Exception {
        Path plain = work.resolve("journal");
        long t0 = System.nanoTime();
        int checkIns = FxGapBenchmark.generate(plain);
        boolean commandsOnly = Boolean.getBoolean("carnet.bench.commandsOnly");
        Path encrypted = work.resolve("encrypted");
        if (!commandsOnly) {
            copyFolder(plain, encrypted);
            Encryption.change(encrypted, null, PASSWORD.toCharArray());
        }
        System.out.printf(Locale.ROOT, "Startup: %d check-ins over 10 years (%s), made in "
                + "%.1f s; %d runs, each a fresh JVM; %d cores, load average %s%n", checkIns,
                commandsOnly ? "commands only" : "plain and encrypted copies",
                (System.nanoTime() - t0) / 1e9, runs, Runtime.getRuntime().availableProcessors(), loadAverage());
        String cds = System.getProperty("carnet.bench.cds");
        String windowCds = System.getProperty("carnet.bench.windowCds");
        List<String> window = new ArrayList<>(MemoryBenchmark.LAUNCHER_OPTIONS);
        if (windowCds != null) {
            window.addAll(List.of("-XX:SharedArchiveFile=" + windowCds, "-Xshare:auto"));
        }
        String before = System.getProperty("carnet.bench.before");
        String beforeCds = System.getProperty("carnet.bench.beforeCds");
        // The before build's window archive (its own class list): its typing row then runs as installed, as the
        // after row does; without it the before row has no archive and reads high.
        String beforeWindowCds = System.getProperty("carnet.bench.beforeWindowCds");
        List<String> beforeWindow = new ArrayList<>(MemoryBenchmark.LAUNCHER_OPTIONS);
        if (beforeWindowCds != null) {
            beforeWindow.addAll(List.of("-XX:SharedArchiveFile=" + beforeWindowCds, "-Xshare:auto"));
        }
        int sessions = commandsOnly ? 0 : Integer.getInteger("carnet.bench.sessions", runs);
        // Warm-ups (file cache), not counted.
        if (!commandsOnly) {
            gui(classpath, List.of(), "org.carnet.bench.BareWindow");
            gui(classpath, window, "org.carnet.bench.TypingProbe", "--data-dir", plain.toString());
        }
        cli(classpath, List.of(), plain, "status");
        for (int i = 0; i < runs; i++) {
            if (commandsOnly) {
                commandRun(i, cds, before, beforeCds, plain);
                continue;
            }
            Map<String, Double> bare = gui(classpath, List.of(), "org.carnet.bench.BareWindow");
            add("bare window shown", bare.get("shown"));
            add("bare window peak RSS MB", bare.get("rss"));
            add("bare window + key stretching", gui(classpath, List.of(), "org.carnet.bench.BareWindow", "--stretch",
                    PASSWORD).get("stretched"));
            Map<String, Double> typing = gui(classpath, window, "org.carnet.bench.TypingProbe", "--data-dir",
                    plain.toString());
            add("check-in accepts typing", typing.get("typing"));
            add("check-in accepts typing: CPU ms", typing.get("cpu"));
            List<String> withPassword = new ArrayList<>(window);
            withPassword.add("-Dcarnet.probe.password=" + PASSWORD);
            add("check-in accepts typing, encrypted", gui(classpath, withPassword, "org.carnet.bench.TypingProbe",
                    "--data-dir", encrypted.toString()).get("typing"));
            if (windowCds != null) {
                Map<String, Double> noArchive = gui(classpath, MemoryBenchmark.LAUNCHER_OPTIONS,
                        "org.carnet.bench.TypingProbe", "--data-dir", plain.toString());
                add("check-in accepts typing, no archive", noArchive.get("typing"));
                add("check-in accepts typing, no archive: CPU ms", noArchive.get("cpu"));
            }
            add("plain SELECT", wall(List.of(javaBin, "-cp", classpath, PlainSelect.class.getName(), plain.toString())));
            commands("", classpath, List.of(), plain);
            if (cds != null) {
                commands(" (AppCDS, C1)", classpath, List.of("-XX:SharedArchiveFile=" + cds,
                        "-XX:TieredStopAtLevel=1", "-Xshare:auto"), plain);
            }
            if (before != null) {
                String old = beforePath(before);
                add("before: check-in accepts typing", gui(old, beforeWindow,
                        "org.carnet.bench.TypingProbe", "--data-dir", plain.toString()).get("typing"));
                commands(" (before)", old, List.of(), plain);
            }
            if (i < sessions) {
                Map<String, Double> session = FxGapBenchmark.child(javaBin, plain, MemoryBenchmark.LAUNCHER_OPTIONS);
                add("session: longest FX stall ms", session.get("longest"));
                add("session: peak RSS MB", session.get("peakRssMb"));
            }
            System.out.printf(Locale.ROOT, "  run %d done: typing %.0f ms, status %.0f ms%n", i + 1,
                    last("check-in accepts typing"), last("status"));
        }
        if (commandsOnly) {
            printCommands(cds != null, before != null, beforeCds != null);
        } else {
            print(cds != null, windowCds != null, before != null);
        }
        System.out.println("  load average at the end: " + loadAverage());
    }

    /** One run of the command rows only: the plain SELECT, then each build's commands, interleaved. */
    private void commandRun(int run, String cds, String before, String beforeCds, Path plain) throws Exception {
        add("plain SELECT", wall(List.of(javaBin, "-cp", classpath, PlainSelect.class.getName(), plain.toString())));
        String old = before == null ? null : beforePath(before);
        if (old != null) {
            commands(" (before)", old, List.of(), plain);
        }
        commands("", classpath, List.of(), plain);
        if (old != null && beforeCds != null) {
            commands(" (before, AppCDS, C1)", old, launcher(beforeCds), plain);
        }
        if (cds != null) {
            commands(" (AppCDS, C1)", classpath, launcher(cds), plain);
        }
        System.out.printf(Locale.ROOT, "  run %d done (load average %s): report %.0f ms, with AppCDS and C1 %s ms%n",
                run + 1, loadAverage(), last("report"), cds == null ? "-" : String.format(Locale.ROOT, "%.0f",
                        last("report (AppCDS, C1)")));
    }

    private static List<String> launcher(String archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    }

    private void printCommands(boolean cds, boolean before, boolean beforeCds) {
        System.out.println();
        System.out.println("Command figures, medians of wall ms from process start to exit:");
        double select = median("plain SELECT");
        List<String> suffixes = new ArrayList<>(List.of(""));
        if (cds) {
            suffixes.add(" (AppCDS, C1)");
        }
        if (before) {
            suffixes.add(" (before)");
        }
        if (beforeCds) {
            suffixes.add(" (before, AppCDS, C1)");
        }
        double[] targets = {1.3, 1.5, 2.0};
        String[] names = {"status", "export", "report"};
        for (String suffix : suffixes) {
            for (int n = 0; n < names.length; n++) {
                row(names[n] + suffix, median(names[n] + suffix), "plain SELECT", select, targets[n]);
            }
        }
        for (String suffix : suffixes) {
            List<Double> all = figures.get("report" + suffix);
            System.out.printf(Locale.ROOT, "  report%s, every run: %s ms%n", suffix, all.stream()
                    .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
        }
        System.out.printf(Locale.ROOT, "  plain SELECT, every run: %s ms%n", figures.get("plain SELECT").stream()
                .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    private void commands(String suffix, String path, List<String> flags, Path journal) throws Exception {
        add("status" + suffix, cli(path, flags, journal, "status"));
        Path json = work.resolve("export.json");
        add("export" + suffix, cli(path, flags, journal, "export", "--out", json.toString()));
        Files.deleteIfExists(json);
        Path pdf = work.resolve("report.pdf");
        LocalDate today = LocalDate.now();
        add("report" + suffix, cli(path, flags, journal, "report", "--from", today.minusDays(REPORT_DAYS - 1)
                .toString(), "--to", today.toString(), "--out", pdf.toString(), "--lang", "en"));
        Files.deleteIfExists(pdf);
    }

    /**
     * The before build's class path: its own jars, then only the folders of this class path (the probes' classes).
     * With this build's jars after the before build's, the same commands took twice the CPU (identical code measured
     * both ways), so the before rows read slow.
     */
    private String beforePath(String before) {
        StringBuilder path = new StringBuilder(before);
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.endsWith("*") && Files.isDirectory(Path.of(entry))) {
                path.append(java.io.File.pathSeparatorChar).append(Path.of(entry).toAbsolutePath());
            }
        }
        return path.toString();
    }

    private void print(boolean cds, boolean windowCds, boolean before) {
        System.out.println();
        System.out.println("Startup and command figures, medians (ms of JVM uptime for the window rows, wall ms for "
                + "the commands):");
        double bare = median("bare window shown");
        row("window start -> check-in accepts typing", median("check-in accepts typing"), "bare window shown", bare,
                1.8);
        if (windowCds) {
            row("same, without the window's archive", median("check-in accepts typing, no archive"),
                    "bare window shown", bare, 1.8);
            System.out.printf(Locale.ROOT, "  CPU time of the app until typing: %.0f ms with the window's archive, %.0f ms "
                    + "without (medians)%n", median("check-in accepts typing: CPU ms"),
                    median("check-in accepts typing, no archive: CPU ms"));
        }
        row("same, encrypted (password typed)", median("check-in accepts typing, encrypted"),
                "bare window + key stretching", median("bare window + key stretching"), 2.0);
        double select = median("plain SELECT");
        row("status", median("status"), "plain SELECT", select, 1.3);
        row("export", median("export"), "plain SELECT", select, 1.5);
        row("report (8 weeks)", median("report"), "plain SELECT", select, 2.0);
        if (cds) {
            row("status (AppCDS, C1)", median("status (AppCDS, C1)"), "plain SELECT", select, 1.3);
            row("export (AppCDS, C1)", median("export (AppCDS, C1)"), "plain SELECT", select, 1.5);
            row("report (AppCDS, C1)", median("report (AppCDS, C1)"), "plain SELECT", select, 2.0);
        }
        if (figures.containsKey("session: peak RSS MB")) {
            row("peak RSS after the scripted session (MB)", median("session: peak RSS MB"), "bare window's (MB)",
                    median("bare window peak RSS MB"), 2.5);
            List<Double> stalls = figures.get("session: longest FX stall ms");
            System.out.printf(Locale.ROOT, "  longest FX stall in the session, every run: %s ms; worst %.0f   target "
                    + "< 100 on every run%n", stalls.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
                    stalls.stream().mapToDouble(Double::doubleValue).max().orElse(-1));
        }
        if (before) {
            System.out.println();
            System.out.println("Before / after, same session (medians, ms):");
            System.out.printf(Locale.ROOT, "  %-40s %8s %8s %7s%n", "", "before", "after", "after/before");
            for (String name : List.of("check-in accepts typing", "status", "export", "report")) {
                double was = median(name.startsWith("check-in") ? "before: " + name : name + " (before)");
                double now = median(name);
                System.out.printf(Locale.ROOT, "  %-40s %8.0f %8.0f %7.2f%n", name, was, now, now / was);
            }
        }
    }

    private static void row(String name, double value, String baselineName, double baseline, double target) {
        double ratio = value / baseline;
        System.out.printf(Locale.ROOT, "  %-42s %7.0f   vs %-30s %7.0f   ratio %.2f  target <= %.1f %s%n", name,
                value, baselineName, baseline, ratio, target, ratio <= target ? "(met)" : "(NOT met)");
    }

    private void add(String name, Double value) {
        if (value == null) {
            throw new IllegalStateException("No figure for " + name);
        }
        figures.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private double last(String name) {
        List<Double> values = figures.get(name);
        return values.get(values.size() - 1);
    }

    private double median(String name) {
        double[] values = figures.getOrDefault(name, List.of()).stream().mapToDouble(Double::doubleValue).sorted()
                .toArray();
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    /** A window child: the "name value" lines it prints ("shown", "typing", "rss", "stretched"). */
    private Map<String, Double> gui(String path, List<String> flags, String... main)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin, "-Dprism.order=sw"));
        command.addAll(flags);
        command.addAll(List.of("-cp", path));
        command.addAll(List.of(main));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> printed = new LinkedHashMap<>();
        try (var out = process.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && parts[1].matches("-?[0-9.]+")) {
                    printed.put(parts[0], Double.parseDouble(parts[1]));
                }
            }
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (printed.isEmpty()) {
            throw new IllegalStateException("Nothing printed by " + String.join(" ", main) + " (a display?)");
        }
        return printed;
    }

    private double cli(String path, List<String> flags, Path journal, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin));
        command.addAll(flags);
        command.addAll(List.of("-cp", path, "org.carnet.app.Launcher", "--data-dir", journal.toString()));
        command.addAll(List.of(args));
        return wall(command);
    }

    /** Wall time of a command from its start to its exit, in ms; it must succeed. */
    private static double wall(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException("Failed (" + code + "): " + String.join(" ", command) + "\n" + output);
        }
        return ms;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().equals("carnet.lock")) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
