package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "About what you just logged" notice belongs to the intake page it was raised on: it never covers a field of
 * that page (at the default 1000×720), goes when the person leaves the page or presses Esc, and the finding itself
 * stays on the intake page, whole.
 */
class PageNoticeTest extends FxRobot {
    private static final String TITLE = "About what you just logged";

    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void startApp() throws Exception {
        var intake = app.services().intake();
        intake.saveProduct(new Product(null, "Magnesium citrate 300", MagnesiumForm.CITRATE, 300.0, null, null, null,
                null));
        Medication levothyroxine = intake.saveMedication(new Medication(null, "Levothyrox 75",
                MedicationClass.LEVOTHYROXINE));
        intake.logMedication(new MedicationIntake(null, AppHarness.TODAY.atTime(7, 0), levothyroxine.id()));
        app.restart();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#menu-bar").query().getScene().getWidth()).isEqualTo(1000);
        assertThat(lookup("#menu-bar").query().getScene().getHeight()).isEqualTo(720);
    }

    /** Logs the 300 mg supplement an hour after levothyroxine: a spacing finding, and the notice naming it. */
    private Node logTheSupplement() {
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        AppHarness.typeInView(this, "#intake-supplement-time", "08:00");
        AppHarness.clickInView(this, "#intake-supplement-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices()).as("the notice is raised").hasSize(1);
        return notices().get(0);
    }

    private List<Node> notices() {
        return app.window().notifier().cards().stream().filter(card -> card.lookupAll(".label").stream()
                .anyMatch(n -> TITLE.equals(((Label) n).getText()))).toList();
    }

    private void shortcut(KeyCode digit) {
        push(KeyCode.CONTROL, digit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertTheFindingStaysOnTheIntakePage() {
        Node box = lookup("#intake-new-findings").query();
        assertThat(box.isVisible()).isTrue();
        assertThat(box.lookupAll(".finding").stream().map(Node::getUserData).toList()).contains("MG_SPACING");
    }

    @Test
    void theNoticeCoversNoFieldAndGoesWhenThePersonLeavesThePage() {
        Node card = logTheSupplement();
        assertThat(coveredBy(card)).as("fields of the intake page under the notice").isEmpty();
        Node page = lookup("#page-content").query();
        assertThat(page.localToScene(page.getLayoutBounds()).intersects(card.localToScene(card.getLayoutBounds())))
                .as("the page gives the notice room: it is laid out under it, not over it").isFalse();
        javafx.stage.Window window = card.getScene().getWindow();
        interact(() -> {
            window.setWidth(720);
            window.setHeight(520);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(coveredBy(card)).as("at the smallest window, 720×520").isEmpty();
        interact(() -> {
            window.setWidth(1000);
            window.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();

        shortcut(KeyCode.DIGIT4);
        assertThat(lookup("#nav-tracking").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(notices()).as("not on Tracking").isEmpty();
        shortcut(KeyCode.DIGIT6);
        assertThat(notices()).as("not on Protocols").isEmpty();

        shortcut(KeyCode.DIGIT3);
        assertTheFindingStaysOnTheIntakePage();
        assertThat(notices()).as("said once, when it was raised").isEmpty();
    }

    @Test
    void escapeOrItsCloseButtonDismissesTheNoticeAndTheFindingStays() {
        Node card = logTheSupplement();
        Button close = (Button) card.lookup(".notification-close");
        assertThat(close.isFocusTraversable()).as("reachable with Tab").isTrue();
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices()).isEmpty();
        assertTheFindingStaysOnTheIntakePage();

        AppHarness.clickInView(this, "#intake-new-findings-close");
        AppHarness.typeInView(this, "#intake-supplement-time", "08:30");
        AppHarness.clickInView(this, "#intake-supplement-add");
        WaitForAsyncUtils.waitForFxEvents();
        Button again = (Button) notices().get(0).lookup(".notification-close");
        interact(again::requestFocus);
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices()).isEmpty();
        assertThat(lookup("#intake-new-findings").query().isVisible()).as("what the second entry raised").isTrue();
    }

    /** The fields (text, choices, buttons) of the window a card lies over, as far as they are in view. */
    private List<String> coveredBy(Node card) {
        Bounds over = card.localToScene(card.getLayoutBounds());
        return card.getScene().getRoot().lookupAll("*").stream()
                .filter(n -> n instanceof TextInputControl || n instanceof ComboBoxBase<?> || n instanceof ButtonBase)
                .filter(n -> !isInside(n, card) && n.isVisible() && !n.getStyleClass().contains("nav-button"))
                .filter(n -> {
                    Bounds seen = inView(n);
                    return seen != null && seen.intersects(over);
                })
                .map(n -> n.getClass().getSimpleName() + " " + n.getId()).toList();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The part of {@code node} in view: its bounds in the scene cut by the viewport of each scroll pane around it. */
    private static Bounds inView(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                double minX = Math.max(b.getMinX(), v.getMinX());
                double minY = Math.max(b.getMinY(), v.getMinY());
                double maxX = Math.min(b.getMaxX(), v.getMaxX());
                double maxY = Math.min(b.getMaxY(), v.getMaxY());
                if (maxX <= minX || maxY <= minY) {
                    return null;
                }
                b = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return b;
    }
}
