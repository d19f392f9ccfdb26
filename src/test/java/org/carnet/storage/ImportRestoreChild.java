package org.carnet.storage;

import java.nio.file.Path;
import java.time.Clock;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;

/**
 * The child of {@link ImportRestoreCrashTest}: runs one large operation on a journal as the app does, printing
 * {@code ready} once the journal is open (or, for a restore, once it is about to start) and {@code done} when the
 * operation has finished, until it is killed. Arguments: merge|replace|restore, the data folder, the JSON file or the
 * backup zip, and optionally the journal's password.
 */
public final class ImportRestoreChild {
    private ImportRestoreChild() {
    }

    public static void main(String[] args) {
        java.util.logging.LogManager.getLogManager().reset();
        String operation = args[0];
        Path dir = Path.of(args[1]);
        Path source = Path.of(args[2]);
        char[] password = args.length > 3 ? args[3].toCharArray() : null;
        Clock clock = Clock.systemDefaultZone();
        if (operation.equals("restore")) {
            System.out.println("ready");
            System.out.flush();
            Backups.restore(dir, source, clock, password);
            System.out.println("done");
            System.out.flush();
            return;
        }
        try (Database database = Database.open(dir, password)) {
            boolean replace = operation.equals("replace");
            System.out.println("ready");
            System.out.flush();
            // As the command line does: a replace first makes a safety backup, once the file is found valid.
            ImportResult result = new BackupJson(new JdbcBackupRepository(database)).importFrom(source,
                    replace ? ImportMode.REPLACE : ImportMode.MERGE, () -> {
                        if (replace) {
                            Backups.create(database, clock);
                        }
                    });
            System.out.println(result.ok() ? "done" : "failed " + result.problems());
            System.out.flush();
        }
    }
}
