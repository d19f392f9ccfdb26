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
                write(services, out);
            }
            System.out.println("done");
            System.out.flush();
        }
    }

    /** One round: each file the app writes for the person, as the app writes it. */
    static void write(Services services, Path out) throws java.io.IOException {
        services.backupNow();
        services.backupJson().exportTo(out.resolve("journal.json"));
        services.csvExport().export(out.resolve("csv"), FROM, TO);
        SummaryPdf.save(out.resolve("summary.pdf"), SummaryPdf.write(services.report().build(FROM, TO),
                new Messages(Language.ENGLISH)));
    }
}
