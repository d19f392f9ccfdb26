package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.carnet.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A key pressed the moment the window appears, while it still shows its first "opening" page (the menus and their
 * shortcuts come a turn later), is not lost: it does what it says once they exist.
 */
class EarlyKeysTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void aPageShortcutPressedOnTheOpeningPageOpensThatPage() throws Exception {
        AppSettings settings = AppSettings.load(app.dataDir());
        settings.setWelcomeShown(true);
        settings.save();
        FxToolkit.registerPrimaryStage();
        boolean[] shellThen = new boolean[1];
        try (Services services = Services.open(app.dataDir(), AppHarness.CLOCK)) {
            try {
                shortcutOnTheOpeningPage(services, shellThen);
            } finally {
                // The window goes before the journal it shows.
                FxToolkit.cleanupStages();
            }
        }
    }

    private void shortcutOnTheOpeningPage(Services services, boolean[] shellThen) throws Exception {
        FxToolkit.setupFixture(() -> {
            MainWindow window = new MainWindow(new Stage(), AppSettings.load(app.dataDir()), TaskRunner.sameThread());
            window.show();
            window.attach(services);
            // In the turn that showed the window: only the opening page is there.
            shellThen[0] = window.isShellInstalled();
            Scene scene = window.stage().getScene();
            for (var type : java.util.List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                Event.fireEvent(scene.getRoot(), new KeyEvent(type, "", "", KeyCode.DIGIT2, false, true, false,
                        false));
            }
        });
        assertThat(shellThen[0]).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> lookup(
                "#nav-check-in").tryQuery().map(n -> ((ToggleButton) n).isSelected()).orElse(false)).get());
        assertThat(lookup("#nav-home").queryAs(ToggleButton.class).isSelected()).isFalse();
    }
}
