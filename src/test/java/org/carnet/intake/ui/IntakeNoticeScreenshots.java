package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the intake page just after magnesium was added an hour after levothyroxine: the finding above the
 * forms and the notification naming it, in both languages, of the whole screen (ImageMagick's import) under a real
 * display. Run with -Dcarnet.intake.shots=DIR and DISPLAY set.
 */
@EnabledIfSystemProperty(named = "carnet.intake.shots", matches = ".+")
class IntakeNoticeScreenshots extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void theFindingOfAnAddedIntakeInBothLanguages() throws Exception {
        Path out = Path.of(System.getProperty("carnet.intake.shots"));
        Files.createDirectories(out);
        for (Language language : Language.values()) {
            app.in(app.folder().resolve(language.code())).start(language, true);
            var intake = app.services().intake();
            intake.saveProduct(new Product(null, "Magnesium citrate 150", MagnesiumForm.CITRATE, 150.0, null, null,
                    null, null));
            Medication levothyroxine = intake.saveMedication(new Medication(null, "Levothyrox 75",
                    MedicationClass.LEVOTHYROXINE));
            intake.logMedication(new MedicationIntake(null, AppHarness.TODAY.atTime(7, 0), levothyroxine.id()));
            app.restart();
            interact(() -> {
                Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1000);
                stage.setHeight(720);
            });
            interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
            WaitForAsyncUtils.waitForFxEvents();
            AppHarness.typeInView(this, "#intake-supplement-time", "08:00");
            AppHarness.clickInView(this, "#intake-supplement-add");
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(700);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup("#intake-new-findings").query().isVisible()).isTrue();
            Path file = out.resolve("intake-notice-" + language.code() + ".png");
            Process shot = new ProcessBuilder("import", "-window", "root", "-crop", "1000x720+0+0", file.toString())
                    .inheritIO().start();
            assertThat(shot.waitFor()).isZero();
            app.stop();
        }
    }
}
