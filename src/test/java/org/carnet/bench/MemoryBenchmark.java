package org.carnet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Peak memory (RSS) of the app after the scripted session of {@link FxGapBenchmark} on the 10-year journal, with the
 * JVM's default options and with each candidate set of launcher options, against a bare JavaFX window's, with the
 * session's longest FX stall beside it (a smaller heap must not buy memory with pauses). Fresh JVMs, interleaved,
 * medians. Run by {@code bench/run.sh memory [runs] [viewport]} (needs a display, as the session does).
 */
public final class MemoryBenchmark {
    /** The window launcher's options (pom.xml's javafx:run, installer/build-*.sh): chosen from the rows below. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms64m");

    /** The candidate option sets; the first is the JVM's defaults. */
    static final List<List<String>> OPTIONS = List.of(
            List.of(),
            List.of("-XX:+UseSerialGC"),
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
            LAUNCHER_OPTIONS,
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m"),
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx192m", "-XX:ReservedCodeCacheSize=32m",
                    "-Xss512k"));

    /**
     * {@code viewport}: the launcher's options with JavaFX's viewport cache (as before ui/ViewportSkin) and without,
     * alternating which goes first, with the live heap and its int arrays after each session (a full collection).
     */
    static final List<List<String>> VIEWPORT = List.of(
            concat(LAUNCHER_OPTIONS, "-Dcarnet.viewportCache=true", "-Dcarnet.fxgap.histogram=true"),
            concat(LAUNCHER_OPTIONS, "-Dcarnet.fxgap.histogram=true"));

    private MemoryBenchmark() {
    }

    private static List<String> concat(List<String> options, String... more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        boolean viewport = args.length > 1 && args[1].equals("viewport");
        List<List<String>> arms = viewport ? VIEWPORT : OPTIONS;
        java.util.logging.LogManager.getLogManager().reset();
        Path work = Files.createTempDirectory("carnet-memory-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path journal = work.resolve("journal");
        int checkIns = FxGapBenchmark.generate(journal);
        System.out.printf(Locale.ROOT, "Memory: %d check-ins over 10 years; %d runs, fresh JVMs; %d cores, load "
                + "average %s%n", checkIns, runs, Runtime.getRuntime().availableProcessors(), loadAverage());
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            figures.computeIfAbsent("bare", k -> new ArrayList<>()).add(bareRss(java));
            List<List<String>> order = new ArrayList<>(arms);
            if (viewport && i % 2 == 1) {
                Collections.reverse(order);
            }
            for (List<String> options : order) {
                Map<String, Double> session = FxGapBenchmark.child(java, journal, options);
                String name = options.isEmpty() ? "(defaults)" : String.join(" ", options);
                figures.computeIfAbsent(name + "\trss", k -> new ArrayList<>()).add(session.get("peakRssMb"));
                figures.computeIfAbsent(name + "\tstall", k -> new ArrayList<>()).add(session.get("longest"));
                for (String heap : List.of("liveHeapMb", "intArraysMb")) {
                    if (session.containsKey(heap)) {
                        figures.computeIfAbsent(name + "\t" + heap, k -> new ArrayList<>()).add(session.get(heap));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  run %d done%n", i + 1);
        }
        double bare = median(figures.get("bare"));
        System.out.printf(Locale.ROOT, "  bare JavaFX window: peak RSS %.0f MB (median)%n", bare);
        System.out.printf(Locale.ROOT, "  %-46s %9s %7s %16s%n", "options", "RSS MB", "ratio", "longest stall ms");
        for (List<String> options : arms) {
            String name = options.isEmpty() ? "(defaults)" : String.join(" ", options);
            double rss = median(figures.get(name + "\trss"));
            System.out.printf(Locale.ROOT, "  %-46s %9.0f %7.2f %16.0f   (RSS runs %s)%n", name, rss, rss / bare,
                    median(figures.get(name + "\tstall")), figures.get(name + "\trss"));
            if (figures.containsKey(name + "\tliveHeapMb")) {
                System.out.printf(Locale.ROOT, "  %-46s live heap after a full GC %.1f MB, int arrays %.1f MB (runs %s,"
                        + " %s)%n", "", median(figures.get(name + "\tliveHeapMb")),
                        median(figures.get(name + "\tintArraysMb")), figures.get(name + "\tliveHeapMb"),
                        figures.get(name + "\tintArraysMb"));
            }
        }
        System.out.printf(Locale.ROOT, "  bare window RSS runs %s%n", figures.get("bare"));
        System.out.println("  load average at the end: " + loadAverage());
        StartupBenchmark.deleteRecursively(work);
    }

    private static double bareRss(String java) throws Exception {
        Process process = new ProcessBuilder(java, "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                BareWindow.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double rss = -1;
        try (var out = process.inputReader()) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && parts[0].equals("rss")) {
                    rss = Double.parseDouble(parts[1]);
                }
            }
        }
        process.waitFor();
        if (rss < 0) {
            throw new IllegalStateException("The bare window printed no RSS (is there a display?)");
        }
        return rss;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String loadAverage() {
        try {
            return Arrays.toString(Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "unknown";
        }
    }
}
