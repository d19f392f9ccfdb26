package org.carnet.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carnet.app.Services;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;

/**
 * The GP summary of an 8-week period (plus baseline) on a 10-year journal: warm in one JVM, and cold through the
 * command line (a new JVM per run, as a person would type it). Run by bench/run.sh; enforces nothing.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.util.logging.LogManager.getLogManager().reset();
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("carnet-report-bench");
        Path data = dir.resolve("journal");
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(41);
        try (org.carnet.storage.Database database = org.carnet.storage.Database.open(data)) {
            new JournalGenerator(42).fill(new JdbcJournalRepository(database), today, 10 * 365);
        }
        try (Services services = Services.open(data, Clock.systemDefaultZone())) {
            Product magnesium = services.intake().saveProduct(new Product(null, "Magnésium bisglycinate 150",
                    MagnesiumForm.BISGLYCINATE, 150.0, null, null, null, null));
            for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
                if (day.getDayOfMonth() % 7 != 0) {
                    services.intake().logSupplement(new SupplementIntake(null,
                            JournalGenerator.notAfterNow(day, LocalTime.of(21, 0)), magnesium.id(), 1));
                }
            }
            services.tracking().save(new Protocol(null, "Magnésium le soir", start, null,
                    List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(21, 0)))));
        }
        LocalDate from = start.minusDays(14);
        List<Long> warm = new ArrayList<>();
        int pages = 0;
        int bytes = 0;
        try (Services services = Services.open(data, Clock.systemDefaultZone())) {
            Messages messages = new Messages(Language.FRENCH);
            for (int i = 0; i < runs + 5; i++) {
                long t0 = System.nanoTime();
                byte[] pdf = SummaryPdf.write(services.report().build(from, today), messages);
                long t1 = System.nanoTime();
                if (i >= 5) {
                    warm.add(t1 - t0);
                }
                bytes = pdf.length;
                pages = org.carnet.report.PdfPages.pageCount(pdf);
            }
        }
        List<Long> cold = new ArrayList<>();
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < runs; i++) {
            Path out = dir.resolve("summary-" + i + ".pdf");
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(javaCommand, "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), "org.carnet.app.Launcher", "--data-dir", data.toString(),
                    "report", "--from", from.toString(), "--to", today.toString(), "--out", out.toString(),
                    "--lang", "fr").redirectErrorStream(true).start();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                while (reader.readLine() != null) {
                    // drain
                }
            }
            int code = process.waitFor();
            long elapsed = System.nanoTime() - t0;
            if (code != 0 || !Files.exists(out)) {
                throw new IllegalStateException("report command failed with code " + code);
            }
            cold.add(elapsed);
        }
        System.out.printf(Locale.ROOT, "GP summary of %s to %s (8 weeks + baseline) on a 10-year journal: %d page(s), "
                + "%d kB%n", from, today, pages, bytes / 1024);
        System.out.printf(Locale.ROOT, "  warm, in the app's JVM (data + PDF), median of %d: %7.1f ms   target < 1000 ms%n",
                runs, median(warm));
        System.out.printf(Locale.ROOT, "  cold, command line in a new JVM, median of %d:    %7.1f ms%n", runs,
                median(cold));
        Path kept = Path.of("target", "report", "bench-summary.pdf");
        Files.createDirectories(kept.getParent());
        Files.copy(dir.resolve("summary-0.pdf"), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("  the command line's PDF is kept in " + kept.toAbsolutePath());
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }
}
