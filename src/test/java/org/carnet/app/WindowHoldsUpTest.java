package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.carnet.journal.CheckIn;
import org.carnet.journal.RedFlag;
import org.carnet.ui.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The menus and the red-flag banner stay in the window at every size; Help › User guide shows the guide. */
class WindowHoldsUpTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void startApp() throws Exception {
        app.services().journal().save(new CheckIn(AppHarness.TODAY, 2, 5, true, 3, 6.0, 1, 5, null, null, null,
                Set.of(RedFlag.CHEST_PAIN), null));
        app.restart();
    }

    private Stage stage() {
        return (Stage) lookup("#menu-bar").queryAs(MenuBar.class).getScene().getWindow();
    }

    /** Where {@code query} lies in its scene; fails when it is not there. */
    private Bounds inScene(String query) {
        Node node = lookup(query).queryAs(Node.class);
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void theMenusAndTheBannerStayInTheWindowOnEveryPageAtEverySize() {
        double[][] sizes = {{720, 520}, {800, 600}, {1000, 720}, {1366, 768}};
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (double[] size : sizes) {
            interact(() -> {
                stage().setWidth(size[0]);
                stage().setHeight(size[1]);
            });
            for (MainWindow.Page page : MainWindow.Page.values()) {
                interact(() -> app.window().showPage(page));
                WaitForAsyncUtils.waitForFxEvents();
                Scene scene = stage().getScene();
                for (String query : List.of("#menu-bar", "#red-flag-banner")) {
                    Bounds bounds = inScene(query);
                    checked++;
                    if (bounds.getMinY() < 0 || bounds.getMaxY() > scene.getHeight() || bounds.getMinX() < 0
                            || bounds.getMaxX() > scene.getWidth() + 1) {
                        outside.add(query + " on " + page + " at " + (int) size[0] + "×" + (int) size[1] + ": " + bounds);
                    }
                }
            }
        }
        assertThat(lookup("#red-flag-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(outside).as("checked %d placements", checked).isEmpty();
    }

    @Test
    void helpUserGuideShowsTheGuideInThePersonsLanguage() throws Exception {
        for (Language language : Language.values()) {
            interact(() -> app.window().switchLanguage(language));
            interact(() -> AppHarness.menuItem(lookup("#menu-bar").queryAs(MenuBar.class), "menu-userGuide").fire());
            WaitForAsyncUtils.waitForFxEvents();
            String file = language == Language.FRENCH ? "guide-utilisateur.md" : "user-guide.md";
            List<String> expected = Files.readAllLines(Path.of("docs", file)).stream()
                    .filter(line -> line.matches("#{1,6} .*")).map(line -> line.replaceFirst("#+ ", "")).toList();
            UserGuideDialog[] shown = new UserGuideDialog[1];
            interact(() -> {
                for (Window window : Window.getWindows()) {
                    if (window.getScene() != null && window.getScene().lookup("#guide-dialog") != null) {
                        shown[0] = (UserGuideDialog) ((javafx.scene.control.DialogPane)
                                window.getScene().lookup("#guide-dialog")).getProperties().get(UserGuideDialog.class);
                    }
                }
            });
            assertThat(shown[0]).as("the guide is open in %s", language).isNotNull();
            assertThat(shown[0].guide().headingTexts()).isEqualTo(expected);
            interact(shown[0]::close);
        }
    }

    @Test
    void theDataFolderInTheSidebarShowsItsPathToCopy() {
        AppHarness.clickInView(this, "#nav-data-folder");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField path = lookup("#data-folder-path").queryAs(javafx.scene.control.TextField.class);
        assertThat(path.getText()).isEqualTo(app.services().dataDir().toString());
        assertThat(path.isEditable()).isFalse();
        interact(() -> ((Stage) path.getScene().getWindow()).close());
    }
}
