package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Advice on save": a new product or protocol above 200 mg of magnesium a day gets the start-at-100–200 mg note
 * (MG_START_HIGH, with its source) by its save button, at once, not only later on its days.
 */
class AdviceOnSaveScreenTest extends FxRobot {
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

    private void addProduct(String name, String mg) {
        type("#product-name", name);
        type("#product-magnesium", mg);
        interact(() -> lookup("#product-form").queryAs(ComboBox.class).getSelectionModel().select(MagnesiumForm.CITRATE));
        AppHarness.clickInView(this, "#product-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the advice shown under {@code id}; empty when it is hidden. */
    private List<String> advice(String id) {
        Node box = lookup(id).query();
        if (!box.isVisible()) {
            return List.of();
        }
        return lookup(id + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void aNewProductOfThreeHundredMilligramsGetsTheNoteAndOneOfTwoHundredDoesNot() {
        show(MainWindow.Page.PRODUCTS);
        addProduct("Mg 200", "200");
        assertThat(app.services().intake().products()).extracting(Product::name).containsExactly("Mg 200");
        assertThat(advice("#product-advice")).isEmpty();

        addProduct("Mg 300", "300");

        assertThat(advice("#product-advice")).anyMatch(t -> t.startsWith("The new product Mg 300 gives 300 mg"))
                .anyMatch(t -> t.startsWith("Source:"));
        // Editing another product (or cancelling) puts the note away.
        AppHarness.clickInView(this, ".product-edit-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(advice("#product-advice")).isEmpty();
    }

    @Test
    void aNewProtocolPlanningTwoTimesOneHundredAndFiftyMilligramsGetsTheNoteAtOnce() {
        Product magnesium = app.services().intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        show(MainWindow.Page.PROTOCOLS);
        type("#protocol-name", "Evening magnesium");
        AppHarness.clickInView(this, "#protocol-plan-add");
        interact(() -> lookup("#protocol-plan .combo-box").queryAs(ComboBox.class).getSelectionModel().select(
                app.services().intake().products().stream().filter(p -> p.id().equals(magnesium.id())).findFirst()
                        .orElseThrow()));
        type("#protocol-plan .text-field", "2");
        assertThat(advice("#protocol-advice")).isEmpty();
        AppHarness.clickInView(this, "#protocol-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().tracking().protocols()).hasSize(1);
        assertThat(advice("#protocol-advice"))
                .anyMatch(t -> t.startsWith("The new protocol “Evening magnesium” plans 300 mg of magnesium a day"))
                .anyMatch(t -> t.startsWith("Source:"));
        // Saved again (an edit, no longer new): the note is not repeated.
        AppHarness.clickInView(this, "#protocol-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(advice("#protocol-advice")).isEmpty();
    }
}
