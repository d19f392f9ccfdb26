package org.carnet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every scroll pane styled by app.css gets {@link ViewportSkin}: its viewport keeps no bitmap cache (an image as large
 * as the pane, in the heap with the software renderer), and it still scrolls, passes the focus on and looks as JavaFX's
 * own skin draws it.
 */
class ViewportSkinTest extends FxRobot {
    private Stage stage;
    private String userAgentStylesheet;

    @BeforeEach
    void stage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        userAgentStylesheet = Application.getUserAgentStylesheet();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        interact(() -> Application.setUserAgentStylesheet(userAgentStylesheet));
    }

    @Test
    void aScrollPaneUnderTheAppStylesheetHasAViewportWithoutCache() {
        ScrollPane scroll = new ScrollPane(tallForm());
        TextArea area = new TextArea("a\nb\nc");
        show(new VBox(scroll, area), true);
        interact(() -> {
            assertThat(scroll.getSkin()).isInstanceOf(ViewportSkin.class);
            assertThat(viewport(scroll).isCache()).as("the scroll pane's viewport cached").isFalse();
            // The scroll pane inside a TextArea (and other controls') is styled by the same rule.
            ScrollPane inner = (ScrollPane) area.lookup(".scroll-pane");
            assertThat(inner.getSkin()).isInstanceOf(ViewportSkin.class);
            assertThat(viewport(inner).isCache()).as("the text area's viewport cached").isFalse();
        });
    }

    @Test
    void withoutTheAppStylesheetJavaFxCachesTheViewport() {
        // What the skin changes: JavaFX's own skin caches it (if this fails, JavaFX changed and the skin may go).
        ScrollPane scroll = new ScrollPane(tallForm());
        show(new VBox(scroll), false);
        interact(() -> {
            assertThat(scroll.getSkin()).isNotInstanceOf(ViewportSkin.class);
            assertThat(viewport(scroll).isCache()).isTrue();
        });
    }

    @Test
    void itStillScrollsAndPassesTheFocusOn() {
        VBox form = tallForm();
        ScrollPane scroll = new ScrollPane(form);
        show(new VBox(scroll), true);
        TextField first = (TextField) form.getChildren().get(0);
        TextField second = (TextField) form.getChildren().get(1);
        interact(first::requestFocus);
        push(KeyCode.TAB);
        interact(() -> assertThat(second.isFocused()).as("Tab moved the focus to the next field").isTrue());
        double before = sceneY(form);
        interact(() -> {
            scroll.setVvalue(1);
            scroll.layout();
        });
        interact(() -> assertThat(sceneY(form)).as("the content moved up").isLessThan(before - 100));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void itDrawsTheSameAsJavaFxsOwnSkin(Theme theme) {
        // The app's theme, as the window has it: AtlantaFX draws text in grey levels, as a cached viewport must; under
        // JavaFX's Modena, text outside a cache gets LCD colour fringes and the two would differ.
        interact(theme::apply);
        ScrollPane ours = new ScrollPane(tallForm());
        ScrollPane theirs = new ScrollPane(tallForm());
        // The same stylesheet, only the skin put back to JavaFX's (an inline style wins over the sheet's rule).
        theirs.setStyle("-fx-skin: \"" + ScrollPaneSkin.class.getName() + "\";");
        // The focus (ring and caret) on a field outside both, so that both draw their fields alike.
        TextField focused = new TextField();
        VBox root = new VBox(focused, ours, theirs);
        show(root, true);
        interact(() -> {
            focused.requestFocus();
            assertThat(theirs.getSkin().getClass()).isEqualTo(ScrollPaneSkin.class);
            ours.setVvalue(0.4);
            theirs.setVvalue(0.4);
            root.layout();
        });
        interact(() -> {
            assertThat(viewport(theirs).isCache()).isTrue();
            assertThat(viewport(ours).isCache()).isFalse();
            WritableImage a = ours.snapshot(null, null);
            WritableImage b = theirs.snapshot(null, null);
            assertThat(differingPixels(a, b)).as("pixels that differ").isZero();
        });
    }

    private void show(VBox root, boolean appStylesheet) {
        interact(() -> {
            Scene scene = new Scene(root, 300, 400);
            if (appStylesheet) {
                scene.getStylesheets().add(Theme.appStylesheet());
            }
            stage.setScene(scene);
            stage.show();
            root.applyCss();
            root.layout();
        });
    }

    private static VBox tallForm() {
        VBox form = new VBox(8);
        for (int i = 0; i < 30; i++) {
            form.getChildren().add(new TextField("field " + i));
        }
        return form;
    }

    private static Node viewport(ScrollPane scroll) {
        Node found = scroll.lookup("." + ViewportSkin.VIEWPORT);
        assertThat(found).as("the scroll pane's viewport").isNotNull();
        return found;
    }

    private static double sceneY(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinY();
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
