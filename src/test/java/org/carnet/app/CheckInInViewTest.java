package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.carnet.ui.Language;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check-in as a keyboard user meets it at the default window size (720×520) and at 1000×690: the form scrolls
 * in one scroll pane, never sideways, and whichever field takes the focus (from the top, from the bottom, with the
 * page scrolled elsewhere) is in view with the title of its card, so a number box is never shown without saying
 * what it is for.
 */
class CheckInInViewTest extends FxRobot {
    private static final double[][] SIZES = {{720, 520}, {1000, 690}, {800, 600}};

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("carnet");

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFocusedFieldAndItsCardTitleAreInView(Language language) throws Exception {
        app.startAsTheAppWithTheDemo(language);
        List<String> defects = new ArrayList<>();
        int fields = 0;
        for (double[] size : SIZES) {
            String where = language.code() + " " + (int) size[0] + "×" + (int) size[1];
            interact(() -> {
                stage().setWidth(size[0]);
                stage().setHeight(size[1]);
                app.window().showPage(MainWindow.Page.CHECK_IN);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<ScrollPane> scrolls = lookup("#checkin-view .scroll-pane").queryAllAs(ScrollPane.class).stream()
                    .filter(s -> LayoutCheck.shown(s) && s.getStyleClass().contains("edge-to-edge")).toList();
            assertThat(scrolls).as("the check-in scrolls in one scroll pane, " + where).hasSize(1);
            ScrollPane scroll = scrolls.get(0);
            List<Node> inputs = new ArrayList<>(lookup("#checkin-view .text-field").queryAll());
            inputs.addAll(lookup("#checkin-view .check-box").queryAllAs(CheckBox.class));
            inputs.removeIf(n -> !LayoutCheck.shown(n) || !isInside(n, scroll));
            assertThat(inputs).as("fields of the check-in").hasSizeGreaterThan(10);
            // From the top down, then from the bottom up: the scroll moves both ways.
            List<Node> order = new ArrayList<>(inputs);
            List<Node> upwards = new ArrayList<>(inputs);
            java.util.Collections.reverse(upwards);
            order.addAll(upwards);
            // Ctrl+N from a page scrolled to its end puts the keyboard on the first field.
            interact(() -> scroll.setVvalue(1));
            interact(() -> AppHarness.menuItem(lookup("#menu-bar").queryAs(MenuBar.class), "menu-todayCheckIn").fire());
            WaitForAsyncUtils.waitForFxEvents();
            Node first = lookup("#checkin-cramp-count").query();
            assertThat(first.isFocused()).as("Ctrl+N puts the keyboard on the cramps").isTrue();
            String afterCtrlN = inView(scroll, first, where + " after Ctrl+N");
            if (afterCtrlN != null) {
                defects.add(afterCtrlN);
            }
            for (Node input : order) {
                interact(() -> {
                    input.requestFocus();
                    input.getScene().getRoot().applyCss();
                    input.getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
                fields++;
                String problem = inView(scroll, input, where);
                if (problem != null) {
                    defects.add(problem);
                }
            }
            interact(() -> {
                scroll.getScene().getRoot().applyCss();
                scroll.getScene().getRoot().layout();
                defects.addAll(LayoutCheck.defects(scroll.getScene(), "CHECK_IN " + where));
            });
        }
        System.out.printf("Check-in in view, %s: %d fields focused, %d defects%n", language.code(), fields,
                defects.size());
        assertThat(defects).isEmpty();
    }

    /** What is wrong with {@code input} focused in {@code scroll}: out of view, or its card's title out of view. */
    private String inView(ScrollPane scroll, Node input, String where) {
        String[] problem = {null};
        interact(() -> {
            Bounds viewport = scroll.lookup(".viewport").localToScene(scroll.lookup(".viewport").getLayoutBounds());
            Bounds field = input.localToScene(input.getLayoutBounds());
            if (!contains(viewport, field)) {
                problem[0] = where + ": " + LayoutCheck.name(input) + " focused but out of view";
                return;
            }
            Node card = input;
            while (card != null && !card.getStyleClass().contains("form-section")) {
                card = card.getParent();
            }
            if (card == null) {
                return;
            }
            Label title = (Label) card.lookup(".section-title");
            Bounds titleBounds = title.localToScene(title.getLayoutBounds());
            if (!contains(viewport, titleBounds)) {
                problem[0] = where + ": " + LayoutCheck.name(input) + " focused, its card's title \""
                        + title.getText() + "\" out of view";
            }
        });
        return problem[0];
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1
                && inner.getMinX() >= outer.getMinX() - 1 && inner.getMaxX() <= outer.getMaxX() + 1;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private Stage stage() {
        return (Stage) lookup("#menu-bar").queryAs(MenuBar.class).getScene().getWindow();
    }
}
