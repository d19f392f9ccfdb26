package org.carnet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip given through {@link Tooltips} is made on the first hover, with its text; until then only its text is. */
class TooltipsTest extends FxRobot {
    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverWithItsText() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        Button save = new Button("Save");
        Rectangle mark = new Rectangle(40, 40);
        interact(() -> {
            Tooltips.set(save, "Save the day (Ctrl+S)");
            Tooltips.install(mark, "A mark");
            stage.setScene(new Scene(new HBox(40, save, mark), 300, 100));
            stage.show();
        });
        assertThat(save.getTooltip()).as("not made before the pointer comes").isNull();
        assertThat(Tooltips.text(save)).isEqualTo("Save the day (Ctrl+S)");
        assertThat(Tooltips.isPending(save)).isTrue();
        // Screen readers get the text as the control's help, as they would from a tooltip.
        assertThat(interactAndGet(() -> save.queryAccessibleAttribute(AccessibleAttribute.HELP)))
                .isEqualTo("Save the day (Ctrl+S)");

        moveTo(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.getTooltip()).isNotNull();
        assertThat(save.getTooltip().getText()).isEqualTo("Save the day (Ctrl+S)");
        assertThat(Tooltips.isPending(save)).isFalse();
        assertThat(Tooltips.text(save)).isEqualTo("Save the day (Ctrl+S)");

        moveTo(mark);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Tooltips.isPending(mark)).isFalse();
        assertThat(mark.getProperties().values()).anyMatch(value -> value instanceof javafx.scene.control.Tooltip tip
                && tip.getText().equals("A mark"));
    }

    private static Object interactAndGet(java.util.concurrent.Callable<Object> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
