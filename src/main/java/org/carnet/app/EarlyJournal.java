package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.carnet.storage.Database;
import org.carnet.ui.Messages;

/**
 * The journal opened while JavaFX starts: the launcher begins opening it on a thread of its own before the toolkit is
 * up (the two take about as long, and there are two cores or more), and the window takes the result when it is
 * ready for it. A journal with a password is not opened here (the password is asked in the window): the future then
 * holds null, and the thread warms H2 and the key stretching up meanwhile, on nothing of the journal. A failure is
 * kept in the future, for the window to report as it always did.
 */
final class EarlyJournal {
    private static CompletableFuture<Services> pending;
    private static Path pendingDir;

    private EarlyJournal() {
    }

    /** Starts opening the journal in {@code dataDir} (unless it has a password), in the background. */
    static synchronized void start(Path dataDir, Clock clock) {
        CompletableFuture<Services> future = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                // The window's words, read (and kept by ResourceBundle's cache) before the toolkit is up, so that
                // the window's first task does not parse the bundle on the FX thread.
                new Messages(AppSettings.load(dataDir).language());
                if (Database.isEncrypted(dataDir)) {
                    // The password is asked in the window: say so at once, then, while it is typed, get H2 and the
                    // key stretching ready on this thread (nothing of the journal is read before the password).
                    future.complete(null);
                    Database.warmUpEncryptedOpen();
                } else {
                    future.complete(Services.open(dataDir, clock, null));
                }
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "carnet-early-open");
        opener.setDaemon(true);
        pending = future;
        pendingDir = dataDir;
        opener.start();
    }

    /** The journal being opened for {@code dataDir}, once (null when none was started for that folder). */
    static synchronized CompletableFuture<Services> take(Path dataDir) {
        CompletableFuture<Services> future = dataDir.equals(pendingDir) ? pending : null;
        pending = null;
        pendingDir = null;
        return future;
    }
}
