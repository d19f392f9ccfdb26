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
        // A library's "No SLF4J providers were found" would open every command's output: Carnet logs through
        // java.util.logging (carnet.log), so SLF4J's own notices are kept to errors.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        CommandLine line = CommandLine.parse(args);
        if (line.headless()) {
            java.nio.charset.Charset charset = Cli.terminalCharset(System.getenv(),
                    java.nio.charset.Charset.defaultCharset());
            int code = new Cli(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    charset), new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                    charset), Clock.systemDefaultZone()).run(line);
            System.exit(code);
        }
        // The journal opens while the toolkit starts; the window takes it (CarnetApp, JournalHost).
        java.nio.file.Path dataDir = org.carnet.storage.DataLocation.resolveForThisProcess(line.dataDir());
        if (line.open() != null && WindowLock.heldElsewhere(dataDir)) {
            // A window is open on this folder: it comes forward on the page; no second window.
            try {
                OpenRequest.send(dataDir, line.open());
                System.exit(Cli.OK);
            } catch (java.io.IOException e) {
                System.err.println("carnet: cannot ask the open window to show the page: " + e.getMessage());
                System.exit(Cli.FAILED);
            }
        }
        Logging.toDataFolder(dataDir);
        EarlyJournal.start(dataDir, Clock.systemDefaultZone());
        try {
            Application.launch(CarnetApp.class, args);
        } catch (RuntimeException e) {
            // No display (DISPLAY unset or unreachable, a server without graphics): a sentence, the detail in the log.
            java.util.logging.Logger.getLogger(Launcher.class.getName())
                    .log(java.util.logging.Level.SEVERE, "The window could not start", e);
            System.err.println("carnet: the window cannot open: " + (noDisplay(e)
                    ? "no graphical display was found (is DISPLAY set?)" : "the graphical toolkit failed to start")
                    + ". Commands still work without a window: see 'carnet --help'. Details in "
                    + dataDir.resolve(Logging.FILE_NAME) + ".");
            System.exit(Cli.FAILED);
        }
    }

    private static boolean noDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }
}
