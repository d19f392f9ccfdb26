package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.carnet.storage.DataLocation;
import org.carnet.ui.FxTaskRunner;

/**
 * The JavaFX application. The window appears first; the journal opens in the background and fills it, so the app
 * never shows a frozen window while the database starts.
 */
public final class CarnetApp extends Application {
    /** Benchmarks set this to print when the first window is on screen, then exit. */
    static final String EXIT_WHEN_SHOWN = "carnet.benchmark.exitWhenShown";

    private FxTaskRunner runner;
    private MainWindow window;
    private Services services;

    @Override
    public void start(Stage stage) {
        CommandLine line = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        Path dataDir = DataLocation.resolveForThisProcess(line.dataDir());
        Logging.toDataFolder(dataDir);
        AppSettings settings = AppSettings.load(dataDir);
        runner = new FxTaskRunner();
        window = new MainWindow(stage, settings, runner);
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            stage.setOnShown(e -> StartupProbe.shown());
        }
        stage.getIcons().addAll(AppIcon.images());
        window.show();
        Clock clock = Clock.systemDefaultZone();
        runner.run(() -> {
            Services opening = Services.open(dataDir, clock);
            opening.backupAtStart();
            return opening;
        }, opened -> {
            services = opened;
            window.attach(opened);
            if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
                StartupProbe.ready();
            }
        }, window::openFailed);
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
