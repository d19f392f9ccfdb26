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
        CrashKit.assumeChosen("exports");
        int[] stillAfterNextWrite = {0};
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

        CrashKit.Operation subject = new CrashKit.Operation() {
            @Override
            public Path copy(int k) throws IOException {
                ExportCrashTest.this.copy(reference, "kill-" + k + "-out");
                return ExportCrashTest.this.copy(data, "kill-" + k);
            }

            @Override
            public CrashKit.Run start(Path journal) throws IOException {
                return CrashKit.start(ExportCrashChild.class, List.of(journal.toString(), out(journal).toString()));
            }

            @Override
            public String check(Path journal) throws Exception {
                List<String> broken = broken(journal, out(journal), csv, pages);
                Database.open(journal).close();
                return broken.isEmpty() ? "whole" : "not whole under the final name: " + broken;
            }

            @Override
            public void alsoCheck(int k, Path journal, CrashKit.Tally tally) throws Exception {
                Path out = out(journal);
                List<Path> temps = temps(out);
                tally.temporaryOutside += temps.size();
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
                    stillAfterNextWrite[0] += still.size();
                    if (!still.isEmpty()) {
                        tally.problem(k, null, "temporary files still beside the exports " + still);
                    }
                }
                Encryption.clear(out);
            }
        };
        // Each even kill aimed inside one of the four writes in turn: a random delay within that write's measured
        // time; each odd one at the temporary file of one of them (once it is there, a random 0..N ms later).
        CrashKit.Aim inWrite = (child, k, journal) -> {
            int write = k / 2 % took.length;
            long delay = (long) (random.nextDouble() * took[write] * 1.1);
            return new CrashKit.Kill(child.killAfterLine("write " + write, delay), "in write " + write + " after "
                    + delay + " ms");
        };
        CrashKit.Aim aim = CrashKit.alternating(inWrite, CrashKit.atSwitch(k -> "write " + k / 2 % took.length,
                journal -> hasPart(journal, out(journal)), random));
        CrashKit.killAt("automatic backup and JSON/CSV/PDF exports", CrashKit.kills(DEFAULT_KILLS), subject, aim)
                .report(stillAfterNextWrite[0] + " temporary files left after the next write; the writes took "
                        + java.util.Arrays.toString(took) + " ms");
    }

    private Path out(Path journal) {
        return journal.resolveSibling(journal.getFileName() + "-out");
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

    /** A write's temporary file is there: beside an export, or the automatic backup's in the data folder. */
    private static boolean hasPart(Path journal, Path out) throws IOException {
        for (Path folder : List.of(out, out.resolve("csv"), Backups.folder(journal))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(AtomicFiles.PART))) {
                        return true;
                    }
                }
            }
        }
        return false;
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
