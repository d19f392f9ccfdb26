package org.carnet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.carnet.app.CarnetApp;
import org.carnet.app.Services;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;

/**
 * Is the FX thread ever blocked for more than 100 ms while a person uses the app on ten years of data? Each run
 * starts the real app (CarnetApp, its background thread, a generated 10-year journal) in a new JVM and plays a
 * scripted session with key events sent to the focused control, as the keyboard would: every page, the journal
 * list, days with Alt+Left, a check-in typed and saved, the episode dialog twice, the report dialog until its preview is
 * drawn, the food search typed letter by letter, the dark theme. Meanwhile a probe hands the FX thread a task every
 * 10 ms and records how long it waited (the time the thread was busy) and the thread's own CPU time meanwhile (the
 * machine may be busy too), and an AnimationTimer records the pulses (the frames). Prints medians over the runs and
 * each step's worst wait; with -Dcarnet.fxgap.profile=true, where the FX thread was during the long waits. Run by
 * bench/run.sh; needs a display; enforces nothing.
 */
public final class FxGapBenchmark {
    private static final long LONG_GAP_NANOS = 100_000_000L;

    private FxGapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("--session")) {
            Session.run(Path.of(args[1]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.util.logging.LogManager.getLogManager().reset();
        // -Dcarnet.fxgap.journal=DIR keeps the generated journal there between invocations (while profiling).
        String kept = System.getProperty("carnet.fxgap.journal");
        Path work = kept != null ? Path.of(kept) : Files.createTempDirectory("carnet-fxgap-bench");
        Path journal = work.resolve("journal");
        long t0 = System.nanoTime();
        int checkIns = kept != null && Files.exists(journal) ? -1 : generate(journal);
        System.out.printf(Locale.ROOT, "FX thread during a scripted session: %d check-ins over 10 years, generated in "
                + "%.1f s%n", checkIns, (System.nanoTime() - t0) / 1e9);
        if (runs == 0) {
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Map<String, Double>> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Map<String, Double> run = child(java, journal);
            results.add(run);
            System.out.printf(Locale.ROOT, "  run %d: FX thread busy at most %.0f ms (%s; its own CPU %.0f ms), p99 %.1f"
                    + " ms, %d waits > 100 ms (%d with > 100 ms of FX CPU); frames: longest gap %.0f ms; peak RSS"
                    + " %.0f MB%n", i + 1, run.get("longest"), stepOf(run, "longest"), run.get("longestCpu"),
                    run.get("p99"), run.get("over100").intValue(), run.get("over100cpu").intValue(),
                    run.get("frameLongest"), run.getOrDefault("peakRssMb", 0.0));
        }
        System.out.printf(Locale.ROOT, "Medians of %d runs (each a new JVM, as a person starting the app), %.0f probes"
                + " a run:%n", runs, median(results, "probes"));
        System.out.printf(Locale.ROOT, "  FX thread busy, longest (wall):         %7.0f ms   target < 100%n",
                median(results, "longest"));
        System.out.printf(Locale.ROOT, "    its own CPU time during it:           %7.0f ms%n", median(results, "longestCpu"));
        System.out.printf(Locale.ROOT, "  99th percentile of the waits:           %7.1f ms%n", median(results, "p99"));
        System.out.printf(Locale.ROOT, "  waits over 100 ms:                      %7.0f     target 0%n",
                median(results, "over100"));
        System.out.printf(Locale.ROOT, "  FX CPU in one wait, most:               %7.0f ms%n", median(results, "maxCpu"));
        System.out.printf(Locale.ROOT, "  waits with over 100 ms of FX CPU:       %7.0f%n", median(results, "over100cpu"));
        System.out.printf(Locale.ROOT, "  frames: longest gap between pulses      %7.0f ms, p99 %.1f ms, %.0f gaps > 100 ms%n",
                median(results, "frameLongest"), median(results, "frameP99"), median(results, "frameOver100"));
        System.out.println("  each step, median of its longest wait / of the FX CPU in it (ms):");
        for (String key : results.get(0).keySet()) {
            if (key.startsWith("step:")) {
                String name = key.substring(5);
                System.out.printf(Locale.ROOT, "    %-44s %6.0f %6.0f%n", name.equals("startup")
                        ? "(opening: window to journal shown, not above)" : name, median(results, key),
                        median(results, "cpu:" + name));
            }
        }
        if (kept == null) {
            deleteRecursively(work);
        }
    }

    /** The 10-year journal, magnesium taken for the last 120 days, a protocol started 41 days ago, some foods. */
    static int generate(Path journal) throws Exception {
        LocalDate today = LocalDate.now();
        int checkIns;
        try (Database database = Database.open(journal)) {
            checkIns = new JournalGenerator(42).fill(new JdbcJournalRepository(database), today, 10 * 365);
        }
        try (Services services = Services.open(journal, Clock.systemDefaultZone())) {
            Product magnesium = services.intake().saveProduct(new Product(null, "Magnésium bisglycinate 150",
                    MagnesiumForm.BISGLYCINATE, 150.0, null, null, null, null));
            var foods = List.of(services.intake().searchFoods("amande", 1).get(0),
                    services.intake().searchFoods("epinard cuit", 1).get(0));
            for (LocalDate day = today.minusDays(120); !day.isAfter(today); day = day.plusDays(1)) {
                if (day.getDayOfMonth() % 7 != 0) {
                    services.intake().logSupplement(new SupplementIntake(null,
                            JournalGenerator.notAfterNow(day, LocalTime.of(21, 0)), magnesium.id(), 1));
                }
                if (day.isAfter(today.minusDays(30))) {
                    for (var food : foods) {
                        services.intake().logFood(new FoodIntake(null,
                                JournalGenerator.notAfterNow(day, LocalTime.of(12, 30)), food.code(), 60));
                    }
                }
            }
            services.tracking().save(new Protocol(null, "Magnésium le soir", today.minusDays(41), null,
                    List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(21, 0)))));
        }
        Files.writeString(journal.resolve("settings.properties"), "welcomeShown=true\nlanguage=en\n");
        return checkIns;
    }

    static Map<String, Double> child(String java, Path journal) throws IOException, InterruptedException {
        return child(java, journal, List.of());
    }

    /** The scripted session in a fresh JVM started with these extra options (MemoryBenchmark's candidates). */
    static Map<String, Double> child(String java, Path journal, List<String> options)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dprism.order=sw",
                "-Dcarnet.fxgap.profile=" + Boolean.getBoolean("carnet.fxgap.profile")));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                FxGapBenchmark.class.getName(), "--session", journal.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> result = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("profile\t")) {
                    System.out.println("    " + line.substring(8).replace('\t', ' '));
                } else if (line.startsWith("result\t")) {
                    String[] parts = line.split("\t");
                    result.put(parts[1], Double.parseDouble(parts[2]));
                } else if (line.startsWith("note\t")) {
                    result.put("note:" + line.substring(tab + 1).split("\t")[0], 0.0);
                    result.put(line.substring(tab + 1), 0.0);
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!result.containsKey("longest")) {
            throw new IllegalStateException("The session printed no result (is there a display?)");
        }
        return result;
    }

    private static String stepOf(Map<String, Double> run, String what) {
        return run.keySet().stream().filter(k -> k.startsWith(what + "Step\t")).map(k -> k.substring(what.length() + 5))
                .findFirst().orElse("?");
    }

    private static double median(List<Map<String, Double>> runs, String key) {
        double[] values = runs.stream().mapToDouble(r -> r.getOrDefault(key, 0.0)).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One session, in its own JVM: the app, the two recorders and the script. */
    static final class Session {
        /** Pulse times (AnimationTimer): the frames the person sees. */
        private final List<Long> pulses = new ArrayList<>();
        /** Each probe: {posted at, wait until it ran, CPU time of the FX thread meanwhile}. */
        private final List<long[]> probes = new ArrayList<>();
        /** When each step's action started on the FX thread: {nanoTime, step index}. */
        private final List<long[]> starts = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();
        private final Map<String, Map<String, Integer>> samples = new TreeMap<>();
        private volatile long probePostedAt;
        private volatile int step;
        /** The step whose action the FX thread started last (the script may be ahead of it). */
        private volatile int fxStep;
        private volatile boolean recording = true;
        private Thread fxThread;

        static void run(Path journal) throws Exception {
            java.util.logging.LogManager.getLogManager().reset();
            new Session().play(journal);
        }

        private void play(Path journal) throws Exception {
            steps.add("startup");
            Thread app = new Thread(() -> Application.launch(CarnetApp.class, "--data-dir", journal.toString()),
                    "launcher");
            app.setDaemon(true);
            app.start();
            waitFor(() -> !Window.getWindows().isEmpty(), 30);
            onFx(() -> new AnimationTimer() {
                @Override
                public void handle(long now) {
                    synchronized (pulses) {
                        pulses.add(System.nanoTime());
                    }
                }
            }.start());
            fxThread = call(Thread::currentThread);
            startProbe();
            if (Boolean.getBoolean("carnet.fxgap.profile")) {
                startSampler();
            }
            waitFor(() -> lookup("#home-date") != null && !text("#home-date").startsWith("Opening"), 60);
            pause(2000);
            step("page: home (Ctrl+1)", () -> key(KeyCode.DIGIT1, KeyCode.SHORTCUT));
            step("page: check-in, first visit (Ctrl+2)", () -> key(KeyCode.DIGIT2, KeyCode.SHORTCUT));
            step("page: intake, first visit (Ctrl+3)", () -> key(KeyCode.DIGIT3, KeyCode.SHORTCUT));
            step("page: tracking, first visit (Ctrl+4)", () -> key(KeyCode.DIGIT4, KeyCode.SHORTCUT));
            step("page: journal, first visit (Ctrl+5)", () -> key(KeyCode.DIGIT5, KeyCode.SHORTCUT));
            step("page: protocols, first visit (Ctrl+6)", () -> key(KeyCode.DIGIT6, KeyCode.SHORTCUT));
            step("page: products, first visit (Ctrl+7)", () -> key(KeyCode.DIGIT7, KeyCode.SHORTCUT));
            step("page: profile, first visit (Ctrl+8)", () -> key(KeyCode.DIGIT8, KeyCode.SHORTCUT));
            for (int page = 1; page <= 8; page++) {
                KeyCode digit = KeyCode.valueOf("DIGIT" + page);
                step("pages again (Ctrl+1…8)", () -> key(digit, KeyCode.SHORTCUT));
            }
            step("journal list: open it (Ctrl+5)", () -> key(KeyCode.DIGIT5, KeyCode.SHORTCUT));
            for (int i = 0; i < 5; i++) {
                step("journal list: Down", () -> key(KeyCode.DOWN));
            }
            step("journal list: Enter opens the day", () -> key(KeyCode.ENTER));
            for (int i = 0; i < 5; i++) {
                step("check-in: previous day (Alt+Left)", () -> key(KeyCode.LEFT, KeyCode.ALT));
            }
            step("check-in: today (Ctrl+N)", () -> key(KeyCode.N, KeyCode.SHORTCUT));
            for (String typed : new String[] {"2", "n", "6", "0", "3", "2", "4", "3", "7", "c"}) {
                step("check-in: a key typed", () -> type(typed));
            }
            step("check-in: save (Ctrl+S)", () -> key(KeyCode.S, KeyCode.SHORTCUT));
            step("episode dialog: open (Ctrl+E)", () -> key(KeyCode.E, KeyCode.SHORTCUT));
            step("episode dialog: close (Escape)", () -> key(KeyCode.ESCAPE));
            step("episode dialog: open again (Ctrl+E)", () -> key(KeyCode.E, KeyCode.SHORTCUT));
            step("episode dialog: close again (Escape)", () -> key(KeyCode.ESCAPE));
            step("report dialog: open (Ctrl+P)", () -> key(KeyCode.P, KeyCode.SHORTCUT));
            waitFor(() -> lookup("#report-pages") != null && !((javafx.scene.Parent) lookup("#report-pages"))
                    .lookupAll(".image-view").isEmpty(), 30);
            pause(800);
            step("report dialog: close (Escape)", () -> key(KeyCode.ESCAPE));
            step("food search (Ctrl+F)", () -> key(KeyCode.F, KeyCode.SHORTCUT));
            for (char c : "epinard cuit".toCharArray()) {
                step("food search: a letter typed", () -> type(String.valueOf(c)));
            }
            step("food search: Down to the results", () -> key(KeyCode.DOWN));
            step("view: dark theme", this::darkTheme);
            step("page: tracking, dark (Ctrl+4)", () -> key(KeyCode.DIGIT4, KeyCode.SHORTCUT));
            step("page: check-in, dark (Ctrl+2)", () -> key(KeyCode.DIGIT2, KeyCode.SHORTCUT));
            pause(500);
            recording = false;
            onFx(() -> {
                // Back to the light theme for the next run (the setting is saved in the journal's folder).
                darkTheme();
            });
            pause(300);
            report();
            printProfile();
            heapFigures();
            System.out.flush();
            System.exit(0);
        }

        private void step(String name, Runnable action) {
            int index = steps.indexOf(name);
            if (index < 0) {
                steps.add(name);
                index = steps.size() - 1;
            }
            step = index;
            int started = index;
            // Not waited for: a modal dialog runs a nested event loop until it is closed.
            Platform.runLater(() -> {
                synchronized (starts) {
                    starts.add(new long[] {System.nanoTime(), started});
                }
                fxStep = started;
                action.run();
            });
            // The next step waits until the FX thread has caught up (under load it may lag behind the script).
            long posted = System.nanoTime();
            pause(20);
            call(() -> null);
            long left = (name.contains("typed") || name.contains("Down") ? 150 : 900)
                    - (System.nanoTime() - posted) / 1_000_000;
            pause(Math.max(0, left));
        }

        /**
         * Every 10 ms, a task handed to the FX thread; how long it waited is how long the thread was busy, and the
         * thread's CPU time meanwhile says how much of that was its own work rather than the machine being busy.
         * One probe at a time, so one long block counts once.
         */
        private void startProbe() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long fxId = fxThread.getId();
            Thread probe = new Thread(() -> {
                while (true) {
                    long cpu0 = threads.getThreadCpuTime(fxId);
                    long posted = System.nanoTime();
                    probePostedAt = posted;
                    CountDownLatch ran = new CountDownLatch(1);
                    long[] ranAt = new long[1];
                    Platform.runLater(() -> {
                        ranAt[0] = System.nanoTime();
                        ran.countDown();
                    });
                    try {
                        ran.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    probePostedAt = 0;
                    long cpu = threads.getThreadCpuTime(fxId) - cpu0;
                    if (recording) {
                        synchronized (probes) {
                            probes.add(new long[] {posted, ranAt[0] - posted, cpu});
                        }
                    }
                    pause(10);
                }
            }, "fx-probe");
            probe.setDaemon(true);
            probe.start();
        }

        private void report() {
            List<long[]> waits;
            List<long[]> began;
            List<Long> frames;
            synchronized (probes) {
                waits = new ArrayList<>(probes);
            }
            synchronized (starts) {
                began = new ArrayList<>(starts);
            }
            synchronized (pulses) {
                frames = new ArrayList<>(pulses);
            }
            Map<Integer, long[]> byStep = new TreeMap<>();
            List<Long> session = new ArrayList<>();
            long[] longest = {0, 0, 0};
            int longestStep = -1;
            long maxCpu = 0;
            int overCpu = 0;
            for (long[] wait : waits) {
                int stepIndex = stepAt(began, wait[0] + wait[1]);
                byStep.merge(stepIndex, new long[] {wait[1], wait[2]},
                        (a, b) -> new long[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
                if (stepIndex == 0) {
                    continue;
                }
                session.add(wait[1]);
                maxCpu = Math.max(maxCpu, wait[2]);
                overCpu += wait[2] > LONG_GAP_NANOS ? 1 : 0;
                if (wait[1] > longest[1]) {
                    longest = wait;
                    longestStep = stepIndex;
                }
            }
            long sessionStart = began.stream().filter(b -> b[1] != 0).mapToLong(b -> b[0]).min().orElse(0);
            List<Long> frameGaps = new ArrayList<>();
            for (int i = 1; i < frames.size(); i++) {
                if (frames.get(i - 1) >= sessionStart) {
                    frameGaps.add(frames.get(i) - frames.get(i - 1));
                }
            }
            print("longest", longest[1]);
            System.out.printf(Locale.ROOT, "note\tlongestStep\t%s%n", longestStep < 0 ? "?" : steps.get(longestStep));
            print("longestCpu", longest[2]);
            print("p99", percentile(session, 0.99));
            System.out.printf(Locale.ROOT, "result\tover100\t%d%n",
                    session.stream().filter(w -> w > LONG_GAP_NANOS).count());
            print("maxCpu", maxCpu);
            System.out.printf(Locale.ROOT, "result\tover100cpu\t%d%n", overCpu);
            System.out.printf(Locale.ROOT, "result\tprobes\t%d%n", session.size());
            print("frameLongest", frameGaps.stream().mapToLong(Long::longValue).max().orElse(0));
            print("frameP99", percentile(frameGaps, 0.99));
            System.out.printf(Locale.ROOT, "result\tframeOver100\t%d%n",
                    frameGaps.stream().filter(g -> g > LONG_GAP_NANOS).count());
            System.out.printf(Locale.ROOT, "result\tpeakRssMb\t%.1f%n", PeakRss.megabytes());
            for (int i = 0; i < steps.size(); i++) {
                long[] worst = byStep.getOrDefault(i, new long[] {0, 0});
                System.out.printf(Locale.ROOT, "result\tstep:%s\t%.1f%n", steps.get(i), worst[0] / 1e6);
                System.out.printf(Locale.ROOT, "result\tcpu:%s\t%.1f%n", steps.get(i), worst[1] / 1e6);
            }
            System.out.flush();
        }

        /**
         * After the report (the peak RSS is read first): with -Dcarnet.fxgap.histogram=true, the live heap after a
         * full collection and its int arrays (JavaFX's software-rendered images), as {@code jcmd GC.class_histogram}
         * counts them; with -Dcarnet.fxgap.heapDump=FILE, a dump of the live heap there (hprof, for a heap analyser).
         */
        private static void heapFigures() {
            try {
                if (Boolean.getBoolean("carnet.fxgap.histogram")) {
                    String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
                    for (String line : histogram.split("\n")) {
                        String[] cells = line.trim().split("\\s+");
                        if (cells.length >= 4 && cells[3].equals("[I")) {
                            System.out.printf(Locale.ROOT, "result\tintArraysMb\t%.1f%n", Long.parseLong(cells[2]) / 1e6);
                        } else if (cells.length == 3 && cells[0].equals("Total")) {
                            System.out.printf(Locale.ROOT, "result\tliveHeapMb\t%.1f%n", Long.parseLong(cells[2]) / 1e6);
                        }
                    }
                }
                String dump = System.getProperty("carnet.fxgap.heapDump");
                if (dump != null) {
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                            .dumpHeap(dump, true);
                    System.out.printf(Locale.ROOT, "note\theapDump\t%s%n", dump);
                }
            } catch (Exception e) {
                System.out.printf(Locale.ROOT, "note\theapFiguresFailed\t%s%n", e);
            }
            System.out.flush();
        }

        private static void print(String key, long nanos) {
            System.out.printf(Locale.ROOT, "result\t%s\t%.2f%n", key, nanos / 1e6);
        }

        private static long percentile(List<Long> values, double share) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * share) - 1];
        }

        /** The step whose action started last before {@code time}: the work that can have held the thread. */
        private static int stepAt(List<long[]> began, long time) {
            int found = 0;
            for (long[] start : began) {
                if (start[0] <= time) {
                    found = (int) start[1];
                }
            }
            return found;
        }

        /**
         * While a probe has waited for 50 ms, samples the FX thread's stack every 5 ms and counts the Carnet frames
         * it is in (the innermost one, and the innermost outside javafx/jdk), per step: where the time goes.
         */
        private void startSampler() {
            Thread sampler = new Thread(() -> {
                while (true) {
                    pause(5);
                    long posted = probePostedAt;
                    if (posted == 0 || System.nanoTime() - posted < 50_000_000L) {
                        continue;
                    }
                    StackTraceElement[] stack = fxThread.getStackTrace();
                    String where = signature(stack);
                    synchronized (samples) {
                        samples.computeIfAbsent(steps.get(fxStep), k -> new TreeMap<>()).merge(where, 1, Integer::sum);
                    }
                }
            }, "fx-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** What the thread is doing (class loading, CSS, layout, skins, rendering, idle…) and for which Carnet code. */
        private static String signature(StackTraceElement[] stack) {
            String kind = "other";
            String carnet = "";
            for (StackTraceElement frame : stack) {
                String where = frame.getClassName() + "." + frame.getMethodName();
                if (kind.equals("other")) {
                    if (where.contains("_runLoop") && frame == stack[0]) {
                        kind = "idle in the window system";
                    } else if (where.contains("ClassLoader") || where.contains("defineClass")
                            || where.contains("Class.forName") || where.contains("<clinit>")) {
                        kind = "class loading";
                    } else if (where.contains("createDefaultSkin") || where.contains("Skin.<init>")) {
                        kind = "skin creation";
                    } else if (where.startsWith("javafx.scene.CssStyleHelper") || where.startsWith("javafx.css")
                            || where.contains("processCSS") || where.contains("applyCss")
                            || where.contains("StyleManager")) {
                        kind = "CSS";
                    } else if (where.contains("layoutChildren") || where.contains(".layout")
                            || where.contains("computePref") || where.contains("computeMin")) {
                        kind = "layout of " + frame.getClassName().replaceAll(".*\\.", "");
                    } else if (where.contains("GtkWindow") || where.contains("GtkView")) {
                        kind = "window system";
                    } else if (where.contains("jfree") || where.contains("FXGraphics2D")) {
                        kind = "chart drawing";
                    } else if (where.contains("java.io") || where.contains("sun.nio") || where.contains("java.nio")) {
                        kind = "file I/O";
                    } else if (where.contains("org.h2") || where.contains("java.sql")) {
                        kind = "database";
                    }
                }
                if (carnet.isEmpty() && frame.getClassName().startsWith("org.carnet")
                        && !frame.getClassName().contains("FxGapBenchmark")) {
                    carnet = frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName();
                }
            }
            return kind + (carnet.isEmpty() ? "" : " in " + carnet);
        }

        private void printProfile() {
            synchronized (samples) {
                samples.forEach((name, counts) -> counts.entrySet().stream()
                        .sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                        .forEach(e -> System.out.printf(Locale.ROOT, "profile\t%s\t%d\t%s%n", name, e.getValue() * 5,
                                e.getKey())));
            }
        }

        private void darkTheme() {
            Scene scene = mainScene();
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) scene.lookup("#menu-bar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "menu-dark-theme".equals(i.getId())).findFirst().ifPresent(i -> {
                        var check = (javafx.scene.control.CheckMenuItem) i;
                        check.setSelected(!check.isSelected());
                        check.fire();
                    });
        }

        /** A key as the keyboard sends it: pressed, typed (for a character), released, to the focused control. */
        private static void key(KeyCode code, KeyCode... modifiers) {
            List<KeyCode> held = List.of(modifiers);
            boolean shortcut = held.contains(KeyCode.SHORTCUT) || held.contains(KeyCode.CONTROL);
            boolean alt = held.contains(KeyCode.ALT);
            boolean shift = held.contains(KeyCode.SHIFT);
            Node target = target();
            String text = code.getChar();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, shift, shortcut, alt, false));
            Event.fireEvent(target(), new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code, shift, shortcut, alt,
                    false));
        }

        private static void type(String character) {
            KeyCode code = KeyCode.getKeyCode(character.toUpperCase(Locale.ROOT));
            if (code == null) {
                code = character.equals(" ") ? KeyCode.SPACE : KeyCode.UNDEFINED;
            }
            Event.fireEvent(target(), new KeyEvent(KeyEvent.KEY_PRESSED, "", character, code, false, false, false,
                    false));
            Event.fireEvent(target(), new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false,
                    false, false));
            Event.fireEvent(target(), new KeyEvent(KeyEvent.KEY_RELEASED, "", character, code, false, false, false,
                    false));
        }

        /** The focused control of the window on top (a dialog when one is open). */
        private static Node target() {
            List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
            Scene scene = showing.get(showing.size() - 1).getScene();
            return scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        }

        private static Scene mainScene() {
            return Window.getWindows().get(0).getScene();
        }

        private static Node lookup(String selector) {
            return call(() -> {
                for (Window window : Window.getWindows()) {
                    Node found = window.getScene() == null ? null : window.getScene().lookup(selector);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            });
        }

        private static String text(String selector) {
            return call(() -> ((javafx.scene.control.Labeled) mainScene().lookup(selector)).getText());
        }

        /** Runs {@code action} on the FX thread and waits for it (ThemeSwitchProbe's too). */
        static void onFx(Runnable action) {
            call(() -> {
                action.run();
                return null;
            });
        }

        /** What {@code work} gives on the FX thread, waited for (a minute at most). */
        static <T> T call(Supplier<T> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
            try {
                return result.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void waitFor(Supplier<Boolean> condition, int seconds) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                try {
                    if (Boolean.TRUE.equals(condition.get())) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // Not there yet.
                }
                pause(50);
            }
            throw new IllegalStateException("Timed out waiting");
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
