package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The intake page names a late planned dose; for magnesium close to levothyroxine, from when, with the source. */
class IntakeLateDoseTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private List<String> lateLines() {
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        VBox late = lookup("#intake-late-doses").queryAs(VBox.class);
        return late.isVisible() ? late.getChildren().stream().map(n -> ((Label) n).getText()).toList() : List.of();
    }

    @Test
    void aLateMagnesiumDoseAfterLevothyroxineSaysWhenAndNeverNow() throws Exception {
        // The harness's clock: 20:00. Planned at 19:00, levothyroxine logged at 18:30.
        app.start();
        var intake = app.services().intake();
        Product magnesium = intake.saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE, 150.0, null,
                null, null, null));
        Medication thyroid = intake.saveMedication(new Medication(null, "Levothyrox 75",
                MedicationClass.LEVOTHYROXINE));
        intake.logMedication(new MedicationIntake(null, AppHarness.TODAY.atTime(18, 30), thyroid.id()));
        app.services().tracking().save(new Protocol(null, "Evening Mg", AppHarness.TODAY.minusDays(3), null,
                List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(19, 0)))));
        app.restart();

        List<String> lines = lateLines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Mg citrate").contains("19:00").contains("Not before 22:30")
                .contains("Levothyrox 75").doesNotContainIgnoringCase("take it now");
        assertThat(lines.get(1)).startsWith("Source: Topvitamine").contains("Supplémenter");
    }

    @Test
    void aDoseLoggedIsNoLongerListed() throws Exception {
        app.start();
        var intake = app.services().intake();
        Product magnesium = intake.saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE, 150.0, null,
                null, null, null));
        app.services().tracking().save(new Protocol(null, "Evening Mg", AppHarness.TODAY.minusDays(3), null,
                List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(19, 0)))));
        app.restart();
        assertThat(lateLines()).singleElement().asString().contains("Not logged yet");

        app.services().intake().logSupplement(new SupplementIntake(null, AppHarness.TODAY.atTime(19, 10),
                magnesium.id(), 1));
        app.restart();

        assertThat(lateLines()).isEmpty();
    }
}
