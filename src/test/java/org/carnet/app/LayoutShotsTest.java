package org.carnet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.carnet.ui.Language;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the real window for a person to look at, not a check: the tracking table and the episode dialog with
 * its errors, at 1000×720, in each language. Only on request, on an X display (Xvfb with a window manager), as
 * {@code DISPLAY=:99 mvn test -Dtest=LayoutShotsTest -Dcarnet.shots=target/screenshots/layout}; the screen is taken
 * with ImageMagick's {@code import -window root}, frames and all.
 */
@EnabledIfSystemProperty(named = "carnet.shots", matches = ".+")
class LayoutShotsTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("carnet");

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTrackingTableAndTheEpisodeDialogWithItsErrors(Language language) throws Exception {
        Path out = Path.of(System.getProperty("carnet.shots"));
        Files.createDirectories(out);
        app.startAsTheAppWithTheDemo(language);
        Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1000);
            stage.setHeight(720);
            app.window().showPage(MainWindow.Page.TRACKING);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node table = lookup("#tracking-table").query();
        interact(() -> {
            ScrollPane scroll = (ScrollPane) lookup("#tracking-view .scroll-pane").query();
            double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            double top = scroll.getContent().sceneToLocal(table.localToScene(0, 0)).getY() - 60;
            scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
        });
        Shots.screen(out.resolve("tracking-table-" + language.code() + ".png"));

        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button log = lookup("#checkin-log-cramp").queryButton();
        Platform.runLater(log::fire);
        WaitForAsyncUtils.waitForFxEvents();
        type("#episode-time", "25:99");
        type("#episode-duration", "a long while");
        type("#episode-severity", "99");
        javafx.scene.control.Button save = lookup("#episode-save").queryButton();
        Platform.runLater(save::fire);
        Shots.screen(out.resolve("episode-errors-" + language.code() + ".png"));
        javafx.scene.control.DialogPane pane = lookup("#episode-dialog").queryAs(javafx.scene.control.DialogPane.class);
        interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    /**
     * The check-in at the default window size (720×520) as it opens, and at 1000×690 after Ctrl+N with the focus
     * walked down the form (each focused field's card title should be in view).
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theCheckInAtSmallSizes(Language language) throws Exception {
        Path out = Path.of(System.getProperty("carnet.shots"));
        Files.createDirectories(out);
        app.startAsTheAppWithTheDemo(language);
        Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
        Shots.place(stage, 720, 520);
        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        Shots.screen(out.resolve("checkin-720x520-" + language.code() + ".png"));
        Shots.place(stage, 1000, 690);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N);
        release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        Shots.screen(out.resolve("checkin-1000x690-ctrl-n-" + language.code() + ".png"));
        for (String field : new String[] {"#checkin-palpitation-count", "#checkin-fatigue", "#checkin-sleep-hours"}) {
            interact(() -> lookup(field).query().requestFocus());
            Shots.screen(out.resolve("checkin-1000x690-" + field.substring(1) + "-" + language.code() + ".png"));
        }
        Shots.place(stage, 720, 520);
        interact(() -> lookup("#checkin-cramp-count").query().requestFocus());
        Shots.screen(out.resolve("checkin-720x520-focus-" + language.code() + ".png"));
    }

    /** Every page at the default window size and at 1366×768, then the check-in and a protocol with errors. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPage(Language language) throws Exception {
        Path out = Path.of(System.getProperty("carnet.shots"));
        Files.createDirectories(out);
        app.startAsTheAppWithTheDemo(language);
        Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
        for (double[] size : new double[][] {{720, 520}, {1366, 768}}) {
            Shots.place(stage, size[0], size[1]);
            for (MainWindow.Page page : MainWindow.Page.values()) {
                interact(() -> app.window().showPage(page));
                Shots.screen(out.resolve("page-" + page.name().toLowerCase(java.util.Locale.ROOT) + "-" + (int) size[0] + "x"
                        + (int) size[1] + "-" + language.code() + ".png"));
            }
        }
        Shots.place(stage, 720, 520);
        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        type("#checkin-cramp-count", "99");
        type("#checkin-sleep-hours", "30");
        javafx.scene.control.Button save = lookup("#checkin-save").queryButton();
        Platform.runLater(save::fire);
        Shots.screen(out.resolve("errors-checkin-720x520-" + language.code() + ".png"));
        interact(() -> app.window().showPage(MainWindow.Page.PROTOCOLS));
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup("#unsaved-discard").tryQuery().isPresent()) {
            javafx.scene.control.Button discard = lookup("#unsaved-discard").queryButton();
            Platform.runLater(discard::fire);
            WaitForAsyncUtils.waitForFxEvents();
        }
        javafx.scene.control.Button newProtocol = lookup("#protocols-new").queryButton();
        Platform.runLater(newProtocol::fire);
        WaitForAsyncUtils.waitForFxEvents();
        type("#protocol-name", "");
        javafx.scene.control.Button add = lookup("#protocol-plan-add").queryButton();
        Platform.runLater(add::fire);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button saveProtocol = lookup("#protocol-save").queryButton();
        Platform.runLater(saveProtocol::fire);
        Shots.screen(out.resolve("errors-protocol-720x520-" + language.code() + ".png"));
        interact(() -> app.window().showPage(MainWindow.Page.HOME));
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup("#unsaved-discard").tryQuery().isPresent()) {
            javafx.scene.control.Button discard = lookup("#unsaved-discard").queryButton();
            Platform.runLater(discard::fire);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The tracking chart at 720×520 (its bands' names), and Tracking of a journal without a protocol. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theTrackingChartSmallAndTrackingWithoutAProtocol(Language language) throws Exception {
        Path out = Path.of(System.getProperty("carnet.shots"));
        Files.createDirectories(out);
        app.startAsTheAppWithTheDemo(language);
        Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
        Shots.place(stage, 720, 520);
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = lookup("#tracking-chart").query();
        interact(() -> {
            ScrollPane scroll = (ScrollPane) lookup("#tracking-view .scroll-pane").query();
            double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            double top = scroll.getContent().sceneToLocal(chart.localToScene(0, 0)).getY() - 20;
            scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
        });
        Shots.screen(out.resolve("tracking-chart-720x520-" + language.code() + ".png"));
        app.in(app.folder().resolve("empty")).start(language, true);
        var journal = app.services().journal();
        for (int back = 0; back < 6; back++) {
            journal.save(new org.carnet.journal.CheckIn(AppHarness.TODAY.minusDays(back), 1, 4, true, 2, 7.0, null, 3,
                    null, null, null, back == 2 ? java.util.Set.of(org.carnet.journal.RedFlag.CHEST_PAIN)
                            : java.util.Set.of(), null));
        }
        app.restart();
        stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
        Shots.place(stage, 720, 520);
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        Shots.screen(out.resolve("tracking-no-protocol-720x520-" + language.code() + ".png"));
    }

    private void type(String query, String text) {
        interact(() -> {
            TextInputControl field = lookup(query).queryAs(TextInputControl.class);
            field.requestFocus();
            field.setText(text);
        });
    }
}
