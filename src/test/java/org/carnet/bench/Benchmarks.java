package org.carnet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.carnet.journal.JournalService;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.journal.ui.JournalListView;
import org.carnet.journal.ui.JournalListViewModel;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;

/**
 * Carnet's benchmarks (run with bench/run.sh): startup against a bare JavaFX window, and the journal view's load
 * time over ten years of generated days. Prints medians; enforces nothing.
 */
public final class Benchmarks {
    private static final int YEARS = 10;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        java.util.logging.LogManager.getLogManager().reset();
        Path work = Files.createTempDirectory("carnet-bench");
        Path journal = work.resolve("journal");
        LocalDate today = LocalDate.now();
        long t0 = System.nanoTime();
        int checkIns;
        try (Database database = Database.open(journal)) {
            checkIns = new JournalGenerator(42).fill(new JdbcJournalRepository(database), today, YEARS * 365);
        }
        Files.writeString(journal.resolve("settings.properties"), "welcomeShown=true\nlanguage=en\n");
        System.out.printf(Locale.ROOT, "Generated %d check-ins over %d years in %.1f s%n", checkIns, YEARS,
                (System.nanoTime() - t0) / 1e9);

        startup(runs, journal);
        journalView(runs, journal);
        deleteRecursively(work);
    }

    private static void startup(int runs, Path journal) throws Exception {
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> flags = List.of("-Dprism.order=sw");
        List<String> carnetFlags = new ArrayList<>(flags);
        carnetFlags.add("-Dcarnet.benchmark.exitWhenShown=true");
        List<long[]> bare = new ArrayList<>();
        List<long[]> carnet = new ArrayList<>();
        // One warm-up of each (file cache), then alternate so both see the same machine state.
        child(java, flags, classpath, "org.carnet.bench.BareWindow");
        child(java, carnetFlags, classpath, "org.carnet.app.Launcher", "--data-dir", journal.toString());
        for (int i = 0; i < runs; i++) {
            bare.add(child(java, flags, classpath, "org.carnet.bench.BareWindow"));
            carnet.add(child(java, carnetFlags, classpath, "org.carnet.app.Launcher", "--data-dir", journal.toString()));
        }
        double bareWall = median(bare, 0);
        double carnetWall = median(carnet, 0);
        double bareUptime = median(bare, 1);
        double carnetUptime = median(carnet, 1);
        System.out.println();
        System.out.printf(Locale.ROOT, "Startup to first shown window, median of %d runs each (JVM flags %s):%n",
                runs, flags);
        System.out.printf(Locale.ROOT, "  %-28s %8s %14s%n", "", "wall ms", "JVM uptime ms");
        System.out.printf(Locale.ROOT, "  %-28s %8.0f %14.0f%n", "bare JavaFX window", bareWall, bareUptime);
        System.out.printf(Locale.ROOT, "  %-28s %8.0f %14.0f%n", "Carnet (10-year journal)", carnetWall, carnetUptime);
        System.out.printf(Locale.ROOT, "  ratio Carnet / bare: %.2f (wall), %.2f (uptime)   target <= 1.30%n",
                carnetWall / bareWall, carnetUptime / bareUptime);
        System.out.printf(Locale.ROOT, "  Carnet journal open and shown (ready), median: %.0f ms uptime%n",
                median(carnet, 2));
    }

    /** Runs one child JVM; returns {wall ms to "shown", JVM uptime at "shown", uptime at "ready" or -1}. */
    private static long[] child(String java, List<String> flags, String classpath, String... main)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.add("-cp");
        command.add(classpath);
        command.addAll(Arrays.asList(main));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] result = {-1, -1, -1};
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("shown ")) {
                    result[0] = (System.nanoTime() - start) / 1_000_000;
                    result[1] = Long.parseLong(line.substring(6).trim());
                } else if (line.startsWith("ready ")) {
                    result[2] = Long.parseLong(line.substring(6).trim());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (result[0] < 0) {
            throw new IllegalStateException("No window was shown by " + String.join(" ", main)
                    + " (is there a display? bench/run.sh starts Xvfb)");
        }
        return result;
    }

    private static void journalView(int runs, Path journal) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Each run closes its window; the toolkit must outlive them.
        Platform.setImplicitExit(false);
        try (Database database = Database.open(journal)) {
            JournalService service = new JournalService(new JdbcJournalRepository(database), Clock.systemDefaultZone());
            List<Long> query = new ArrayList<>();
            List<Long> view = new ArrayList<>();
            int days = 0;
            for (int i = 0; i < runs + 2; i++) {
                long q0 = System.nanoTime();
                days = service.listDays().size();
                long q = System.nanoTime() - q0;
                long v = onFx(() -> {
                    JournalListViewModel model = new JournalListViewModel(service, TaskRunner.sameThread(),
                            new JournalChanges(), e -> { });
                    Stage stage = new Stage();
                    long v0 = System.nanoTime();
                    stage.setScene(new Scene((javafx.scene.Parent) new JournalListView(model,
                            new Messages(Language.ENGLISH), d -> { }).createView(), 1000, 720));
                    model.load(e -> { });
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    stage.show();
                    long elapsed = System.nanoTime() - v0;
                    stage.close();
                    return elapsed;
                });
                if (i >= 2) {
                    query.add(q);
                    view.add(v);
                }
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "Journal view over %d days (%d years), median of %d runs after 2 warm-ups:%n",
                    days, YEARS, runs);
            System.out.printf(Locale.ROOT, "  plain query (listDays):                 %6.1f ms%n", medianNanos(query));
            System.out.printf(Locale.ROOT, "  view built, loaded and laid out, shown: %6.1f ms   target < 100 ms%n",
                    medianNanos(view));
        } finally {
            Platform.exit();
        }
    }

    private static long onFx(java.util.concurrent.Callable<Long> work) throws InterruptedException {
        AtomicLong result = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    private static double median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(r -> r[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static double medianNanos(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
        return median / 1e6;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
