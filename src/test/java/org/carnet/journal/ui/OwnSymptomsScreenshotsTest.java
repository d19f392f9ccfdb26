package org.carnet.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.Map;
import javafx.stage.Stage;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.app.Shots;
import org.carnet.journal.CheckIn;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check-in with two own symptoms, at 800x600 and 1366x768, in English and French, scrolled to them:
 * target/screenshots/checkin-own-*.png, to be looked at (under Xvfb for the real window).
 */
class OwnSymptomsScreenshotsTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void theCheckInWithTwoOwnSymptomsIsDrawnAtBothSizesInBothLanguages() throws Exception {
        Files.createDirectories(ScreenshotsTest.OUT);
        for (Language language : Language.values()) {
            app.in(app.folder().resolve(language.name())).start(language, true);
            OwnSymptom fog = app.services().ownSymptoms().save(OwnSymptom.create(
                    language == Language.FRENCH ? "Brouillard mental" : "Brain fog", OwnSymptomKind.SCALE, false));
            OwnSymptom walked = app.services().ownSymptoms().save(OwnSymptom.create(
                    language == Language.FRENCH ? "Marche de 30 min" : "Walked 30 min", OwnSymptomKind.YES_NO, true));
            app.services().journal().save(CheckIn.empty(AppHarness.TODAY)
                    .withOwnValues(Map.of(fog.id(), 4, walked.id(), 1)));
            app.restart();
            for (int[] size : new int[][] {{800, 600}, {1366, 768}}) {
                interact(() -> {
                    Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    app.window().showPage(MainWindow.Page.CHECK_IN);
                });
                WaitForAsyncUtils.waitForFxEvents();
                // The keyboard's way there: the own symptom's field takes the focus and scrolls into view.
                interact(() -> lookup("#checkin-own-" + fog.id()).query().requestFocus());
                WaitForAsyncUtils.waitForFxEvents();
                BufferedImage picture = shoot("checkin-own-" + language.locale().getLanguage() + "-" + size[0] + "x"
                        + size[1] + ".png");
                assertThat(picture.getWidth()).isGreaterThanOrEqualTo(size[0] - 20);
            }
            app.stop();
        }
    }

    private BufferedImage shoot(String name) {
        return Shots.keep(lookup("#checkin-view").query().getScene(), ScreenshotsTest.OUT.resolve(name));
    }
}
