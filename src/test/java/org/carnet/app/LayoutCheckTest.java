package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The sweep's eyes: each defect it is meant to see, seen, and the same layout without the defect, passed. */
class LayoutCheckTest extends FxRobot {
    private Stage stage;

    @BeforeEach
    void stage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private List<String> defectsOf(javafx.scene.Parent root, double width, double height) {
        List<String>[] found = new List[1];
        interact(() -> {
            if (root.getScene() != null) {
                root.getScene().setRoot(new javafx.scene.Group());
            }
            stage.setScene(new Scene(root, width, height));
            stage.show();
            root.applyCss();
            root.layout();
            found[0] = LayoutCheck.defects(stage.getScene(), "test");
        });
        return found[0];
    }

    @Test
    void aLabelCutWithoutATooltipIsADefectAndWithOneItIsNot() {
        Label cut = new Label("Duration (minutes, about)");
        cut.setMaxWidth(60);
        assertThat(defectsOf(new HBox(cut), 300, 100)).singleElement().asString().contains("text cut");

        Label explained = new Label("Duration (minutes, about)");
        explained.setMaxWidth(60);
        explained.setTooltip(new Tooltip(explained.getText()));
        assertThat(defectsOf(new HBox(explained), 300, 100)).isEmpty();

        Label wrapped = new Label("Duration (minutes, about)");
        wrapped.setMaxWidth(70);
        wrapped.setWrapText(true);
        assertThat(defectsOf(new StackPane(new HBox(wrapped)), 300, 200)).isEmpty();
    }

    @Test
    void aWordBrokenAcrossTwoLinesIsADefectAndAColumnAsWideAsItsLongestWordIsNot() {
        Label broken = new Label("Days recorded");
        broken.setWrapText(true);
        broken.setMaxWidth(36);
        assertThat(defectsOf(new StackPane(new HBox(broken)), 300, 200)).singleElement().asString()
                .contains("\"recorded\" broken across lines");

        Label whole = org.carnet.ui.Layouts.wrapping(new Label("Days recorded"));
        whole.setMaxWidth(36);
        GridPane grid = new GridPane();
        grid.add(whole, 0, 0);
        assertThat(defectsOf(new StackPane(grid), 300, 200)).isEmpty();
    }

    @Test
    void siblingsDrawnOverEachOtherAreADefect() {
        GridPane grid = new GridPane();
        grid.add(new Label("Severity"), 0, 0);
        grid.add(new Label("Enter a whole number"), 0, 0);
        assertThat(defectsOf(grid, 300, 100)).singleElement().asString().contains("overlap");

        GridPane apart = new GridPane();
        apart.add(new Label("Severity"), 0, 0);
        apart.add(new Label("Enter a whole number"), 1, 0);
        assertThat(defectsOf(apart, 300, 100)).isEmpty();
    }

    @Test
    void aControlPastTheRightEdgeIsADefect() {
        Label wide = new Label("a label wider than the whole window it is in");
        wide.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        assertThat(defectsOf(new HBox(wide), 100, 50)).anyMatch(d -> d.contains("right edge"));
    }

    @Test
    void aDialogButtonOutsideTheWindowIsADefect() {
        javafx.scene.control.DialogPane pane = new javafx.scene.control.DialogPane();
        javafx.scene.layout.Region tall = new javafx.scene.layout.Region();
        tall.setMinHeight(400);
        pane.setContent(tall);
        pane.getButtonTypes().add(javafx.scene.control.ButtonType.OK);
        assertThat(defectsOf(pane, 300, 200)).anyMatch(d -> d.contains("outside the window"));
        assertThat(defectsOf(pane, 300, 600)).isEmpty();
    }
}
