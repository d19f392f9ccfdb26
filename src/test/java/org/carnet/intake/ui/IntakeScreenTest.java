package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.Food;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Nutrient;
import org.carnet.intake.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A meal found by typing "amande", a supplement, and the totals and a spacing warning that follow. */
class IntakeScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void startApp() throws Exception {
        var intake = app.services().intake();
        intake.saveProduct(new Product(null, "Magnésium citrate 150", MagnesiumForm.CITRATE, 150.0, null, null, null,
                null));
        Medication levothyroxine = intake.saveMedication(new Medication(null, "Levothyrox 75",
                MedicationClass.LEVOTHYROXINE));
        intake.logMedication(new MedicationIntake(null, AppHarness.TODAY.atTime(8, 0), levothyroxine.id()));
        app.restart();
    }

    /** Clicks a control, scrolled into view first as it is for a keyboard user who tabs to it. */
    private void click(String query) {
        AppHarness.clickInView(this, query);
    }

    private void type(String id, String text) {
        click(id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    @Test
    void aMealAndASupplementShowTheirTotalsAndTheSpacingWarning() {
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();

        type("#intake-food-search", "amande");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = lookup("#intake-food-results").queryAs(ListView.class);
        assertThat(results.getItems()).isNotEmpty();
        Food first = (Food) results.getItems().get(0);
        assertThat(first.nameFr()).startsWith("Amande");
        push(KeyCode.DOWN);
        push(KeyCode.ENTER);
        type("#intake-food-grams", "30");
        type("#intake-food-time", "12:30");
        clickOn("#intake-food-add");
        WaitForAsyncUtils.waitForFxEvents();

        type("#intake-units", "1");
        type("#intake-supplement-time", "9:00");
        clickOn("#intake-supplement-add");
        WaitForAsyncUtils.waitForFxEvents();

        DayIntakeDetails day = app.services().intake().day(AppHarness.TODAY);
        assertThat(day.foods()).singleElement().satisfies(f -> assertThat(f.intake().grams()).isEqualTo(30));
        assertThat(day.supplements()).singleElement()
                .satisfies(s -> assertThat(s.intake().takenAt()).isEqualTo(LocalDateTime.of(AppHarness.TODAY, java.time.LocalTime.of(9, 0))));
        double magnesium = day.totals().of(Nutrient.MAGNESIUM).total();
        assertThat(magnesium).isGreaterThan(150);

        String shown = lookup("#gauge-magnesium").queryAs(Label.class).getText();
        assertThat(shown).startsWith(String.valueOf((int) Math.floor(magnesium)));
        assertThat(lookup("#gauge-magnesium-supplements").queryAs(Label.class).getText()).startsWith("150");

        List<Object> rules = lookup("#intake-findings").queryAs(Node.class).lookupAll(".finding").stream()
                .map(Node::getUserData).toList();
        assertThat(rules).contains("MG_SPACING");
        assertThat(lookup("#intake-findings").queryAs(Node.class).lookupAll(".source-line").stream()
                .map(n -> ((Label) n).getText()).toList())
                .anySatisfy(text -> assertThat(text).contains("Supplémenter"));
    }

    @Test
    void aStarredFoodIsSavedAsAFavourite() {
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        type("#intake-food-search", "lentille");
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.ENTER);
        type("#intake-food-grams", "80");
        clickOn("#intake-food-add");
        WaitForAsyncUtils.waitForFxEvents();
        String logged = app.services().intake().day(AppHarness.TODAY).foods().get(0).food().code();
        assertThat(app.services().intake().favouriteFoods()).isEmpty();

        click(".favourite-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().intake().favouriteFoods()).containsExactly(logged);
        click(".favourite-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().intake().favouriteFoods()).isEmpty();
    }

    @Test
    void anAbsurdAmountIsRefusedAndNothingIsStored() {
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        type("#intake-food-search", "amande");
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.ENTER);
        type("#intake-food-grams", "20000");
        clickOn("#intake-food-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#intake-food-grams-error").queryAs(Label.class).getText()).contains("3000");
        assertThat(app.services().intake().day(AppHarness.TODAY).foods()).isEmpty();
    }

    @Test
    void onANarrowWindowTheTotalsGoUnderTheFormsAndNothingIsCutSideways() {
        interact(() -> app.window().showPage(org.carnet.app.MainWindow.Page.INTAKE));
        javafx.scene.layout.GridPane columns = lookup("#intake-columns").queryAs(javafx.scene.layout.GridPane.class);
        javafx.stage.Window window = columns.getScene().getWindow();
        interact(() -> window.setWidth(720));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columns.getColumnConstraints()).hasSize(1);
        assertThat(columns.getChildren()).hasSize(2)
                .anySatisfy(n -> assertThat(javafx.scene.layout.GridPane.getRowIndex(n)).isEqualTo(1));
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) columns.getParent().getParent()
                .getParent();
        assertThat(columns.getWidth()).isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
        assertThat(lookup("#intake-date").queryAs(javafx.scene.control.DatePicker.class).getWidth())
                .isGreaterThanOrEqualTo(150);
        type("#intake-food-search", "epinard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#intake-food-results .list-cell").queryAll()).filteredOn(n -> ((ListCell<?>) n)
                .getItem() != null).isNotEmpty().allSatisfy(n -> {
                    ListCell<?> cell = (ListCell<?>) n;
                    assertThat(cell.getTooltip().getText()).as("the whole line on hover").isEqualTo(cell.getText());
                });

        interact(() -> window.setWidth(1100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columns.getColumnConstraints()).hasSize(2);
        assertThat(columns.getChildren()).allSatisfy(n -> assertThat(javafx.scene.layout.GridPane.getRowIndex(n))
                .isEqualTo(0));
    }
}
