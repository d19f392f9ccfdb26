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
import java.util.Random;
import org.carnet.guidance.GuidanceEngine;
import org.carnet.guidance.GuidanceService;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcProfileRepository;

/**
 * A day's totals and findings over ten years of generated intakes (six a day), side by side with a plain SELECT of
 * the same day's rows. Run by bench/run.sh; prints medians and p99, enforces nothing.
 */
public final class IntakeBenchmark {
    private static final int YEARS = 10;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        java.util.logging.LogManager.getLogManager().reset();
        Path dir = Files.createTempDirectory("carnet-intake-bench");
        LocalDate today = LocalDate.of(2026, 11, 21);
        Clock clock = Clock.fixed(today.atTime(21, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (Database database = Database.open(dir)) {
            JdbcIntakeRepository repository = new JdbcIntakeRepository(database);
            long c0 = System.nanoTime();
            FoodCatalog catalog = FoodCatalog.ciqual();
            long catalogNanos = System.nanoTime() - c0;
            IntakeService intake = new IntakeService(repository, catalog, clock);
            GuidanceService guidance = new GuidanceService(intake, new JdbcJournalRepository(database),
                    new JdbcProfileRepository(database), GuidanceEngine.standard());
            Product magnesium = intake.saveProduct(new Product(null, "Mg", MagnesiumForm.CITRATE, 150.0, null, null,
                    null, null));
            Product vitaminD = intake.saveProduct(new Product(null, "D3", null, null, 25.0, 75.0, null, null));
            Medication levothyroxine = intake.saveMedication(new Medication(null, "Levo", MedicationClass.LEVOTHYROXINE));
            List<String> foods = new ArrayList<>();
            for (String query : new String[] {"amande", "epinard", "pain complet", "lentille", "yaourt", "eau hepar"}) {
                foods.add(intake.searchFoods(query, 1).get(0).code());
            }
            Random random = new Random(7);
            long g0 = System.nanoTime();
            int rows = 0;
            int days = YEARS * 365;
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                // Generated straight into the tables in one transaction: the service's one-row transactions would
                // make the set-up take minutes and measure nothing of interest here.
                try (PreparedStatement food = c.prepareStatement(
                        "INSERT INTO food_intake (entry_day, taken_at, food_code, grams) VALUES (?, ?, ?, ?)");
                     PreparedStatement supplement = c.prepareStatement(
                             "INSERT INTO supplement_intake (entry_day, taken_at, product_id, units) VALUES (?, ?, ?, ?)");
                     PreparedStatement medication = c.prepareStatement(
                             "INSERT INTO medication_intake (entry_day, taken_at, medication_id) VALUES (?, ?, ?)")) {
                    for (int d = 0; d < days; d++) {
                        LocalDate day = today.minusDays(d);
                        for (int f = 0; f < 4; f++) {
                            food.setObject(1, day);
                            food.setObject(2, day.atTime(LocalTime.of(7 + 4 * f, 0)));
                            food.setString(3, foods.get(random.nextInt(foods.size())));
                            food.setBigDecimal(4, java.math.BigDecimal.valueOf(20 + random.nextInt(200)));
                            food.addBatch();
                            rows++;
                        }
                        supplement.setObject(1, day);
                        supplement.setObject(2, day.atTime(20, 0));
                        supplement.setLong(3, magnesium.id());
                        supplement.setBigDecimal(4, java.math.BigDecimal.ONE);
                        supplement.addBatch();
                        supplement.setObject(1, day);
                        supplement.setObject(2, day.atTime(12, 30));
                        supplement.setLong(3, vitaminD.id());
                        supplement.setBigDecimal(4, java.math.BigDecimal.ONE);
                        supplement.addBatch();
                        medication.setObject(1, day);
                        medication.setObject(2, day.atTime(7, 0));
                        medication.setLong(3, levothyroxine.id());
                        medication.addBatch();
                        rows += 3;
                    }
                    food.executeBatch();
                    supplement.executeBatch();
                    medication.executeBatch();
                }
                c.commit();
            }
            System.out.printf(Locale.ROOT, "Generated %d intakes over %d days in %.1f s; food table loaded and indexed "
                    + "in %.0f ms%n", rows, days, (System.nanoTime() - g0) / 1e9, catalogNanos / 1e6);

            List<Long> select = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            List<Long> findings = new ArrayList<>();
            for (int i = 0; i < samples + 50; i++) {
                LocalDate day = today.minusDays(random.nextInt(days));
                long s0 = System.nanoTime();
                plainSelect(database, day);
                long s1 = System.nanoTime();
                var details = intake.day(day);
                long s2 = System.nanoTime();
                guidance.forDay(details);
                long s3 = System.nanoTime();
                if (i >= 50) {
                    select.add(s1 - s0);
                    totals.add(s2 - s1);
                    findings.add(s3 - s2);
                }
            }
            System.out.printf(Locale.ROOT, "One day over %d years, %d random days after 50 warm-ups:%n", YEARS, samples);
            print("plain SELECT of the day's rows", select, null);
            print("day's entries and totals", totals, select);
            print("guidance findings of the day", findings, select);
            long p0 = System.nanoTime();
            int periodFindings = guidance.forPeriod(today.minusDays(27), today).size();
            System.out.printf(Locale.ROOT, "  findings of the last 28 days: %.1f ms (%d findings)%n",
                    (System.nanoTime() - p0) / 1e6, periodFindings);
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void plainSelect(Database database, LocalDate day) throws Exception {
        try (Connection c = database.connection()) {
            for (String table : new String[] {"food_intake", "supplement_intake", "medication_intake"}) {
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE entry_day = ?")) {
                    s.setObject(1, day);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
        }
    }

    private static void print(String what, List<Long> nanos, List<Long> baseline) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        String ratio = "";
        if (baseline != null) {
            long[] base = baseline.stream().mapToLong(Long::longValue).sorted().toArray();
            ratio = String.format(Locale.ROOT, "   (%.1f× the plain SELECT)", median / (base[base.length / 2] / 1e6));
        }
        System.out.printf(Locale.ROOT, "  %-34s median %6.2f ms   p99 %6.2f ms%s%n", what, median, p99, ratio);
    }
}
