package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.carnet.core.NotInFuture;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user met in the first hour (issue 14), each as they met it in the window: a count typed as 99, a
 * future day typed in a date field, a later time in the intake form, the palpitation count of a day with an
 * episode, the finding an intake raises out of view, the totals of a past day called today's.
 */
class NewUserBehaviourTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private void type(String query, String text) {
        AppHarness.typeInView(this, query, text);
    }

    @Test
    void ninetyNineCrampsIsRefusedInWordsNotKeptAsNine() {
        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        AppHarness.clickInView(this, "#checkin-cramp-count");
        push(KeyCode.DIGIT9);
        push(KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();

        TextField count = lookup("#checkin-cramp-count").queryAs(TextField.class);
        assertThat(count.getText()).isEqualTo("99");
        assertThat(count.isFocused()).as("the keyboard is back on the count").isTrue();
        assertThat(text("#checkin-cramp-count-error")).contains("50");
        assertThat(lookup("#checkin-cramp-count-error").query().isVisible()).isTrue();
    }

    @Test
    void aDayAfterTodayTypedInADateFieldIsRefusedInWords() {
        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        DatePicker date = lookup("#checkin-date").queryAs(DatePicker.class);
        interact(() -> date.setValue(AppHarness.TODAY.plusDays(3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getValue()).isEqualTo(AppHarness.TODAY);
        String expected = new Messages(org.carnet.ui.Language.ENGLISH).get(NotInFuture.CODE);
        assertThat(text("#checkin-date-error")).contains(expected);
        assertThat(lookup("#checkin-date-error").query().isVisible()).isTrue();

        interact(() -> date.setValue(AppHarness.TODAY.minusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#checkin-date-error").query().isVisible()).as("gone with a day that can be").isFalse();

        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        DatePicker intakeDate = lookup("#intake-date").queryAs(DatePicker.class);
        interact(() -> intakeDate.setValue(AppHarness.TODAY.plusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#intake-date-error")).contains(expected);
    }

    @Test
    void theIntakeFormRefusesALaterTimeAsTheEpisodeDialogDoes() throws Exception {
        app.services().intake().saveProduct(new Product(null, "Magnesium citrate 150", MagnesiumForm.CITRATE, 150.0,
                null, null, null, null));
        app.restart();
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        type("#intake-supplement-time", "22:00");   // the harness's clock says 20:00
        AppHarness.clickInView(this, "#intake-supplement-add");
        WaitForAsyncUtils.waitForFxEvents();

        String expected = new Messages(org.carnet.ui.Language.ENGLISH).get(NotInFuture.CODE);
        assertThat(text("#intake-supplement-time-error")).isEqualTo(expected);
        assertThat(app.services().intake().day(AppHarness.TODAY).supplements()).isEmpty();
        assertThat(org.carnet.journal.JournalValidator.validate(new Episode(null, AppHarness.TODAY.atTime(22, 0),
                EpisodeKind.CRAMP, null, null, null, null, EnumSet.noneOf(RedFlag.class)),
                AppHarness.TODAY.atTime(20, 0))).extracting(e -> e.code()).containsExactly(NotInFuture.CODE);
    }

    @Test
    void aDayWithAPalpitationEpisodeCountsOneOnEveryPage() throws Exception {
        var journal = app.services().journal();
        journal.save(new CheckIn(AppHarness.TODAY, null, null, null, null, null, 0, null, null, null, null,
                EnumSet.noneOf(RedFlag.class), ""));
        journal.logEpisode(new Episode(null, AppHarness.TODAY.atTime(9, 0), EpisodeKind.PALPITATION, 5, null,
                null, null, EnumSet.noneOf(RedFlag.class)));
        app.restart();

        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#checkin-palpitation-count").queryAs(TextField.class).getText()).isEqualTo("0");
        assertThat(text("#checkin-palpitation-day-count")).startsWith("The day counts 1");
        assertThat(lookup("#checkin-palpitation-day-count").query().isVisible()).isTrue();
        assertThat(lookup("#checkin-cramp-day-count").query().isVisible()).as("no cramp logged").isFalse();

        interact(() -> app.window().showPage(MainWindow.Page.JOURNAL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#journal-list .label").queryAll().stream().map(n -> ((Label) n).getText()).toList())
                .anySatisfy(t -> assertThat(t).contains("Palpitations 1"));
        assertThat(app.services().journal().load(AppHarness.TODAY).palpitationCount()).as("what the summary counts").isEqualTo(1);
    }

    @Test
    void theFindingAnIntakeRaisesIsNotifiedAndShownAboveTheForms() throws Exception {
        var intake = app.services().intake();
        intake.saveProduct(new Product(null, "Magnesium citrate 150", MagnesiumForm.CITRATE, 150.0, null, null, null,
                null));
        Medication levothyroxine = intake.saveMedication(new Medication(null, "Levothyrox 75",
                MedicationClass.LEVOTHYROXINE));
        intake.logMedication(new MedicationIntake(null, AppHarness.TODAY.atTime(7, 0), levothyroxine.id()));
        app.restart();
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#intake-new-findings").query().isVisible()).isFalse();

        type("#intake-supplement-time", "08:00");
        AppHarness.clickInView(this, "#intake-supplement-add");
        WaitForAsyncUtils.waitForFxEvents();

        Node box = lookup("#intake-new-findings").query();
        assertThat(box.isVisible()).isTrue();
        assertThat(box.lookupAll(".finding").stream().map(Node::getUserData).toList()).contains("MG_SPACING");
        Bounds inScene = box.localToScene(box.getBoundsInLocal());
        assertThat(inScene.getMinY()).as("in view").isGreaterThanOrEqualTo(0);
        assertThat(inScene.getMaxY()).isLessThanOrEqualTo(box.getScene().getHeight());
        String title = new Messages(org.carnet.ui.Language.ENGLISH).get("guidance.title.MG_SPACING");
        assertThat(app.window().notifier().cards()).anySatisfy(card -> assertThat(card.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList()).anySatisfy(t -> assertThat(t).contains(title)));

        AppHarness.clickInView(this, "#intake-new-findings-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.isVisible()).isFalse();
    }

    @Test
    void thePastDaysTotalsAreNotCalledToday() {
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#intake-totals-title")).isEqualTo("Today’s totals");
        DatePicker date = lookup("#intake-date").queryAs(DatePicker.class);
        interact(() -> date.setValue(AppHarness.TODAY.minusDays(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#intake-totals-title")).doesNotContain("Today").contains("Totals of");
    }

    @Test
    void quittingWithAHalfFilledProtocolAsksFirst() {
        interact(() -> app.window().showPage(MainWindow.Page.PROTOCOLS));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.application.Platform.runLater(() -> app.window().requestClose());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unsaved-save").tryQuery()).as("nothing typed: nothing to ask").isEmpty();
        assertThat(app.exits()).isEqualTo(1);
    }

    @Test
    void quittingWithAHalfFilledProtocolAsksAndCanStay() throws Exception {
        interact(() -> app.window().showPage(MainWindow.Page.PROTOCOLS));
        type("#protocol-name", "Magnesium trial");
        javafx.application.Platform.runLater(() -> app.window().requestClose());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unsaved-save").tryQuery()).isPresent();
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.exits()).as("stayed").isZero();
        assertThat(lookup("#protocol-name").queryAs(TextField.class).getText()).isEqualTo("Magnesium trial");

        javafx.application.Platform.runLater(() -> app.window().requestClose());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#unsaved-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.exits()).isEqualTo(1);
    }
}
