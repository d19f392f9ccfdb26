package org.carnet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carnet.exchange.BackupJson;
import org.carnet.storage.Database;
import org.carnet.storage.Encryption;
import org.carnet.storage.JdbcBackupRepository;
import org.carnet.storage.JdbcJournalRepository;

/**
 * What the optional password costs on a 10-year journal: opening it (the key is stretched on purpose), listing every
 * day, exporting it all, and setting the password in the first place — each against the same journal without a
 * password, measured in the same run. Run by bench/run.sh; prints medians, enforces nothing.
 */
public final class EncryptionBenchmark {
    private static final char[] PASSWORD = "benchmark password".toCharArray();

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.util.logging.LogManager.getLogManager().reset();
        Path dir = Files.createTempDirectory("carnet-encryption-bench");
        Path plain = dir.resolve("plain");
        int rows;
        try (Database database = Database.open(plain)) {
            rows = new JournalGenerator(42).fill(new JdbcJournalRepository(database), LocalDate.of(2026, 11, 21),
                    10 * 365);
        }
        List<Long> protect = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path copy = dir.resolve("encrypted-" + i);
            Files.createDirectories(copy);
            Files.copy(plain.resolve("carnet.mv.db"), copy.resolve("carnet.mv.db"));
            long t0 = System.nanoTime();
            Encryption.change(copy, null, PASSWORD);
            protect.add(System.nanoTime() - t0);
        }
        Path encrypted = dir.resolve("encrypted-0");
        Measures plainRun = measure(plain, null, runs);
        Measures encryptedRun = measure(encrypted, PASSWORD, runs);
        System.out.printf(Locale.ROOT, "Password on a 10-year journal (%d records, %d kB), median of %d:%n", rows,
                Files.size(plain.resolve("carnet.mv.db")) / 1024, runs);
        System.out.printf(Locale.ROOT, "  open:            plain %6.0f ms   encrypted %6.0f ms   ratio %.2f%n",
                median(plainRun.open), median(encryptedRun.open), median(encryptedRun.open) / median(plainRun.open));
        System.out.printf(Locale.ROOT, "  list every day:  plain %6.1f ms   encrypted %6.1f ms   ratio %.2f%n",
                median(plainRun.list), median(encryptedRun.list), median(encryptedRun.list) / median(plainRun.list));
        System.out.printf(Locale.ROOT, "  JSON export:     plain %6.0f ms   encrypted %6.0f ms   ratio %.2f%n",
                median(plainRun.export), median(encryptedRun.export),
                median(encryptedRun.export) / median(plainRun.export));
        System.out.printf(Locale.ROOT, "  set the password (re-encrypt the whole file): %6.0f ms%n", median(protect));
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private record Measures(List<Long> open, List<Long> list, List<Long> export) {
    }

    private static Measures measure(Path folder, char[] password, int runs) throws Exception {
        Measures measures = new Measures(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Path file = folder.resolveSibling(folder.getFileName() + ".json");
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            try (Database database = Database.open(folder, password)) {
                long opened = System.nanoTime();
                int days = new JdbcJournalRepository(database).listDays().size();
                long listed = System.nanoTime();
                new BackupJson(new JdbcBackupRepository(database)).exportTo(file);
                long exported = System.nanoTime();
                if (days < 3000) {
                    throw new IllegalStateException("the journal lost days: " + days);
                }
                if (i > 0) {
                    measures.open().add(opened - t0);
                    measures.list().add(listed - opened);
                    measures.export().add(exported - listed);
                }
            }
        }
        return measures;
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }
}
