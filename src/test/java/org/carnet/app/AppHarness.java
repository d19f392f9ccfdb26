package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.carnet.ui.Language;
import org.carnet.ui.TaskRunner;
import org.testfx.api.FxToolkit;

/**
 * Starts the real main window on a real journal in a temporary folder, as the app does, but with the database work
 * on the calling thread and a fixed clock. {@link #restart()} closes everything and opens the same folder again.
 */
public final class AppHarness {
    /** 20:00 in Paris on Tuesday 10 March 2026. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T19:00:00Z"), ZoneId.of("Europe/Paris"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    private final Path dataDir;
    private Services services;
    private MainWindow window;
    private int exits;

    public AppHarness(Path dataDir) {
        this.dataDir = dataDir;
    }

    public AppHarness start() throws TimeoutException {
        return start(Language.ENGLISH, true);
    }

    public AppHarness start(Language language, boolean welcomeSeen) throws TimeoutException {
        AppSettings settings = AppSettings.load(dataDir);
        settings.setLanguage(language);
        if (welcomeSeen) {
            settings.setWelcomeShown(true);
        }
        settings.save();
        FxToolkit.registerPrimaryStage();
        showWindow();
        return this;
    }

    public void restart() throws TimeoutException {
        stop();
        showWindow();
    }

    private void showWindow() throws TimeoutException {
        services = Services.open(dataDir, CLOCK);
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = new MainWindow(stage, AppSettings.load(dataDir), TaskRunner.sameThread());
            window.setOnExit(() -> exits++);
            window.show();
            window.attach(services);
        });
    }

    public void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
            services = null;
        }
    }

    public Services services() {
        return services;
    }

    public MainWindow window() {
        return window;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int exits() {
        return exits;
    }
}
