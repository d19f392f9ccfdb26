package org.carnet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends all logging (ours, H2's, Flyway's) to {@code carnet.log} in the data folder, nothing to the console. */
final class Logging {
    static final String FILE_NAME = "carnet.log";

    private Logging() {
    }

    /** The folder logging goes to, once set (the window's start sets it again after the launcher did). */
    private static Path configured;

    static synchronized void toDataFolder(Path dataDir) {
        if (dataDir.equals(configured) && java.util.Arrays.stream(Logger.getLogger("").getHandlers())
                .anyMatch(FileHandler.class::isInstance)) {
            return;
        }
        configured = dataDir;
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        if (!org.carnet.storage.UnusableFolderException.accepts(dataDir)) {
            // A folder that cannot hold a journal (";" in its path) is not created, not even for the log; the
            // console gets nothing either (the window and the command say what is wrong in a sentence).
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Handler file = new FileHandler(dataDir.resolve(FILE_NAME).toString().replace("%", "%%"),
                    2_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            file.setErrorManager(new Quiet());
            root.addHandler(file);
            ownerOnly(dataDir);
        } catch (IOException | RuntimeException e) {
            // No log file (read-only folder, say): the app still runs; the error dialogs still explain failures.
        }
    }

    /**
     * The log's files readable by their owner only: the handler creates them as the system likes (0644), and while
     * another Carnet holds {@value #FILE_NAME} this process writes to {@code carnet.log.1} (its own lock beside it),
     * a file the journal's open may never see.
     */
    private static void ownerOnly(Path dataDir) {
        try (var files = Files.list(dataDir)) {
            files.filter(f -> f.getFileName().toString().startsWith(FILE_NAME) && Files.isRegularFile(f))
                    .forEach(org.carnet.storage.FilePermissions::ownerOnlyFile);
        } catch (IOException | RuntimeException e) {
            // The folder's files are restricted again when the journal opens.
        }
    }

    /**
     * What the log does when it cannot write (the disk is full): nothing on the terminal. The default ErrorManager
     * prints a Java stack trace to the console, where the person then reads it instead of the sentence the failure
     * itself gets; the log loses those lines, nothing else can hold them.
     */
    static final class Quiet extends java.util.logging.ErrorManager {
        private volatile boolean failed;

        @Override
        public void error(String msg, Exception ex, int code) {
            failed = true;
        }

        /** True once a line could not be written to the log. */
        boolean failed() {
            return failed;
        }
    }
}
