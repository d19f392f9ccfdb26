package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import org.carnet.ui.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first start says what Carnet is and is not, once. */
class FirstStartTest extends FxRobot {
    @TempDir
    Path dataDir;
    private AppHarness app;

    @AfterEach
    void stopApp() throws Exception {
        app.stop();
    }

    @Test
    void theWelcomeSaysItIsNotMedicalAdviceAndComesOnlyOnce() throws Exception {
        app = new AppHarness(dataDir).start(Language.FRENCH, false);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane welcome = lookup("#welcome-dialog").queryAs(DialogPane.class);
        assertThat(welcome.getHeaderText()).contains("journal privé");
        assertThat(welcome.lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList())
                .anySatisfy(text -> assertThat(text).contains("pas un avis médical"));
        clickOn("Commencer mon journal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(AppSettings.load(dataDir).welcomeShown()).isTrue();

        app.restart();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#welcome-dialog").tryQuery()).isEmpty();
    }
}
