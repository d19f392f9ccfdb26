package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.carnet.ui.ScrollOnFocus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@link AppHarness#clickInView}: the click lands on the node, once laid out and in view, or the test fails. */
class ClickInViewTest extends FxRobot {
    private final AtomicInteger near = new AtomicInteger();
    private final AtomicInteger far = new AtomicInteger();
    private ScrollPane scroll;
    private VBox form;

    /** A 300×200 window of a scroll pane over an empty form, which scrolls to the focused field if {@code follow}. */
    private void show(boolean follow) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            form = new VBox();
            scroll = new ScrollPane(form);
            scroll.setFitToWidth(true);
            if (follow) {
                ScrollOnFocus.install(scroll, form);
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(scroll, 300, 200));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** A button at the top, a tall gap, a button far below the viewport; put in the form without waiting for a pulse. */
    private void fillWithoutWaiting() {
        Platform.runLater(() -> {
            Button top = new Button("near");
            top.setId("near");
            top.setOnAction(e -> near.incrementAndGet());
            Region gap = new Region();
            gap.setMinHeight(1200);
            Button bottom = new Button("far");
            bottom.setId("far");
            bottom.setOnAction(e -> far.incrementAndGet());
            form.getChildren().setAll(top, gap, bottom);
        });
    }

    @Test
    void aNodeScrolledIntoViewByItsFocusIsClickedEvenRightAfterItWasAdded() throws Exception {
        show(true);
        fillWithoutWaiting();
        AppHarness.clickInView(this, "#far");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(far.get()).as("the far button got the click").isEqualTo(1);
        assertThat(scroll.getVvalue()).as("scrolled down to it").isGreaterThan(0.5);
        AppHarness.clickInView(this, "#near");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(near.get()).isEqualTo(1);
    }

    @Test
    void aNodeLeftOutOfViewIsNotClickedAndTheTestFailsSayingWhy() throws Exception {
        // No ScrollOnFocus: the focus does not scroll, so the far button stays below the viewport.
        show(false);
        fillWithoutWaiting();
        assertThatThrownBy(() -> AppHarness.clickInView(this, "#far")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("#far laid out and in view");
        assertThat(far.get()).isZero();
    }
}
