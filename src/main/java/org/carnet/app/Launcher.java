package org.carnet.app;

import java.time.Clock;
import javafx.application.Application;

/**
 * The entry point. It does not extend {@link Application}, so the app runs from a plain class path. With no
 * command it opens the window; with a command it answers on the console and exits with a code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine line = CommandLine.parse(args);
        if (line.headless()) {
            int code = new Cli(System.out, System.err, Clock.systemDefaultZone()).run(line);
            System.exit(code);
        }
        // The journal opens while the toolkit starts; the window takes it (CarnetApp, JournalHost).
        java.nio.file.Path dataDir = org.carnet.storage.DataLocation.resolveForThisProcess(line.dataDir());
        Logging.toDataFolder(dataDir);
        EarlyJournal.start(dataDir, Clock.systemDefaultZone());
        Application.launch(CarnetApp.class, args);
    }
}
