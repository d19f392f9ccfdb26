package org.carnet.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.carnet.app.Services;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;

/**
 * The child of {@link ExportCrashTest}: opens the journal as the app does, prints {@code ready}, then writes
 * {@value #ROUNDS} times over the same names the automatic backup, the JSON export, the CSV export and the PDF summary,
 * and prints {@code done}, until it is killed. Arguments: the data folder and the folder of the exports.
 */
public final class ExportCrashChild {
    static final int ROUNDS = 3;
    static final LocalDate FROM = LocalDate.of(2000, 8, 1);
    static final LocalDate TO = LocalDate.of(2000, 10, 26);

    private ExportCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        Path dataDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try (Services services = Services.open(dataDir, Clock.systemDefaultZone())) {
            System.out.println("ready");
            System.out.flush();
            for (int round = 0; round < ROUNDS; round++) {
                write(services, out, true);
            }
            System.out.println("done");
            System.out.flush();
        }
    }

    /** One round: each file the app writes for the person, as the app writes it. */
    static void write(Services services, Path out) throws java.io.IOException {
        write(services, out, false);
    }

    /**
     * The same; with {@code tell}, prints {@code write N} as write N (0 backup, 1 JSON, 2 CSV, 3 PDF) starts and
     * {@code wrote N MS} when it ends, so the test can aim its kills at the writing rather than at the reading.
     */
    static void write(Services services, Path out, boolean tell) throws java.io.IOException {
        step(tell, 0, services::backupNow);
        step(tell, 1, () -> services.backupJson().exportTo(out.resolve("journal.json")));
        step(tell, 2, () -> services.csvExport().export(out.resolve("csv"), FROM, TO));
        byte[] pdf = SummaryPdf.write(services.report().build(FROM, TO), new Messages(Language.ENGLISH));
        step(tell, 3, () -> SummaryPdf.save(out.resolve("summary.pdf"), pdf));
    }

    private interface Step {
        void run() throws java.io.IOException;
    }

    private static void step(boolean tell, int n, Step step) throws java.io.IOException {
        long start = System.nanoTime();
        if (tell) {
            System.out.println("write " + n);
            System.out.flush();
        }
        step.run();
        if (tell) {
            System.out.println("wrote " + n + " " + Math.max(1, (System.nanoTime() - start) / 1_000_000));
            System.out.flush();
        }
    }
}
