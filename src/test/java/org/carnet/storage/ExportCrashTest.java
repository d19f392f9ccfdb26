package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.carnet.app.Services;
import org.carnet.exchange.ImportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The automatic backup and the JSON, CSV and PDF exports, written over files of the same names and killed (SIGKILL)
 * in a child JVM at random moments inside each write (the child tells when a write starts; the kills go round the
 * backup, the JSON, the CSV and the PDF): under its final name each file must be whole (the old one or the new one: the
 * JSON parses with every day, the CSV files are byte for byte the export, the PDF loads with all its pages, every
 * backup opens), and after the next start no temporary file is left in the data folder. The temporary files a kill
 * leaves beside the exports (outside the data folder) are counted, and must go at the next write of the same file.
 *
 * <p>In {@code mvn verify}: {@value #DEFAULT_KILLS} kills. The long run: {@code -Dcarnet.crash.kills=200}.
 */
class ExportCrashTest {
    private static final int DEFAULT_KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void backupsAndExportsKilledAtAnyMomentAreNeverHalfWrittenUnderTheirNames() throws Exception {
        int kills = Integer.getInteger("carnet.crash.kills", DEFAULT_KILLS);
        Random random = new Random(Long.getLong("carnet.crash.seed", 22L));
        Path data = dir.resolve("data");
        try (Database database = Database.open(data)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 1, 1), 300),
                    ImportMode.REPLACE);
        }
        Path reference = Files.createDirectories(dir.resolve("reference"));
        try (Services services = Services.open(data, Clock.systemDefaultZone())) {
            ExportCrashChild.write(services, reference);
        }
        Encryption.clear(Backups.folder(data));
        Map<String, byte[]> csv = csvFiles(reference);
        int pages = pages(reference.resolve("summary.pdf"));

        CrashKit.Run run = CrashKit.start(ExportCrashChild.class, List.of(copy(data, "after").toString(),
                copy(reference, "after-out").toString()));
        assertThat(run.finish()).as("the exports run to their end when not killed").isTrue();
        // How long each write took in the first round of the reference run: the kills are aimed inside them.
        long[] took = new long[4];
        for (String line : run.said) {
            String[] words = line.split(" ");
            if (words[0].equals("wrote") && took[Integer.parseInt(words[1])] == 0) {
                took[Integer.parseInt(words[1])] = Long.parseLong(words[2]);
            }
        }

        int completed = 0;
        int partial = 0;
        int leftInData = 0;
        int tempsBesideExports = 0;
        int tempsAfterNextWrite = 0;
        List<String> details = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Path journal = copy(data, "kill-" + k);
            Path out = copy(reference, "kill-" + k + "-out");
            int write = k % took.length;
            long delay = (long) (random.nextDouble() * took[write] * 1.1);
            CrashKit.Run child = CrashKit.start(ExportCrashChild.class, List.of(journal.toString(), out.toString()));
            if (child.killAfterLine("write " + write, delay)) {
                completed++;
            }
            List<String> broken = broken(journal, out, csv, pages);
            if (!broken.isEmpty()) {
                partial++;
                details.add("kill " + k + " after " + delay + " ms: not whole under the final name: " + broken);
            }
            Database.open(journal).close();
            List<String> left = CrashKit.leftovers(journal);
            if (!left.isEmpty()) {
                leftInData++;
                details.add("kill " + k + ": left in the data folder " + left);
            }
            List<Path> temps = temps(out);
            tempsBesideExports += temps.size();
            if (!temps.isEmpty()) {
                // The next write of the same files, once they are old enough to be a crash's, deletes them.
                for (Path temp : temps) {
                    Files.setLastModifiedTime(temp, FileTime.fromMillis(System.currentTimeMillis()
                            - AtomicFiles.STALE_MILLIS - 1000));
                }
                try (Services services = Services.open(journal, Clock.systemDefaultZone())) {
                    ExportCrashChild.write(services, out);
                }
                List<Path> still = temps(out);
                tempsAfterNextWrite += still.size();
                if (!still.isEmpty()) {
                    details.add("kill " + k + ": temporary files still beside the exports " + still);
                }
            }
            Encryption.clear(journal);
            Encryption.clear(out);
        }
        System.out.printf("Crash test, automatic backup and JSON/CSV/PDF exports: %d kills (%d after the end), "
                        + "%d with a file not whole under its name, %d with files left in the data folder, "
                        + "%d temporary files beside the exports at the kill, %d after the next write; the writes took %s ms%n",
                kills, completed, partial, leftInData, tempsBesideExports, tempsAfterNextWrite,
                java.util.Arrays.toString(took));
        details.forEach(d -> System.out.println("  " + d));
        assertThat(details).as("exports killed %d times", kills).isEmpty();
    }

    /** The files under their final names that are not whole. */
    private List<String> broken(Path journal, Path out, Map<String, byte[]> csv, int pages) throws IOException {
        List<String> broken = new ArrayList<>();
        try {
            var json = JsonParser.parseString(Files.readString(out.resolve("journal.json"), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            if (json.getAsJsonArray("checkIns").size() != 300) {
                broken.add("journal.json (" + json.getAsJsonArray("checkIns").size() + " check-ins)");
            }
        } catch (RuntimeException e) {
            broken.add("journal.json (" + e.getMessage() + ")");
        }
        Map<String, byte[]> written = csvFiles(out);
        for (var file : csv.entrySet()) {
            if (!java.util.Arrays.equals(written.get(file.getKey()), file.getValue())) {
                broken.add(file.getKey());
            }
        }
        try {
            if (pages(out.resolve("summary.pdf")) != pages) {
                broken.add("summary.pdf (pages)");
            }
        } catch (IOException e) {
            broken.add("summary.pdf (" + e.getMessage() + ")");
        }
        Path probe = Files.createTempDirectory(dir, "probe");
        try {
            for (Backups.Backup backup : Backups.list(journal)) {
                try {
                    Encryption.unzipDatabase(backup.file(), Database.databaseFile(probe));
                    Encryption.checkOpens(probe, null);
                } catch (IOException | java.sql.SQLException | RuntimeException e) {
                    broken.add(backup.file().getFileName() + " (" + e.getMessage() + ")");
                }
                Files.deleteIfExists(Database.databaseFile(probe));
            }
        } finally {
            Encryption.clear(probe);
        }
        return broken;
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return document.getNumberOfPages();
        }
    }

    private static Map<String, byte[]> csvFiles(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out.resolve("csv"))) {
            for (Path file : (Iterable<Path>) list.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    ::iterator) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<Path> temps(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(AtomicFiles.PART)).toList();
        }
    }

    private Path copy(Path from, String name) throws IOException {
        return CrashKit.copyFolder(from, dir.resolve(name));
    }
}
