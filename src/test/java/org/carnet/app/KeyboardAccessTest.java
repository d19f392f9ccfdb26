package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.carnet.ui.Language;
import org.carnet.ui.Shortcut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main actions say their keys, the check-in fields have mnemonics, and the keys do what they say. */
class KeyboardAccessTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @Test
    void eachMainActionShowsItsShortcutInTheMenuAndInTheTooltipOfItsButton() {
        Map<String, Shortcut> homeButtons = new LinkedHashMap<>();
        homeButtons.put("#home-open-checkin", Shortcut.TODAY_CHECK_IN);
        homeButtons.put("#home-log-cramp", Shortcut.LOG_CRAMP);
        homeButtons.put("#home-log-palpitation", Shortcut.LOG_PALPITATION);
        homeButtons.put("#home-log-intake", Shortcut.LOG_INTAKE);
        homeButtons.put("#home-report", Shortcut.REPORT);
        assertTooltips(homeButtons);
        assertMenu("menu-todayCheckIn", Shortcut.TODAY_CHECK_IN);
        assertMenu("menu-logCramp", Shortcut.LOG_CRAMP);
        assertMenu("menu-logPalpitation", Shortcut.LOG_PALPITATION);
        assertMenu("menu-logIntake", Shortcut.LOG_INTAKE);
        assertMenu("menu-report", Shortcut.REPORT);
        assertMenu("menu-findFood", Shortcut.FIND_FOOD);
        assertMenu("menu-save", Shortcut.SAVE);

        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        Map<String, Shortcut> checkInButtons = new LinkedHashMap<>();
        checkInButtons.put("#checkin-save", Shortcut.SAVE);
        checkInButtons.put("#checkin-log-cramp", Shortcut.LOG_CRAMP);
        checkInButtons.put("#checkin-log-palpitation", Shortcut.LOG_PALPITATION);
        assertTooltips(checkInButtons);
        interact(() -> app.window().showPage(MainWindow.Page.INTAKE));
        assertTooltips(Map.of("#intake-food-search", Shortcut.FIND_FOOD));
    }

    @Test
    void ctrlFPutsTheKeyboardInTheFoodSearchFromAnyPage() {
        push(KeyCode.SHORTCUT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner().getId()).isEqualTo("intake-food-search");
        write("amande");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#intake-food-results").queryListView().getItems()).isNotEmpty();

        interact(() -> app.window().showPage(MainWindow.Page.JOURNAL));
        push(KeyCode.SHORTCUT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = lookup("#intake-food-search").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        assertThat(search.getSelectedText()).as("a new search replaces the last one").isEqualTo("amande");
    }

    @Test
    void everyCheckInFieldHasAMnemonicOfItsOwnInBothLanguages() {
        for (Language language : Language.values()) {
            interact(() -> app.window().switchLanguage(language));
            interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
            WaitForAsyncUtils.waitForFxEvents();
            Map<Character, Node> targets = new LinkedHashMap<>();
            List<Character> letters = new ArrayList<>(menuLetters());
            for (Node node : lookup("#checkin-view").queryAs(Node.class).lookupAll(".label")) {
                if (node instanceof Label label && label.isMnemonicParsing() && label.getText().contains("_")) {
                    char letter = mnemonic(label.getText());
                    letters.add(letter);
                    assertThat(label.getLabelFor()).as("%s: %s points at a field", language, label.getText())
                            .isNotNull();
                    targets.put(letter, label.getLabelFor());
                }
            }
            assertThat(letters).as("%s: menus and check-in fields use distinct letters", language)
                    .doesNotHaveDuplicates();
            List<String> ids = targets.values().stream().map(Node::getId).toList();
            assertThat(ids).as(language.toString()).contains("checkin-cramp-count", "checkin-cramps-night-true",
                    "checkin-cramp-severity", "checkin-palpitation-count", "checkin-fatigue", "checkin-twitching",
                    "checkin-irritability", "checkin-sleep-quality", "checkin-sleep-hours",
                    "checkin-digestion-normal", "checkin-notes");
            assertThat(targets.values()).allSatisfy(n -> assertThat(n.isFocusTraversable()).isTrue());
        }
    }

    @Test
    void altAndTheUnderlinedLetterPutsTheKeyboardOnItsField() {
        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        assertThat(afterAlt(KeyCode.G).getId()).isEqualTo("checkin-fatigue");
        assertThat(afterAlt(KeyCode.L).getId()).isEqualTo("checkin-sleep-hours");
        assertThat(afterAlt(KeyCode.W).getId()).isEqualTo("checkin-cramps-night-true");
        // A choice's mnemonic follows its pressed button, the one Tab would land on.
        clickOn("#checkin-digestion-constipation");
        assertThat(afterAlt(KeyCode.N).getId()).isEqualTo("checkin-notes");
        assertThat(afterAlt(KeyCode.D).getId()).isEqualTo("checkin-digestion-constipation");
    }

    @Test
    void theEpisodeDialogLabelsHaveMnemonicsOfTheirOwn() {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = lookup(".dialog-pane").query();
        List<Character> letters = new ArrayList<>();
        for (Node node : pane.lookupAll(".label")) {
            if (node instanceof Label label && label.isMnemonicParsing() && label.getText().contains("_")) {
                letters.add(mnemonic(label.getText()));
                assertThat(label.getLabelFor()).as(label.getText()).isNotNull();
            }
        }
        assertThat(letters).hasSize(6).doesNotHaveDuplicates();
        push(KeyCode.ALT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getScene().getFocusOwner().getId()).isEqualTo("episode-duration");
        push(KeyCode.ALT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getScene().getFocusOwner().getId()).isEqualTo("episode-rhythm-regular");
        push(KeyCode.ESCAPE);
    }

    @Test
    void topMenusHaveDistinctMnemonicsInBothLanguages() {
        for (Language language : Language.values()) {
            interact(() -> app.window().switchLanguage(language));
            assertThat(menuLetters()).as(language.toString()).hasSize(4).doesNotHaveDuplicates();
        }
    }

    @Test
    void theKeyboardFocusShowsARingOnFieldsChoicesBoxesAndButtonsInBothThemes() {
        for (boolean dark : new boolean[] {false, true}) {
            if (dark) {
                interact(() -> {
                    CheckMenuItem item = (CheckMenuItem) menuItem("menu-dark-theme");
                    item.setSelected(true);
                    item.fire();
                });
            }
            interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
            String theme = dark ? "dark" : "light";
            assertRing(tabFrom("#checkin-cramp-count", false), theme + " field");
            assertRing(tabFrom("#checkin-cramp-count", true), theme + " choice");
            assertRing((Region) tabFrom("#checkin-digestion-normal", true).lookup(".box"), theme + " check box");
            Region save = tabFrom("#checkin-notes", true);
            assertThat(save.getId()).isEqualTo("checkin-save");
            assertRing(save, theme + " button");
            Region delete = lookup("#checkin-delete").queryAs(Region.class);
            assertThat(ringWidth(delete)).as("%s: no ring without the focus", theme).isLessThan(2);
        }
    }

    /** Puts the focus on {@code id}, then presses Tab if asked; returns the focus owner, its style applied. */
    private Region tabFrom(String id, boolean tab) {
        interact(() -> lookup(id).query().requestFocus());
        if (tab) {
            push(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Region owner = (Region) focusOwner();
        interact(owner::applyCss);
        return owner;
    }

    private static void assertRing(Region region, String what) {
        assertThat(ringWidth(region)).as("%s (%s): ring width", what, region.getId()).isGreaterThanOrEqualTo(2);
        BorderStroke stroke = region.getBorder().getStrokes().get(0);
        assertThat(stroke.getTopStroke()).as(what).isInstanceOfSatisfying(Color.class,
                c -> assertThat(c.getOpacity()).isEqualTo(1.0));
    }

    private static double ringWidth(Region region) {
        Border border = region.getBorder();
        return border == null ? 0 : border.getStrokes().stream().mapToDouble(s -> s.getWidths().getTop()).max()
                .orElse(0);
    }

    private MenuItem menuItem(String id) {
        return AppHarness.menuItem(menuBar(), id);
    }

    private Node afterAlt(KeyCode letter) {
        push(KeyCode.ALT, letter);
        WaitForAsyncUtils.waitForFxEvents();
        return focusOwner();
    }

    private List<Character> menuLetters() {
        return menuBar().getMenus().stream().map(m -> {
            assertThat(m.isMnemonicParsing()).isTrue();
            return mnemonic(m.getText());
        }).toList();
    }

    private static char mnemonic(String text) {
        int underscore = text.indexOf('_');
        assertThat(underscore).as("mnemonic in %s", text).isNotNegative();
        return text.substring(underscore + 1, underscore + 2).toUpperCase(Locale.ROOT).charAt(0);
    }

    private void assertTooltips(Map<String, Shortcut> buttons) {
        buttons.forEach((id, shortcut) -> {
            Control control = lookup(id).queryAs(Control.class);
            // Made on the first hover: its text is there from the start, and in the tooltip once made.
            assertThat(org.carnet.ui.Tooltips.text(control)).as(id).contains(shortcut.displayText());
            interact(() -> org.carnet.ui.Tooltips.make(control));
            assertThat(control.getTooltip()).as(id).isNotNull();
            assertThat(control.getTooltip().getText()).as(id).contains(shortcut.displayText());
        });
    }

    private void assertMenu(String id, Shortcut shortcut) {
        MenuItem item = menuItem(id);
        assertThat(item.getAccelerator()).as(id).isEqualTo(shortcut.combination());
    }

    private MenuBar menuBar() {
        return lookup("#menu-bar").queryAs(MenuBar.class);
    }

    private Node focusOwner() {
        Scene scene = lookup("#menu-bar").query().getScene();
        return scene.getFocusOwner();
    }
}
