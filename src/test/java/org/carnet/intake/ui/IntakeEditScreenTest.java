package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A logged supplement changed in place from the intake page, and a past day copied to today. */
class IntakeEditScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private Product seed() throws Exception {
        app.start();
        Product magnesium = app.services().intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        app.services().intake().logSupplement(new SupplementIntake(null, AppHarness.TODAY.atTime(8, 0),
                magnesium.id(), 2));
        app.restart();
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        return magnesium;
    }

    @Test
    void aSupplementIntakeIsChangedInPlaceAndTheTotalsFollow() throws Exception {
        seed();
        AppHarness.clickInView(this, ".intake-edit-button");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#intake-edit-amount").push(KeyCode.CONTROL, KeyCode.A).write("1");
        clickOn("#intake-edit-time").push(KeyCode.CONTROL, KeyCode.A).write("19:15");
        clickOn("#intake-edit-save");
        WaitForAsyncUtils.waitForFxEvents();

        DayIntakeDetails today = app.services().intake().day(AppHarness.TODAY);
        assertThat(today.supplements()).singleElement().satisfies(line -> {
            assertThat(line.intake().units()).isEqualTo(1);
            assertThat(line.intake().takenAt()).isEqualTo(AppHarness.TODAY.atTime(19, 15));
        });
        assertThat(lookup(".intake-entry").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).startsWith("19:15").contains("Mg citrate"));
    }

    @Test
    void aTimeLaterThanNowIsRefusedInTheDialogAsInTheForms() throws Exception {
        seed();
        AppHarness.clickInView(this, ".intake-edit-button");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#intake-edit-time").push(KeyCode.CONTROL, KeyCode.A).write("21:15");   // the clock says 20:00
        clickOn("#intake-edit-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#intake-edit-error").queryAs(Label.class).getText()).isEqualTo(
                new org.carnet.ui.Messages(org.carnet.ui.Language.ENGLISH).get(org.carnet.core.NotInFuture.CODE));
        assertThat(app.services().intake().day(AppHarness.TODAY).supplements()).singleElement()
                .satisfies(line -> assertThat(line.intake().takenAt()).isEqualTo(AppHarness.TODAY.atTime(8, 0)));
        interact(() -> ((javafx.stage.Stage) lookup("#intake-edit-dialog").query().getScene().getWindow()).close());
    }

    @Test
    void aWrongAmountKeepsTheDialogOpenAndChangesNothing() throws Exception {
        seed();
        AppHarness.clickInView(this, ".intake-edit-button");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#intake-edit-amount").push(KeyCode.CONTROL, KeyCode.A).write("-3");
        clickOn("#intake-edit-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#intake-edit-error").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(app.services().intake().day(AppHarness.TODAY).supplements()).singleElement()
                .satisfies(line -> assertThat(line.intake().units()).isEqualTo(2));
    }

    @Test
    void aPastDayIsCopiedToTodayInOneAction() throws Exception {
        Product magnesium = seed();
        app.services().intake().logSupplement(new SupplementIntake(null, AppHarness.TODAY.minusDays(1).atTime(20, 0),
                magnesium.id(), 3));
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        clickOn(lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && messagesPrevious(b)).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#intake-copy-day");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().intake().day(AppHarness.TODAY).supplements())
                .extracting(line -> line.intake().units()).containsExactly(2.0, 3.0);
        assertThat(app.services().intake().day(AppHarness.TODAY.minusDays(1)).supplements()).hasSize(1);
    }

    private static boolean messagesPrevious(javafx.scene.control.Button button) {
        String tooltip = org.carnet.ui.Tooltips.text(button);
        return tooltip != null && tooltip.startsWith("Previous day");
    }
}
