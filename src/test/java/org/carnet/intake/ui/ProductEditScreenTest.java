package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Nutrient;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A product's label changed from "My products": the dialog asks which intakes follow, history stays true. */
class ProductEditScreenTest extends FxRobot {
    private static final LocalDate EARLIER = AppHarness.TODAY.minusDays(10);
    private static final LocalDate RECENT = AppHarness.TODAY.minusDays(1);

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private void seed() throws Exception {
        app.start();
        Product magnesium = app.services().intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                100.0, null, null, null, null));
        app.services().intake().logSupplement(new SupplementIntake(null, EARLIER.atTime(20, 0), magnesium.id(), 2));
        app.services().intake().logSupplement(new SupplementIntake(null, RECENT.atTime(20, 0), magnesium.id(), 2));
        app.restart();
        interact(() -> app.window().showPage(MainWindow.Page.PRODUCTS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double magnesiumOn(LocalDate day) {
        return app.services().intake().day(day).totals().of(Nutrient.MAGNESIUM).fromSupplements();
    }

    private void typeNewLabel() {
        AppHarness.clickInView(this, ".product-edit-button");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#product-magnesium").push(KeyCode.CONTROL, KeyCode.A).write("300");
        clickOn("#product-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLabelChangedFromADateLeavesTheEarlierTotalsAlone() throws Exception {
        seed();
        typeNewLabel();

        assertThat(lookup("#dose-change-dialog").tryQuery()).isPresent();
        // The date offered is today: only intakes from today on would follow; the person picks yesterday.
        interact(() -> lookup("#dose-change-date").queryAs(javafx.scene.control.DatePicker.class).setValue(RECENT));
        clickOn("#dose-change-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(magnesiumOn(EARLIER)).isEqualTo(200.0);
        assertThat(magnesiumOn(RECENT)).isEqualTo(600.0);
        assertThat(app.services().intake().products()).singleElement()
                .satisfies(p -> assertThat(p.magnesiumMg()).isEqualTo(300.0));
        assertThat(lookup("#product-edit-cancel").query().isVisible()).isFalse();
    }

    @Test
    void aLabelChangedForPastIntakesTooChangesEveryTotal() throws Exception {
        seed();
        typeNewLabel();

        clickOn("#dose-change-past");
        clickOn("#dose-change-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(magnesiumOn(EARLIER)).isEqualTo(600.0);
        assertThat(magnesiumOn(RECENT)).isEqualTo(600.0);
    }

    @Test
    void cancellingTheQuestionChangesNothing() throws Exception {
        seed();
        typeNewLabel();

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(magnesiumOn(EARLIER)).isEqualTo(200.0);
        assertThat(app.services().intake().products()).singleElement()
                .satisfies(p -> assertThat(p.magnesiumMg()).isEqualTo(100.0));
    }
}
