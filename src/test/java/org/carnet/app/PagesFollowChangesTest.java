package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A change made on one page shows on every other page that shows that data, without a restart. */
class PagesFollowChangesTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    private void show(MainWindow.Page page) {
        interact(() -> app.window().showPage(page));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        AppHarness.clickInView(this, query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    /** Adds a product as a person does under My products. */
    private void addProductOnItsPage(String name) {
        show(MainWindow.Page.PRODUCTS);
        type("#product-name", name);
        type("#product-magnesium", "150");
        interact(() -> lookup("#product-form").queryAs(ComboBox.class).getSelectionModel().select(MagnesiumForm.CITRATE));
        AppHarness.clickInView(this, "#product-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> names(ComboBox<?> box) {
        return box.getItems().stream().map(p -> ((Product) p).name()).toList();
    }

    @Test
    void aProductAddedUnderMyProductsIsOfferedInTheProtocolAndCanBeSaved() {
        show(MainWindow.Page.PROTOCOLS);
        addProductOnItsPage("Mg bisglycinate");
        show(MainWindow.Page.PROTOCOLS);

        assertThat(names(lookup("#protocol-question-product").queryAs(ComboBox.class))).contains("Mg bisglycinate");
        type("#protocol-name", "Evening magnesium");
        AppHarness.clickInView(this, "#protocol-plan-add");
        ComboBox<?> line = lookup("#protocol-plan .combo-box").queryAs(ComboBox.class);
        assertThat(names(line)).containsExactly("Mg bisglycinate");
        assertThat(((Product) line.getValue()).name()).isEqualTo("Mg bisglycinate");
        AppHarness.clickInView(this, "#protocol-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().tracking().protocols()).extracting(Protocol::name).containsExactly("Evening magnesium");
    }

    @Test
    void takeMyUsualFillsTheProductsMadeUsualSinceThePageWasOpened() {
        show(MainWindow.Page.PROTOCOLS);
        // Written behind the page's back (no signal): the button must read the products with the routine.
        var intake = app.services().intake();
        Product magnesium = intake.saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE, 150.0, null,
                null, null, null));
        intake.logSupplement(new SupplementIntake(null, AppHarness.TODAY.atTime(20, 0), magnesium.id(), 2));
        intake.saveRoutineFrom(AppHarness.TODAY);

        AppHarness.clickInView(this, "#protocol-plan-usual");
        WaitForAsyncUtils.waitForFxEvents();

        List<Object> chosen = lookup("#protocol-plan .combo-box").queryAllAs(ComboBox.class).stream()
                .map(c -> (Object) c.getValue()).toList();
        assertThat(chosen).hasSize(1).allMatch(Objects::nonNull);
        assertThat(((Product) chosen.get(0)).name()).isEqualTo("Mg citrate");
    }

    @Test
    void aProductAddedUnderMyProductsIsOfferedOnTheIntakePage() {
        show(MainWindow.Page.INTAKE);
        addProductOnItsPage("Vitamin D drops");
        show(MainWindow.Page.INTAKE);

        assertThat(names(lookup("#intake-product").queryAs(ComboBox.class))).contains("Vitamin D drops");
    }

    @Test
    void aProtocolSavedOnItsPageIsFollowedOnTheTrackingPage() {
        Product magnesium = app.services().intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        show(MainWindow.Page.TRACKING);
        String before = lookup("#tracking-protocol").tryQueryAs(Label.class).map(Label::getText).orElse("");
        assertThat(before).doesNotContain("Evening magnesium");

        show(MainWindow.Page.PROTOCOLS);
        type("#protocol-name", "Evening magnesium");
        AppHarness.clickInView(this, "#protocol-plan-add");
        interact(() -> lookup("#protocol-plan .combo-box").queryAs(ComboBox.class).getSelectionModel().select(
                app.services().intake().products().stream().filter(p -> p.id().equals(magnesium.id())).findFirst()
                        .orElseThrow()));
        AppHarness.clickInView(this, "#protocol-save");
        show(MainWindow.Page.TRACKING);

        assertThat(lookup("#tracking-protocol").queryAs(Label.class).getText()).contains("Evening magnesium");
        assertThat(app.services().tracking().protocols()).extracting(Protocol::plan)
                .containsExactly(List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(20, 0))));
    }

    // The other kinds of data (issue 14): each written on its page, seen on another without a restart.

    @Test
    void aMedicationAddedUnderMyProductsIsOfferedOnTheIntakePage() {
        show(MainWindow.Page.INTAKE);
        show(MainWindow.Page.PRODUCTS);
        type("#medication-name", "Levothyrox 75");
        interact(() -> lookup("#medication-class").queryAs(ComboBox.class).getSelectionModel().select(
                org.carnet.intake.MedicationClass.LEVOTHYROXINE));
        AppHarness.clickInView(this, "#medication-save");
        WaitForAsyncUtils.waitForFxEvents();
        show(MainWindow.Page.INTAKE);

        assertThat(lookup("#intake-medication").queryAs(ComboBox.class).getItems().stream()
                .map(m -> ((org.carnet.intake.Medication) m).name()).toList()).contains("Levothyrox 75");
    }

    @Test
    void aFoodOfMyOwnAddedUnderMyProductsIsFoundOnTheIntakePage() {
        show(MainWindow.Page.INTAKE);
        show(MainWindow.Page.PRODUCTS);
        type("#food-name", "Grand-mother's nut bread");
        type("#food-magnesium", "80");
        AppHarness.clickInView(this, "#food-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().intake().searchFoods("nut bread", 5)).isNotEmpty();
        show(MainWindow.Page.INTAKE);

        type("#intake-food-search", "nut bread");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = lookup("#intake-food-results").queryAs(javafx.scene.control.ListView.class).getItems()
                .stream().map(f -> ((org.carnet.intake.Food) f).name(false)).toList();
        assertThat(found).anySatisfy(name -> assertThat(name).contains("nut bread"));
    }

    @Test
    void aProfileChangeChangesTheIntakeFindings() {
        var intake = app.services().intake();
        Product magnesium = intake.saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE, 150.0, null,
                null, null, null));
        intake.logSupplement(new SupplementIntake(null, AppHarness.TODAY.atTime(9, 0), magnesium.id(), 1));
        show(MainWindow.Page.INTAKE);
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        assertThat(findingRules("#intake-findings")).doesNotContain(org.carnet.guidance.ProfileSeeProfessionalRule.ID);

        show(MainWindow.Page.PROFILE);
        AppHarness.clickInView(this, "#profile-kidney-disease");
        AppHarness.clickInView(this, "#profile-save");
        WaitForAsyncUtils.waitForFxEvents();
        show(MainWindow.Page.INTAKE);

        assertThat(findingRules("#intake-findings")).contains(org.carnet.guidance.ProfileSeeProfessionalRule.ID);
    }

    private List<Object> findingRules(String query) {
        return lookup(query).query().lookupAll(".finding").stream().map(javafx.scene.Node::getUserData).toList();
    }

    @Test
    void aDaySavedInTheCheckInIsInTheJournalListAndOnHome() {
        show(MainWindow.Page.JOURNAL);
        show(MainWindow.Page.HOME);
        String before = lookup("#home-checkin-state").queryAs(javafx.scene.control.Label.class).getText();
        show(MainWindow.Page.CHECK_IN);
        type("#checkin-cramp-count", "3");
        AppHarness.clickInView(this, "#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();

        show(MainWindow.Page.JOURNAL);
        assertThat(journalLines()).anySatisfy(line -> assertThat(line).contains("Cramps 3"));
        show(MainWindow.Page.HOME);
        assertThat(lookup("#home-checkin-state").queryAs(javafx.scene.control.Label.class).getText())
                .as("today's check-in is done").isNotEqualTo(before);
    }

    @Test
    void anEpisodeLoggedFromTheMenuIsInTheCheckInAndTheJournalList() {
        show(MainWindow.Page.JOURNAL);
        show(MainWindow.Page.CHECK_IN);
        assertThat(labels("#checkin-episodes")).noneSatisfy(text -> assertThat(text).contains("Palpitation"));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E);   // Journal › Log a palpitation now
        WaitForAsyncUtils.waitForFxEvents();
        AppHarness.clickInView(this, "#episode-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(labels("#checkin-episodes")).anySatisfy(text -> assertThat(text).contains("Palpitation"));
        show(MainWindow.Page.JOURNAL);
        assertThat(journalLines()).anySatisfy(line -> assertThat(line).contains("Palpitations 1"));
    }

    private List<String> journalLines() {
        return labels("#journal-list");
    }

    private List<String> labels(String query) {
        return lookup(query).query().lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n)
                .getText()).filter(Objects::nonNull).toList();
    }
}
