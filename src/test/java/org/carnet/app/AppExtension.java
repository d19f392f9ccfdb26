package org.carnet.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.carnet.ui.Language;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real main window of a TestFX test, as one field: {@code @RegisterExtension final AppExtension app =
 * AppExtension.started();}. Before each test it makes a fresh temporary folder (the journal's data folder, or the
 * folder that holds it) and, unless {@link #notStarted()}, starts the window on it; after each test, whatever
 * happened, it keeps a picture of every window still open when the test failed
 * (target/screenshots/failures/), stops the window, closes the journal and deletes the folder.
 *
 * <p>The test's own {@code @BeforeEach} methods run after the start and its {@code @AfterEach} methods before the
 * stop. The window itself is an {@link AppHarness}; the methods here are its methods, for the harness running.
 */
public final class AppExtension implements BeforeEachCallback, AfterEachCallback {
    /** How the window starts before each test. */
    @FunctionalInterface
    public interface Start {
        void start(AppExtension app) throws TimeoutException;
    }

    private final Start start;
    private final String dataFolderName;
    private Path folder;
    private Path dataDir;
    private AppHarness harness;

    private AppExtension(Start start, String dataFolderName) {
        this.start = start;
        this.dataFolderName = dataFolderName;
    }

    /** The window in English, the first run's steps already done, before each test. */
    public static AppExtension started() {
        return startedWith(AppExtension::start);
    }

    /** The window started by {@code start} before each test (it may also fill the journal first). */
    public static AppExtension startedWith(Start start) {
        return new AppExtension(start, null);
    }

    /** Only the folder before each test: the test starts the window as it needs, with a {@code start...} method. */
    public static AppExtension notStarted() {
        return new AppExtension(null, null);
    }

    /** The same, with the journal in {@code name} inside the test's folder rather than in the folder itself. */
    public AppExtension inFolder(String name) {
        return new AppExtension(start, name);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("carnet-test");
        dataDir = dataFolderName == null ? folder : folder.resolve(dataFolderName);
        if (start != null) {
            start.start(this);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (harness != null && context.getExecutionException().isPresent()) {
                String method = context.getRequiredTestMethod().getName();
                String shown = context.getDisplayName();
                Shots.keepFailure(context.getRequiredTestClass().getSimpleName() + "." + method
                        + (shown.startsWith(method + "(") ? "" : "-" + shown));
            }
        } finally {
            try {
                stop();
            } finally {
                harness = null;
                deleteFolder();
            }
        }
    }

    private void deleteFolder() throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        folder = null;
    }

    /** The test's temporary folder (the data folder too, unless {@link #inFolder(String)}). */
    public Path folder() {
        return folder;
    }

    /** The folder of the journal the next start opens. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the window if it runs; the next start opens {@code other} (for the rest of this test). */
    public AppExtension in(Path other) throws TimeoutException {
        stop();
        dataDir = other;
        return this;
    }

    private AppExtension run(Language language, boolean welcomeSeen, boolean asTheApp) throws TimeoutException {
        stop();
        // Kept before it starts, so that a start that fails half way is still stopped after the test.
        harness = new AppHarness(dataDir, asTheApp);
        harness.start(language, welcomeSeen);
        return this;
    }

    /** The window in English, the first run's steps done, on the journal opened directly (not as the app does). */
    public AppExtension start() throws TimeoutException {
        return start(Language.ENGLISH, true);
    }

    /** The window in {@code language}, the first run's steps done when {@code welcomeSeen}. */
    public AppExtension start(Language language, boolean welcomeSeen) throws TimeoutException {
        return run(language, welcomeSeen, false);
    }

    /**
     * The window as the app starts it, through the {@link JournalHost}: a protected journal shows the password page
     * first, and the File menu can restore backups and change the password. In English, the first run's steps done.
     */
    public AppExtension startAsTheApp() throws TimeoutException {
        return startAsTheApp(Language.ENGLISH);
    }

    /** As {@link #startAsTheApp()}, in {@code language}. */
    public AppExtension startAsTheApp(Language language) throws TimeoutException {
        return run(language, true, true);
    }

    /** As {@link #startAsTheApp(Language)}, then the demo journal in that language, the window opened anew on it. */
    public AppExtension startAsTheAppWithTheDemo(Language language) throws TimeoutException {
        startAsTheApp(language);
        harness.fillWithTheDemo(language);
        return this;
    }

    /** As {@link #startAsTheApp()}, in English, with the first-run steps still to come. */
    public AppExtension startAsTheAppFirstTime() throws TimeoutException {
        return run(Language.ENGLISH, false, true);
    }

    /** Closes everything and opens the same folder again, as it was started. */
    public void restart() throws TimeoutException {
        running().restart();
    }

    /** Closes the window and the journal, if they are open; the extension does it after each test anyway. */
    public void stop() throws TimeoutException {
        if (harness != null) {
            harness.stop();
        }
    }

    /** The open journal's services (null while a protected journal waits for its password). */
    public Services services() {
        return running().services();
    }

    public MainWindow window() {
        return running().window();
    }

    /** How many times the window asked the app to exit. */
    public int exits() {
        return running().exits();
    }

    /** The window last started in this test (still readable once stopped). */
    private AppHarness running() {
        if (harness == null) {
            throw new IllegalStateException("the window is not started");
        }
        return harness;
    }
}
