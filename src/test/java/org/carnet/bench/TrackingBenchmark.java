package org.carnet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcProtocolRepository;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.TrackingService;
import org.carnet.tracking.TrackingThresholds;
import org.carnet.tracking.ui.ChartData;
import org.carnet.tracking.ui.TrackingChart;
import org.carnet.ui.ChartPalette;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;

/**
 * Tracking over ten years of generated days: the analysis of one protocol (8 weeks plus baseline) and of the whole
 * ten years, each with its chart drawn, side by side with a plain SELECT of the same rows. Run by bench/run.sh.
 */
public final class TrackingBenchmark {
    private TrackingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        java.util.logging.LogManager.getLogManager().reset();
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("carnet-tracking-bench");
        LocalDate today = LocalDate.of(2026, 11, 21);
        Clock clock = Clock.fixed(today.atTime(21, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (Database database = Database.open(dir)) {
            JdbcJournalRepository journal = new JdbcJournalRepository(database);
            int checkIns = new JournalGenerator(42).fill(journal, today, 10 * 365);
            IntakeService intake = new IntakeService(new JdbcIntakeRepository(database), FoodCatalog.ciqual(), clock);
            Product magnesium = intake.saveProduct(new Product(null, "Mg", MagnesiumForm.CITRATE, 150.0, null, null,
                    null, null));
            LocalDate tenYearsAgo = today.minusDays(10 * 365 - 15);
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO supplement_intake (entry_day, taken_at, "
                        + "product_id, units) VALUES (?, ?, ?, 1)")) {
                    for (LocalDate day = tenYearsAgo; !day.isAfter(today); day = day.plusDays(1)) {
                        s.setObject(1, day);
                        s.setObject(2, day.atTime(20, 0));
                        s.setLong(3, magnesium.id());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
            }
            TrackingService tracking = new TrackingService(new JdbcProtocolRepository(database), journal, intake, clock);
            List<PlannedDose> plan = List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(20, 0)));
            Protocol eightWeeks = new Protocol(1L, "8 weeks", today.minusDays(400), null, plan);
            LocalDate eightWeeksAsOf = eightWeeks.start().plusDays(TrackingThresholds.WEEKS_4_8_LAST_DAY - 1L);
            Protocol tenYears = new Protocol(2L, "10 years", tenYearsAgo, null, plan);
            Messages messages = new Messages(Language.ENGLISH);
            System.out.printf(Locale.ROOT, "Tracking over %d check-ins (10 years), %d runs after 5 warm-ups:%n",
                    checkIns, runs);
            measure("protocol: 8 weeks + baseline (70 days)", runs, database, eightWeeks.start().minusDays(14),
                    eightWeeksAsOf, () -> chart(tracking.analyse(eightWeeks, eightWeeksAsOf), messages), "< 50 ms");
            measure("whole 10 years", runs, database, tenYears.start().minusDays(14), today,
                    () -> chart(tracking.analyse(tenYears, today), messages), "< 200 ms");
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The analysis, then the chart of one symptom drawn into an image as the screen would. */
    private static int chart(TrackingService.TrackingData data, Messages messages) {
        var series = data.series(Symptom.CRAMP_EPISODES);
        List<Double> magnesium = new ArrayList<>();
        series.days().forEach(d -> magnesium.add(data.supplementalMagnesiumMg().get(d)));
        LocalDate start = data.report().protocol().start();
        ChartData chartData = new ChartData("Cramps", series.days(), series.values(), series.movingAverages(),
                magnesium, start, data.from(), start.plusDays(20), start.plusDays(55), 10);
        return TrackingChart.create(chartData, messages, ChartPalette.LIGHT).createBufferedImage(1000, 400).getWidth()
                + data.report().findings().size();
    }

    private static void measure(String what, int runs, Database database, LocalDate from, LocalDate to,
                                java.util.concurrent.Callable<Integer> work, String target) throws Exception {
        List<Long> select = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < runs + 5; i++) {
            long s0 = System.nanoTime();
            plainSelect(database, from, to);
            long s1 = System.nanoTime();
            work.call();
            long s2 = System.nanoTime();
            if (i >= 5) {
                select.add(s1 - s0);
                full.add(s2 - s1);
            }
        }
        double sel = median(select);
        double all = median(full);
        System.out.printf(Locale.ROOT, "  %-40s analysis + chart %7.1f ms   plain SELECT %6.1f ms   ratio %.1f   "
                + "target %s%n", what, all, sel, all / sel, target);
    }

    /** The same rows the analysis reads: check-ins, episodes and supplement intakes of the range. */
    private static void plainSelect(Database database, LocalDate from, LocalDate to) throws Exception {
        try (Connection c = database.connection()) {
            for (String table : new String[] {"check_in", "episode", "supplement_intake"}) {
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table
                        + " WHERE entry_day BETWEEN ? AND ?")) {
                    s.setObject(1, from);
                    s.setObject(2, to);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
        }
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }
}
