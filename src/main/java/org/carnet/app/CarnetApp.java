package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.carnet.storage.DataLocation;
import org.carnet.ui.FxTaskRunner;
import org.carnet.ui.Language;
import org.carnet.ui.Theme;

/**
 * The JavaFX application. The window appears first; the journal opens in the background (after its password, when
 * it has one) and fills it, so the app never shows a frozen window while the database starts.
 */
public final class CarnetApp extends Application {
    /** Benchmarks set this to print when the first window is on screen, then exit. */
    static final String EXIT_WHEN_SHOWN = "carnet.benchmark.exitWhenShown";

    private FxTaskRunner runner;
    private JournalHost host;
    private OpenOnRequest openOn;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // Before any control is made: the first control class to load would otherwise have JavaFX read and apply
        // its own Modena stylesheet, which the window never uses (the theme replaces it).
        Application.setUserAgentStylesheet(Theme.splashStylesheet());
        CommandLine line = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        Path dataDir = DataLocation.resolveForThisProcess(line.dataDir());
        Logging.toDataFolder(dataDir);
        AppSettings settings = AppSettings.load(dataDir);
        if (line.lang() != null) {
            settings.useLanguageThisRun(Language.fromCode(line.lang(), settings.language()));
        }
        runner = new FxTaskRunner();
        window = new MainWindow(stage, settings, runner);
        window.setPrebuildPages(true);
        // The work the person does not wait for starts once they have gone on from the first page, or stayed on it.
        window.setSettleDelay(javafx.util.Duration.millis(500));
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            stage.setOnShown(e -> StartupProbe.shown());
        }
        window.show();
        AppIcon.setWhenDecoded(stage);
        host = new JournalHost(dataDir, Clock.systemDefaultZone(), runner, window);
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            host.setOnReady(StartupProbe::ready);
        }
        host.start(EarlyJournal.take(dataDir));
        openOn = OpenOnRequest.start(dataDir, window, line.open());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stopped();
        }
        if (openOn != null) {
            openOn.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (host != null) {
            host.close();
        }
    }
}
