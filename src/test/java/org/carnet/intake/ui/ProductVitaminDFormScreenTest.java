package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The product editor's vitamin D form: read from the name until the person picks one, then stored as picked. */
class ProductVitaminDFormScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void start() throws Exception {
        interact(() -> app.window().showPage(MainWindow.Page.PRODUCTS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<VitaminDForm> form() {
        return lookup("#product-vitd-form").queryAs(ComboBox.class);
    }

    private Product saved(String name) {
        return app.services().intake().products().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theFormFollowsTheNameUntilChosenAndIsStoredAsChosen() {
        assertThat(form().getValue()).isEqualTo(VitaminDForm.UNKNOWN);
        clickOn("#product-name").write("Vitamine D2 400 UI");
        assertThat(form().getValue()).as("read from the name").isEqualTo(VitaminDForm.D2);
        // The label really says D3 somewhere else: the person picks it; the name no longer decides.
        interact(() -> form().setValue(VitaminDForm.D3));
        clickOn("#product-name").push(KeyCode.END).write(" (D2?)");
        assertThat(form().getValue()).isEqualTo(VitaminDForm.D3);
        clickOn("#product-vitamin-d").write("10");
        clickOn("#product-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved("Vitamine D2 400 UI (D2?)").vitaminDForm()).isEqualTo(VitaminDForm.D3);
        // The form is back to following the name for the next product.
        assertThat(form().getValue()).isEqualTo(VitaminDForm.UNKNOWN);
        clickOn("#product-name").write("Cholécalciférol");
        assertThat(form().getValue()).isEqualTo(VitaminDForm.D3);
    }

    @Test
    void anEditedProductShowsItsStoredFormAndARenameLeavesItAlone() throws Exception {
        app.services().intake().saveProduct(new Product(null, "Vitamin D drops", null, null, 10.0, null, null, null,
                VitaminDForm.D2));
        app.restart();
        interact(() -> app.window().showPage(MainWindow.Page.PRODUCTS));
        WaitForAsyncUtils.waitForFxEvents();
        AppHarness.clickInView(this, ".product-edit-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form().getValue()).isEqualTo(VitaminDForm.D2);

        clickOn("#product-name").push(KeyCode.CONTROL, KeyCode.A).write("Vitamin D3 drops");
        assertThat(form().getValue()).as("an edited product keeps its own form").isEqualTo(VitaminDForm.D2);
        interact(() -> form().setValue(VitaminDForm.UNKNOWN));
        clickOn("#product-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved("Vitamin D3 drops").vitaminDForm()).isEqualTo(VitaminDForm.UNKNOWN);
        assertThat(lookup("#products-list").queryAs(javafx.scene.layout.VBox.class).lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())).anyMatch(t -> t.contains("10 µg D"));
    }
}
