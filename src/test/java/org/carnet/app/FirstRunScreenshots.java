package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of every step of the first run, in both languages, with the window at 720×520 and at 1366×768, of the
 * whole screen (ImageMagick's import) under a real display, to look at as a person would. Run with
 * -Dcarnet.firstrun.shots=DIR and DISPLAY set (an Xvfb of 1366×768 or more).
 */
@EnabledIfSystemProperty(named = "carnet.firstrun.shots", matches = ".+")
class FirstRunScreenshots extends FxRobot {
    private static final double[][] SIZES = {{720, 520}, {1366, 768}};

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void everyStepInBothLanguagesAtTheSmallestAndALaptopSize() throws Exception {
        Path out = Path.of(System.getProperty("carnet.firstrun.shots"));
        Files.createDirectories(out);
        int run = 0;
        for (double[] size : SIZES) {
            for (String language : new String[] {"en", "fr"}) {
                app.in(app.folder().resolve("j" + run++)).startAsTheAppFirstTime();
                WaitForAsyncUtils.waitForFxEvents();
                interact(() -> {
                    Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                if (language.equals("fr")) {
                    clickOn("#first-run-french");
                }
                String[] steps = {"language", "about", "profile", "password", "reminders", "ready"};
                for (int i = 0; i < steps.length; i++) {
                    WaitForAsyncUtils.waitForFxEvents();
                    Thread.sleep(400);
                    WaitForAsyncUtils.waitForFxEvents();
                    assertThat(lookup("#first-run-page-" + steps[i]).tryQuery()).isPresent();
                    assertThat(lookup("#first-run").queryAs(DialogPane.class).getHeaderText()).contains("6");
                    String name = String.format("first-run-%s-%dx%d-%d-%s.png", language, (int) size[0],
                            (int) size[1], i + 1, steps[i]);
                    Process shot = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString())
                            .inheritIO().start();
                    assertThat(shot.waitFor()).isZero();
                    if (i < steps.length - 1) {
                        clickOn("#first-run-next");
                    }
                }
                clickOn("#first-run-start");
                WaitForAsyncUtils.waitForFxEvents();
                app.stop();
            }
        }
    }
}
