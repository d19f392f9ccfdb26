package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.carnet.ui.Language;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout sweep: every page of the main window at every size from the smallest window up, and every dialog, in
 * each language, light and dark, filled from the demo journal and with its errors shown; it fails on any defect
 * {@link LayoutCheck} sees (cut text without a tooltip, overlaps, controls past the edge, menus, banner or dialog
 * buttons outside the window) and prints how many screens and sizes it checked.
 */
class LayoutSweepTest extends FxRobot {
    static final double[][] SIZES = {{720, 520}, {800, 600}, {1000, 720}, {1366, 768}, {1920, 1080}};

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("carnet");
    private final Set<String> defects = new LinkedHashSet<>();
    private int screens;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageAndDialogIsWholeAndInView(Language language) throws Exception {
        long start = System.nanoTime();
        int chartsBefore = LayoutCheck.charts;
        app.startAsTheAppWithTheDemo(language);
        long begin = System.nanoTime();
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            String look = language.code() + (dark ? " dark" : " light");
            for (double[] size : SIZES) {
                resize(size);
                String where = look + " " + (int) size[0] + "×" + (int) size[1];
                // Every page in one turn of the FX thread: laid out as the next frame would, without drawing it.
                interact(() -> {
                    for (MainWindow.Page page : MainWindow.Page.values()) {
                        app.window().showPage(page);
                        checkNow(stage().getScene(), page + " " + where);
                    }
                });
            }
        }
        long pages = System.nanoTime();
        int pageScreens = screens;
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            formsWithErrors(language.code() + (dark ? " dark" : " light"));
        }
        int formScreens = screens - pageScreens;
        long forms = System.nanoTime();
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            resize(SIZES[2]);
            dialogs(language.code() + (dark ? " dark" : " light"));
        }
        System.out.printf("Layout sweep, %s: %d screens × sizes checked (%d pages, %d forms with errors, %d dialogs"
                + " and others; %d charts drawn) in %.1f s (pages %.1f s, forms %.1f s, dialogs %.1f s), %d defects%n",
                language.code(), screens, pageScreens, formScreens, screens - pageScreens - formScreens,
                LayoutCheck.charts - chartsBefore, (System.nanoTime() - start) / 1e9, (pages - begin) / 1e9, (forms - pages) / 1e9,
                (System.nanoTime() - forms) / 1e9, defects.size());
        assertThat(new ArrayList<>(defects)).as("%d screens × sizes checked", screens).isEmpty();
    }

    /**
     * Each dialog as it opens, and again with its errors shown (bad values typed, Save pressed) or its other parts
     * revealed; and the pages whose forms show errors, with them. Dialogs keep their own size, whatever the window's.
     */
    private void dialogs(String look) throws Exception {
        MainWindow window = app.window();
        // The episode dialog, from the check-in: as it opens, with its errors, as a palpitation (more fields).
        interact(() -> window.showPage(MainWindow.Page.CHECK_IN));
        fire("#checkin-log-cramp");
        checkDialog("#episode-dialog", "episode " + look);
        type("#episode-time", "25:99");
        type("#episode-duration", "a long while");
        type("#episode-severity", "99");
        fire("#episode-save");
        checkDialog("#episode-dialog", "episode with errors " + look);
        fire("#episode-kind-palpitation");
        checkDialog("#episode-dialog", "episode palpitation with errors " + look);
        close("#episode-dialog");

        // The check-in page with its errors.
        type("#checkin-cramp-count", "many");
        type("#checkin-sleep-hours", "30");
        fire("#checkin-save");
        check(stage().getScene(), "CHECK_IN with errors " + look);
        interact(() -> window.showPage(MainWindow.Page.HOME));
        WaitForAsyncUtils.waitForFxEvents();
        answerUnsaved();

        // File › Password…: the first time it opens, then with its errors.
        Platform.runLater(window.dialogs()::changePassword);
        checkDialog("#password-dialog", "password " + look);
        type("#password-new", "short");
        type("#password-again", "other");
        fire("#password-save");
        checkDialog("#password-dialog", "password with errors " + look);
        close("#password-dialog");

        // The summary for the doctor, File › Restore a backup…, File › Preferences…, Help › About, the guide,
        // the welcome, the missed days, My symptoms.
        menu("menu-report");
        checkDialog("#report-dialog", "summary " + look);
        close("#report-dialog");
        Platform.runLater(window.dialogs()::restoreBackup);
        checkDialog("#restore-dialog", "restore " + look);
        close("#restore-dialog");
        Platform.runLater(window.dialogs()::showPreferences);
        checkDialog("#preferences-dialog", "preferences " + look);
        close("#preferences-dialog");
        Platform.runLater(window.dialogs()::showAbout);
        checkDialog("#about-dialog", "about " + look);
        close("#about-dialog");
        Platform.runLater(window.dialogs()::showUserGuide);
        checkDialog("#guide-dialog", "user guide " + look);
        close("#guide-dialog");
        menu("menu-welcome");
        checkDialog("#welcome-dialog", "welcome " + look);
        close("#welcome-dialog");
        Platform.runLater(() -> window.dialogs().showBackfill(List.of(AppHarness.TODAY.minusDays(2), AppHarness.TODAY.minusDays(1))));
        checkDialog("#backfill-dialog", "missed days " + look);
        close("#backfill-dialog");
        Platform.runLater(window.dialogs()::showOwnSymptoms);
        checkDialog("#own-symptoms-dialog", "my symptoms " + look);
        type("#own-symptom-name", "");
        fire("#own-symptom-save");
        checkDialog("#own-symptoms-dialog", "my symptoms with errors " + look);
        close("#own-symptoms-dialog");

        // The first run, each step, the profile and the password with their errors.
        Platform.runLater(window.dialogs()::showFirstRun);
        checkDialog("#first-run", "first run 1 " + look);
        fire("#first-run-next");
        checkDialog("#first-run", "first run 2 " + look);
        fire("#first-run-next");
        type("#first-run-birth-year", "year");
        fire("#first-run-next");
        checkDialog("#first-run", "first run 3 with errors " + look);
        type("#first-run-birth-year", "1970");
        fire("#first-run-next");
        fire("#first-run-protect");
        type("#first-run-password", "short");
        type("#first-run-password-again", "other");
        fire("#first-run-next");
        checkDialog("#first-run", "first run 4 with errors " + look);
        // The wizard has no Cancel: it ends with its last step (no password, no reminders).
        fire("#first-run-protect");
        fire("#first-run-next");
        fire("#first-run-check-in");
        type("#first-run-check-in-time", "late");
        fire("#first-run-next");
        checkDialog("#first-run", "first run 5 with errors " + look);
        fire("#first-run-check-in");
        fire("#first-run-next");
        checkDialog("#first-run", "first run 6 " + look);
        fire("#first-run-start");

        // File › Import a backup… of a file that is not one: the question, then the problems in words.
        Path bad = app.folder().resolve("not-a-backup.json");
        java.nio.file.Files.writeString(bad, "{\"format\": \"carnet-backup\", \"version\": 5, \"checkIns\": "
                + "[{\"day\": \"yesterday\", \"fatigue\": 99}, {\"day\": \"2026-02-30\", \"crampCount\": -4}]}");
        window.setFileChoices(new DataTransfers.FileChoices() {
            @Override
            public java.io.File backupToSave(javafx.stage.Window owner, org.carnet.ui.Messages words) {
                return bad.toFile();
            }

            @Override
            public java.io.File backupToOpen(javafx.stage.Window owner, org.carnet.ui.Messages words) {
                return bad.toFile();
            }

            @Override
            public java.io.File csvFolder(javafx.stage.Window owner, org.carnet.ui.Messages words) {
                return app.folder().toFile();
            }
        });
        menu("menu-importBackup");
        DialogPane question = topDialog();
        checkDialog(question, "import question " + look);
        Platform.runLater(() -> question.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.YES).findFirst()
                .map(type -> (Button) question.lookupButton(type)).orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String details = window.messages().get("notification.details");
        Button more = lookup(".button").queryAllAs(Button.class).stream().filter(b -> details.equals(b.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no Details on the import's notification"));
        Platform.runLater(more::fire);
        DialogPane problems = topDialog();
        checkDialog(problems, "import problems " + look);
        close(problems);
        interact(() -> window.notifier().clear());

        // My products: a product's form with its errors, then a dose changed on a product already taken.
        interact(() -> window.showPage(MainWindow.Page.PRODUCTS));
        WaitForAsyncUtils.waitForFxEvents();
        fire(".product-edit-button");
        type("#product-name", "");
        type("#product-magnesium", "lots");
        fire("#product-save");
        check(stage().getScene(), "PRODUCTS with errors " + look);
        type("#product-name", "Magnesium");
        type("#product-magnesium", "333");
        fire("#product-save");
        if (lookup("#dose-change-dialog").tryQuery().isPresent()) {
            checkDialog("#dose-change-dialog", "dose change " + look);
            close("#dose-change-dialog");
        } else {
            defects.add("dose change " + look + ": the dialog did not open");
        }

        // A logged intake, edited, with its errors.
        interact(() -> window.showPage(MainWindow.Page.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup(".intake-edit-button").tryQuery().isEmpty()) {
            fire("#intake-routine-log");
        }
        fire(".intake-edit-button");
        checkDialog("#intake-edit-dialog", "intake edit " + look);
        type("#intake-edit-time", "31:00");
        type("#intake-edit-amount", "none");
        fire("#intake-edit-save");
        checkDialog("#intake-edit-dialog", "intake edit with errors " + look);
        close("#intake-edit-dialog");
        interact(() -> window.showPage(MainWindow.Page.HOME));
        WaitForAsyncUtils.waitForFxEvents();
        answerUnsaved();
    }

    /**
     * The profile, a laboratory result and a new protocol with bad values and Save pressed: each form with its errors
     * showing, at every size. The values are refused, so nothing is saved; leaving the page discards them.
     */
    private void formsWithErrors(String look) {
        MainWindow window = app.window();
        resize(SIZES[2]);
        interact(() -> window.showPage(MainWindow.Page.PROFILE));
        WaitForAsyncUtils.waitForFxEvents();
        type("#profile-birth-year", "nineteen seventy");
        fire("#profile-save");
        everySize(MainWindow.Page.PROFILE + " with errors " + look);
        leave();

        interact(() -> window.showPage(MainWindow.Page.LABS));
        WaitForAsyncUtils.waitForFxEvents();
        type("#lab-value", "high");
        type("#lab-range-low", "low");
        type("#lab-range-high", "-");
        fire("#lab-save");
        everySize(MainWindow.Page.LABS + " with errors " + look);
        leave();

        interact(() -> window.showPage(MainWindow.Page.PROTOCOLS));
        WaitForAsyncUtils.waitForFxEvents();
        fire("#protocols-new");
        type("#protocol-name", "");
        fire("#protocol-plan-add");
        fire("#protocol-save");
        everySize(MainWindow.Page.PROTOCOLS + " with errors " + look);
        leave();
    }

    /** Checks the window at every size, then puts it back to the default one. */
    private void everySize(String screen) {
        boolean errors = lookup(".field-error").queryAll().stream().anyMatch(LayoutCheck::shown);
        if (!errors) {
            defects.add(screen + ": no error shown after Save with bad values (the sweep did not reach the state)");
        }
        for (double[] size : SIZES) {
            resize(size);
            check(stage().getScene(), screen + " " + (int) size[0] + "×" + (int) size[1]);
        }
        resize(SIZES[2]);
    }

    /** Goes Home, discarding what a form holds. */
    private void leave() {
        interact(() -> app.window().showPage(MainWindow.Page.HOME));
        WaitForAsyncUtils.waitForFxEvents();
        answerUnsaved();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the field {@code query} as a person would (it replaces what was there). */
    private void type(String query, String text) {
        interact(() -> {
            javafx.scene.control.TextInputControl field = lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
            field.requestFocus();
            field.setText(text);
        });
    }

    /** Presses {@code query} (a button, a toggle), in a turn of its own: what it opens may wait for an answer. */
    private void fire(String query) {
        javafx.scene.control.ButtonBase button = lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menu(String id) {
        javafx.scene.control.MenuItem item = AppHarness.menuItem(lookup("#menu-bar").queryAs(MenuBar.class), id);
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "Save, discard or stay?" when leaving a page with changes: discard. */
    private void answerUnsaved() {
        if (lookup("#unsaved-discard").tryQuery().isPresent()) {
            fire("#unsaved-discard");
        }
    }

    /** The dialog opened last. */
    private DialogPane topDialog() {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane[] top = new DialogPane[1];
        interact(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .forEach(scene -> top[0] = (DialogPane) scene.getRoot()));
        assertThat(top[0]).as("a dialog is open").isNotNull();
        return top[0];
    }

    private void checkDialog(String id, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        answerUnsaved();
        checkDialog(lookup(id).queryAs(DialogPane.class), screen);
    }

    /** Checks a dialog once it has taken the size its content asks for (the same over two frames). */
    private void checkDialog(DialogPane pane, String screen) {
        double[] size = {-1, -1};
        for (int frame = 0; frame < 10; frame++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents(1);
            Scene scene = pane.getScene();
            if (frame > 0 && scene.getWidth() == size[0] && scene.getHeight() == size[1]) {
                break;
            }
            size[0] = scene.getWidth();
            size[1] = scene.getHeight();
        }
        interact(() -> checkNow(pane.getScene(), screen));
    }

    private void close(String id) {
        close(lookup(id).queryAs(DialogPane.class));
    }

    /** Closes a dialog as its Cancel or Close button would (its only button when it has no other). */
    private void close(DialogPane pane) {
        Button button = pane.getButtonTypes().stream().filter(type -> type.getButtonData().isCancelButton())
                .findFirst().or(() -> pane.getButtonTypes().stream().findFirst())
                .map(type -> (Button) pane.lookupButton(type)).orElseThrow();
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage stage() {
        return (Stage) lookup("#menu-bar").queryAs(MenuBar.class).getScene().getWindow();
    }

    private void theme(boolean dark) {
        interact(() -> {
            CheckMenuItem item = (CheckMenuItem) AppHarness.menuItem(lookup("#menu-bar").queryAs(MenuBar.class),
                    "menu-dark-theme");
            if (item.isSelected() != dark) {
                item.setSelected(dark);
                item.fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resize(double[] size) {
        interact(() -> {
            stage().setWidth(size[0]);
            stage().setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lays {@code scene} out as the next frame would, then adds what {@link LayoutCheck} finds wrong in it. */
    private void check(Scene scene, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> checkNow(scene, screen));
    }

    /** {@link #check} on the FX thread. Twice laid out: wrapped text and scroll bars settle on the second pass. */
    private void checkNow(Scene scene, String screen) {
        for (int pass = 0; pass < 2; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        defects.addAll(LayoutCheck.defects(scene, screen));
        screens++;
    }
}
