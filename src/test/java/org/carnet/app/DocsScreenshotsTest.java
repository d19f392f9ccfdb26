package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures of the user guides (docs/user-guide.md, docs/guide-utilisateur.md), taken from the real window in
 * each language: target/screenshots/guide/en/*.png and target/screenshots/guide/fr/*.png, at most 1000 px wide.
 * docs/images/guide/ holds them reduced to 256 colours, which looks the same and weighs a third:
 * {@code convert target/screenshots/guide/en/home.png -dither None -colors 256 PNG8:docs/images/guide/en/home.png}.
 * Each step checks that the screen shown is the one named, in the language of the guide, and that the picture is
 * drawn.
 */
class DocsScreenshotsTest extends FxRobot {
    static final Path OUT = Path.of("target", "screenshots", "guide");
    private static final int MAX_WIDTH = 1000;

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("carnet");
    private Messages messages;
    private Path out;

    private void begin(Language language) throws IOException {
        messages = new Messages(language);
        out = OUT.resolve(language.code());
        Files.createDirectories(out);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFirstRun(Language language) throws Exception {
        begin(language);
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();
        if (language == Language.FRENCH) {
            clickOn("#first-run-french");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(firstRunHeader()).isEqualTo(messages.get("firstRun.step.language", 1, 6));
        shootDialog("#first-run", "first-run-1-language.png");
        next();
        assertThat(lookup("#first-run-page-about").tryQuery()).isPresent();
        shootDialog("#first-run", "first-run-2-about.png");
        next();
        fill("#first-run-name", language == Language.FRENCH ? "Marie" : "Sam");
        fill("#first-run-birth-year", "1970");
        shootDialog("#first-run", "first-run-3-profile.png");
        next();
        clickOn("#first-run-protect");
        fill("#first-run-password", "a long password");
        fill("#first-run-password-again", "a long password");
        shootDialog("#first-run", "first-run-4-password.png");
        // The guide shows the choice; this journal stays without a password.
        clickOn("#first-run-protect");
        next();
        assertThat(lookup("#first-run-page-reminders").tryQuery()).isPresent();
        shootDialog("#first-run", "first-run-5-reminders.png");
        next();
        assertThat(lookup("#first-run-page-ready").tryQuery()).isPresent();
        shootDialog("#first-run", "first-run-6-ready.png");
        clickOn("#first-run-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#first-run").tryQuery()).isEmpty();
        assertThat(app.services().profiles().load().birthYear()).isEqualTo(1970);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyDayUse(Language language) throws Exception {
        begin(language);
        app.startAsTheAppWithTheDemo(language);
        MainWindow window = app.window();
        assertThat(lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getText())
                .isEqualTo(messages.get("menu.file"));

        shootWindow("home.png");

        // The day's check-in, typed as a person would.
        interact(() -> window.showPage(MainWindow.Page.CHECK_IN));
        type("#checkin-cramp-count", "1");
        type("#checkin-cramp-severity", "4");
        click("#checkin-cramps-night-true");
        click("#checkin-sleep-quality");
        type(KeyCode.DIGIT4);
        type("#checkin-sleep-hours", language == Language.FRENCH ? "7,5" : "7.5");
        type("#checkin-palpitation-count", "0");
        type("#checkin-fatigue", "3");
        type("#checkin-twitching", "1");
        type("#checkin-irritability", "2");
        interact(() -> lookup("#checkin-cramp-count").query().requestFocus());
        shootWindow("checkin.png");
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().journal().load(AppHarness.TODAY).checkIn()).isPresent();

        // An episode, from the check-in.
        click("#checkin-log-cramp");
        WaitForAsyncUtils.waitForFxEvents();
        type("#episode-time", "02:40");
        type("#episode-duration", "3");
        type("#episode-severity", "5");
        shootDialog("#episode-dialog", "episode.png");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().journal().load(AppHarness.TODAY).episodes()).hasSize(1);

        // The intake page with a food search under way.
        interact(() -> window.showPage(MainWindow.Page.INTAKE));
        click("#intake-routine-log");
        WaitForAsyncUtils.waitForFxEvents();
        type("#intake-food-search", language == Language.FRENCH ? "amande" : "almond");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#intake-food-results").queryAs(javafx.scene.control.ListView.class).getItems())
                .isNotEmpty();
        shootWindow("intake-search.png");

        // The protocol of the journal, then the summary for the doctor.
        interact(() -> window.showPage(MainWindow.Page.PROTOCOLS));
        shootWindow("protocols.png");
        push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#report-pages").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        shootDialog("#report-dialog", "summary.png");
        closeDialog("#report-dialog");

        // File › Export a backup: the notification in the corner.
        Path file = app.folder().resolve("Documents").resolve("carnet-2026-03-10.json");
        Files.createDirectories(file.getParent());
        window.setFileChoices(new DataTransfers.FileChoices() {
            @Override
            public File backupToSave(Window owner, Messages words) {
                return file.toFile();
            }

            @Override
            public File backupToOpen(Window owner, Messages words) {
                return file.toFile();
            }

            @Override
            public File csvFolder(Window owner, Messages words) {
                return file.getParent().toFile();
            }
        });
        interact(() -> window.notifier().setAutoHide(Duration.minutes(5)));
        interact(() -> window.showPage(MainWindow.Page.HOME));
        clickOn(menu("menu.file"));
        clickOn(menu("menu.exportBackup"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        assertThat(window.notifier().cards()).hasSize(1);
        shootWindow("export-notification.png");
        interact(() -> window.notifier().clear());

        // File › Password… and File › Restore a backup…: looked at, then closed.
        Platform.runLater(window.dialogs()::changePassword);
        WaitForAsyncUtils.waitForFxEvents();
        shootDialog("#password-dialog", "password.png");
        closeDialog("#password-dialog");
        Platform.runLater(window.dialogs()::restoreBackup);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#restore-list").queryAs(javafx.scene.control.ListView.class).getItems()).isNotEmpty();
        shootDialog("#restore-dialog", "restore.png");
        closeDialog("#restore-dialog");

        // Help › About and sources.
        Platform.runLater(window.dialogs()::showAbout);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#about-disclaimer").queryAs(Label.class).getText())
                .isEqualTo(messages.get("app.disclaimer"));
        shootDialog("#about-dialog", "about.png");
        // Further down: a document with the facts taken from it, each with its section.
        javafx.scene.control.ScrollPane scroll = lookup("#about-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.Node document = lookup("#about-document-K2").query();
        interact(() -> {
            double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, (document.getBoundsInParent().getMinY() - 8) / hidden));
        });
        shootDialog("#about-dialog", "about-sources.png");
        closeDialog("#about-dialog");

        // A warning sign ticked with a palpitation: the advice shows above everything.
        interact(() -> window.showPage(MainWindow.Page.HOME));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        type("#episode-time", "19:10");
        click("#episode-flag-chest_pain");
        shootDialog("#episode-dialog", "episode-warning.png");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".red-flag-banner").tryQuery()).isPresent();
        shootWindow("warning-sign.png");

        // Help › Explore with sample data: the demo journal, its tracking page.
        Platform.runLater(window::exploreDemo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#demo-banner").tryQuery()).isPresent();
        interact(() -> window.showPage(MainWindow.Page.TRACKING));
        WaitForAsyncUtils.waitForFxEvents();
        shootWindow("demo-tracking.png");
    }

    private Services services() {
        return app.services();
    }

    private String firstRunHeader() {
        return lookup("#first-run").queryAs(DialogPane.class).getHeaderText();
    }

    private void next() {
        clickOn("#first-run-next");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(String id, String value) {
        TextField field = lookup(id).queryAs(TextField.class);
        interact(() -> {
            field.requestFocus();
            field.setText(value);
        });
    }

    /** Clicks a control, scrolled into view first as it is for a keyboard user who tabs to it. */
    private void click(String query) {
        AppHarness.clickInView(this, query);
    }

    private void type(String id, String text) {
        click(id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    /** A menu or menu item as it reads on screen (without its mnemonic's underscore). */
    private String menu(String key) {
        return messages.get(key).replace("_", "");
    }

    /** Closes a dialog with its Close or Cancel button, as a click would. */
    private void closeDialog(String id) {
        DialogPane pane = lookup(id).queryAs(DialogPane.class);
        interact(() -> pane.getButtonTypes().stream().filter(type -> type.getButtonData().isCancelButton())
                .map(type -> (javafx.scene.control.Button) pane.lookupButton(type)).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(id).tryQuery()).isEmpty();
    }

    private void shootWindow(String name) throws IOException {
        shoot(lookup("#menu-bar").query().getScene(), name);
    }

    private void shootDialog(String query, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        shoot(lookup(query).query().getScene(), name);
    }

    private void shoot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        BufferedImage picture = scaled(SwingFXUtils.fromFXImage(image[0], null));
        assertDrawn(picture);
        ImageIO.write(picture, "png", out.resolve(name).toFile());
    }

    /** At most {@link #MAX_WIDTH} wide, in RGB (no alpha channel: smaller files, same look). */
    private static BufferedImage scaled(BufferedImage picture) {
        double factor = Math.min(1.0, (double) MAX_WIDTH / picture.getWidth());
        int width = (int) Math.round(picture.getWidth() * factor);
        int height = (int) Math.round(picture.getHeight() * factor);
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = result.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(picture, 0, 0, width, height, null);
        g.dispose();
        return result;
    }

    /** More than a few colours: text, borders and backgrounds, not an empty frame. */
    private static void assertDrawn(BufferedImage picture) {
        assertThat(picture.getWidth()).isGreaterThan(300).isLessThanOrEqualTo(MAX_WIDTH);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < picture.getWidth(); x += 5) {
            for (int y = 0; y < picture.getHeight(); y += 5) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
    }
}
