package org.carnet.app;

import java.time.Clock;
import javafx.application.Application;
import org.carnet.ui.Messages;

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
            if ("report".equals(line.command())) {
                // Started first: PDFBox, the fonts and the report's classes load on a second core while the
                // command line reads its settings, opens the journal and reads the report's data.
                org.carnet.report.pdf.SummaryPdf.warmUpInBackground();
            }
            int code = new Cli(console(java.io.FileDescriptor.out), console(java.io.FileDescriptor.err),
                    Clock.systemDefaultZone()).run(line);
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
                console(java.io.FileDescriptor.err).println("carnet: " + new Messages(Cli.language(line, dataDir))
                        .get("cli.window.cannotAsk", e.getMessage() == null ? e.getClass().getSimpleName()
                                : e.getMessage()));
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
            Messages words = new Messages(Cli.language(line, dataDir));
            console(java.io.FileDescriptor.err).println("carnet: " + words.get("cli.window.cannotOpen",
                    noDisplay(e) ? displayWords(words, System.getenv("DISPLAY")) : words.get("cli.window.toolkitFailed"),
                    dataDir.resolve(Logging.FILE_NAME).toString()));
            System.exit(Cli.FAILED);
        }
    }

    /** The terminal's stream {@code fd}, in its charset (UTF-8 when the locale names it, see Cli). */
    private static java.io.PrintStream console(java.io.FileDescriptor fd) {
        return new java.io.PrintStream(new java.io.FileOutputStream(fd), true,
                Cli.terminalCharset(System.getenv(), java.nio.charset.Charset.defaultCharset()));
    }

    /** No display: none was named (DISPLAY unset), or the one named does not answer. */
    static String displayWords(Messages words, String display) {
        return display == null || display.isBlank() ? words.get("cli.window.noDisplay")
                : words.get("cli.window.displayUnreachable", display);
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
