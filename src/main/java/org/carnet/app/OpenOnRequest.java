package org.carnet.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The window's side of {@link OpenRequest}: it holds the {@link WindowLock} of its data folder while it is open,
 * opens on the page given by {@code --open}, and comes forward on the page of each request file left by a later
 * {@code carnet --open}.
 */
final class OpenOnRequest implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OpenOnRequest.class.getName());

    private final WindowLock lock;
    private final AutoCloseable watcher;

    private OpenOnRequest(WindowLock lock, AutoCloseable watcher) {
        this.lock = lock;
        this.watcher = watcher;
    }

    /** Call on the FX thread once the window is shown; {@code first} is the page asked on the command line, or null. */
    static OpenOnRequest start(Path dataDir, MainWindow window, OpenRequest.Target first) {
        if (first != null) {
            window.bringForward(first.page());
        }
        WindowLock lock = WindowLock.hold(dataDir).orElse(null);
        if (lock == null) {
            // Another window has the folder (its journal will say it is open elsewhere): it answers the requests.
            return new OpenOnRequest(null, null);
        }
        AutoCloseable watcher = null;
        try {
            watcher = OpenRequest.watch(dataDir, target -> Platform.runLater(() -> window.bringForward(target.page())));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot watch the data folder for open requests", e);
        }
        return new OpenOnRequest(lock, watcher);
    }

    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing the open-request watcher", e);
            }
        }
        if (lock != null) {
            lock.close();
        }
    }
}
