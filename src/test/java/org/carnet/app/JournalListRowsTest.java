package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.carnet.journal.CheckIn;
import org.carnet.journal.RedFlag;
import org.carnet.ui.Language;
import org.carnet.ui.WholeText;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journal list's rows, filled from the demo journal (and a day with every red flag), at the default width and at
 * the smallest window, in each language: every row's text is whole, or ends in "…" with a tooltip that gives it whole;
 * nothing is cut off at the row's edge without an ellipsis.
 */
class JournalListRowsTest extends FxRobot {
    private static final double[][] SIZES = {{1000, 720}, {720, 520}};

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("carnet");

    @ParameterizedTest
    @EnumSource(Language.class)
    void noRowIsCutWithoutATooltip(Language language) throws Exception {
        app.startAsTheAppWithTheDemo(language);
        app.services().journal().save(new CheckIn(AppHarness.TODAY.minusDays(1), 3, 8, true, 1, 4.5, 4, 9, 7, 8,
                null, EnumSet.allOf(RedFlag.class), null, true, 8, 6, 71.5));
        app.restart();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> defects = new ArrayList<>();
        int rows = 0;
        int cut = 0;
        for (double[] size : SIZES) {
            interact(() -> {
                stage().setWidth(size[0]);
                stage().setHeight(size[1]);
                app.window().showPage(MainWindow.Page.JOURNAL);
            });
            ListView<?> list = lookup("#journal-list").queryAs(ListView.class);
            assertThat(list.getItems()).as("days in the demo journal").hasSizeGreaterThan(10);
            for (int first = 0; first < list.getItems().size(); first += 5) {
                int top = first;
                interact(() -> list.scrollTo(top));
                settle();
                String where = language.code() + " " + (int) size[0] + "×" + (int) size[1];
                int[] counted = new int[2];
                interact(() -> {
                    for (Node node : list.lookupAll(".list-cell")) {
                        if (node instanceof ListCell<?> cell && cell.getItem() != null && cell.isVisible()
                                && cell.getGraphic() != null) {
                            counted[0]++;
                            counted[1] += check(cell, where, defects);
                        }
                    }
                });
                rows += counted[0];
                cut += counted[1];
            }
        }
        System.out.printf("Journal list, %s: %d rows checked, %d texts cut with a tooltip, %d defects%n",
                language.code(), rows, cut, defects.size());
        assertThat(rows).isGreaterThan(20);
        assertThat(defects).isEmpty();
    }

    /** The defects of one row; returns how many of its texts are cut (with their tooltip). */
    private static int check(ListCell<?> cell, String where, List<String> defects) {
        Bounds row = cell.localToScene(cell.getLayoutBounds());
        double right = row.getMaxX() - cell.snappedRightInset();
        int cut = 0;
        for (Labeled labeled : labeledUnder(cell.getGraphic())) {
            String full = labeled.getText();
            if (full == null || full.isBlank() || !labeled.isVisible()) {
                continue;
            }
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            if (bounds.getMaxX() > right + 1.5) {
                defects.add(where + ": \"" + full + "\" runs past the row's edge (" + Math.round(bounds.getMaxX())
                        + " > " + Math.round(right) + ") in the row of " + cell.getItem());
            }
            if (WholeText.isCut(labeled, full)) {
                cut++;
                Tooltip tooltip = labeled.getTooltip();
                if (tooltip == null || !full.equals(tooltip.getText())) {
                    defects.add(where + ": \"" + full + "\" ends in … with no tooltip giving it whole, in the row of "
                            + cell.getItem());
                }
            }
        }
        return cut;
    }

    private static List<Labeled> labeledUnder(Node node) {
        List<Labeled> found = new ArrayList<>();
        if (node instanceof Labeled labeled) {
            found.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(labeledUnder(child)));
        }
        return found;
    }

    /** A few frames: the list lays its cells out, then the tooltips of cut texts are given after that layout. */
    private static void settle() {
        for (int frame = 0; frame < 3; frame++) {
            WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Stage stage() {
        return (Stage) lookup("#menu-bar").queryAs(MenuBar.class).getScene().getWindow();
    }
}
