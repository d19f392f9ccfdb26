package org.carnet.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carnet.reminders.Due;

/**
 * "Open Carnet on this page": {@code carnet --open checkin|intake}, given by a click on a reminder. When a window is
 * already open on the data folder, the new process does not start a second one: it leaves a small request file in
 * the data folder ({@value #FILE_NAME}), which the open window watches, and that window comes forward on the page.
 * No socket, no network: a file in a folder only its owner can read.
 */
final class OpenRequest {
    static final String OPTION = "--open";
    static final String FILE_NAME = "open-request";
    private static final Logger LOG = Logger.getLogger(OpenRequest.class.getName());

    /** The pages a reminder can open on, by the word given after {@code --open}. */
    enum Target {
        CHECKIN(MainWindow.Page.CHECK_IN), INTAKE(MainWindow.Page.INTAKE);

        private final MainWindow.Page page;

        Target(MainWindow.Page page) {
            this.page = page;
        }

        MainWindow.Page page() {
            return page;
        }

        /** The word of the command line and of the request file: "checkin", "intake". */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Target> parse(String word) {
            return Arrays.stream(values()).filter(t -> t.word().equals(word == null ? null : word.strip()))
                    .findFirst();
        }

        /** Where a reminder's click leads: the check-in for today's check-in, the intake page for a planned dose. */
        static Target of(Due due) {
            return due instanceof Due.Dose ? INTAKE : CHECKIN;
        }
    }

    private OpenRequest() {
    }

    /** Leaves the request for the window open on {@code dataDir}: written aside, then moved into place whole. */
    static void send(Path dataDir, Target target) throws IOException {
        Path aside = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
        try {
            Files.writeString(aside, target.word() + "\n", StandardCharsets.UTF_8);
            Files.move(aside, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    /** Takes the request waiting in {@code dataDir}, if any: read and deleted; an unknown word is dropped. */
    static Optional<Target> take(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            String word = Files.readString(file, StandardCharsets.UTF_8);
            Files.deleteIfExists(file);
            Optional<Target> target = Target.parse(word);
            if (target.isEmpty()) {
                LOG.warning(() -> "Ignored an open request with unknown words: " + word.strip());
            }
            return target;
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the open request", e);
            return Optional.empty();
        }
    }

    /**
     * Watches {@code dataDir} for requests on a background thread and hands each to {@code onRequest} (on that
     * thread); one already waiting is taken at once. Closing the watcher stops it.
     */
    static AutoCloseable watch(Path dataDir, Consumer<Target> onRequest) throws IOException {
        WatchService service = dataDir.getFileSystem().newWatchService();
        dataDir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> {
            try {
                take(dataDir).ifPresent(onRequest);
                while (true) {
                    WatchKey key = service.take();
                    boolean ours = key.pollEvents().stream()
                            .anyMatch(e -> e.context() instanceof Path p && p.toString().equals(FILE_NAME));
                    key.reset();
                    if (ours) {
                        take(dataDir).ifPresent(onRequest);
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // Closed: the window is going.
            }
        }, "carnet-open-requests");
        thread.setDaemon(true);
        thread.start();
        return service::close;
    }
}
