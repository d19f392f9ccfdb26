package org.carnet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcBackupRepository;
import org.carnet.storage.JdbcJournalRepository;

/**
 * Export and import of a 10-year journal (check-ins, episodes and four food intakes a day) as the JSON backup.
 * Run by bench/run.sh; prints medians, enforces nothing.
 */
public final class ExchangeBenchmark {
    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.util.logging.LogManager.getLogManager().reset();
        Path dir = Files.createTempDirectory("carnet-exchange-bench");
        Path source = dir.resolve("source");
        LocalDate today = LocalDate.of(2026, 11, 21);
        int rows;
        try (Database database = Database.open(source)) {
            rows = new JournalGenerator(42).fill(new JdbcJournalRepository(database), today, 10 * 365);
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO food_intake (entry_day, taken_at, food_code, grams) VALUES (?, ?, '31032', 30)")) {
                    for (int d = 0; d < 10 * 365; d++) {
                        LocalDate day = today.minusDays(d);
                        for (int meal = 0; meal < 4; meal++) {
                            s.setObject(1, day);
                            s.setObject(2, day.atTime(8 + 4 * meal, 0));
                            s.addBatch();
                            rows++;
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
            }
        }
        Path file = dir.resolve("backup.json");
        List<Long> exports = new ArrayList<>();
        try (Database database = Database.open(source)) {
            BackupJson json = new BackupJson(new JdbcBackupRepository(database));
            for (int i = 0; i < runs + 2; i++) {
                long t0 = System.nanoTime();
                json.exportTo(file);
                if (i >= 2) {
                    exports.add(System.nanoTime() - t0);
                }
            }
        }
        List<Long> imports = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            try (Database database = Database.open(dir.resolve("target-" + i))) {
                BackupJson json = new BackupJson(new JdbcBackupRepository(database));
                long t0 = System.nanoTime();
                ImportResult result = json.importFrom(file, ImportMode.MERGE);
                long elapsed = System.nanoTime() - t0;
                if (!result.ok()) {
                    throw new IllegalStateException("import failed: " + result.problems());
                }
                if (i >= 1) {
                    imports.add(elapsed);
                }
            }
        }
        System.out.printf(Locale.ROOT, "JSON backup of a 10-year journal (%d records, %d kB), median of %d:%n", rows,
                Files.size(file) / 1024, runs);
        System.out.printf(Locale.ROOT, "  export to a file:             %7.0f ms   target < 2000 ms%n", median(exports));
        System.out.printf(Locale.ROOT, "  import into an empty journal: %7.0f ms   target < 2000 ms%n", median(imports));
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }
}
