package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.carnet.journal.CheckIn;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export and Import through the real window, with the files given instead of chosen: the outcome shows as a
 * notification in the corner (success goes by itself, a failure stays until closed), in the window's language.
 */
class DataTransfersTest extends FxRobot {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("data");

    private void start(Language language) throws Exception {
        app.start(language, true);
        app.services().journal().save(new CheckIn(AppHarness.TODAY, 2, 6, true, 3, 6.5, 1, 5, 3, 4, null, Set.of(),
                "note"));
    }

    /** Every choice of file answered with {@code file}. */
    private void giveFile(Path file) {
        app.window().setFileChoices(new DataTransfers.FileChoices() {
            @Override
            public File backupToSave(Window owner, Messages messages) {
                return file.toFile();
            }

            @Override
            public File backupToOpen(Window owner, Messages messages) {
                return file.toFile();
            }

            @Override
            public File csvFolder(Window owner, Messages messages) {
                return file.toFile();
            }
        });
    }

    private List<Node> cards() {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(lookup(".notification").queryAll());
    }

    private static String text(Node card, String styleClass) {
        return ((Label) card.lookup("." + styleClass)).getText();
    }

    @Test
    void exportImportAndCsvEndWithASuccessNotificationThatGoesAwayByItself() throws Exception {
        start(Language.ENGLISH);
        Path file = app.folder().resolve("out.json");
        giveFile(file);
        interact(() -> app.window().notifier().setAutoHide(Duration.millis(1500)));
        Node focused = lookup("#menu-bar").query().getScene().getFocusOwner();

        clickOn("File");
        clickOn("Export a backup (JSON)…");

        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("\"format\": \"carnet-backup\"", "\"notes\": \"note\"");
        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(card.getStyleClass()).contains("notification-success");
            assertThat(text(card, "notification-title")).isEqualTo("Export done");
            assertThat(text(card, "notification-text")).isEqualTo("Your journal was saved to "
                    + file.toAbsolutePath() + ".");
        });
        assertThat(lookup("#status-bar").query().isVisible()).as("work finished").isFalse();
        Node focusOwner = lookup("#menu-bar").query().getScene().getFocusOwner();
        assertThat(focusOwner).as("the notification does not take the focus").isSameAs(focused);
        shoot("notification-export.png");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".notification").queryAll().isEmpty());

        // The same file back: everything is already there.
        clickOn("File");
        clickOn("Import a backup (JSON)…");
        clickOn("Add to my journal");
        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(text(card, "notification-title")).isEqualTo("Import done");
            assertThat(text(card, "notification-text")).isEqualTo("0 records added, 1 already in your journal.");
        });

        Path csv = app.folder().resolve("csv");
        Files.createDirectories(csv);
        giveFile(csv);
        clickOn("File");
        clickOn("Export for a spreadsheet (CSV)…");
        assertThat(csv.resolve("days.csv")).exists();
        assertThat(cards()).last().satisfies(card -> assertThat(text(card, "notification-text")).isEqualTo(
                "Files days.csv, episodes.csv, intakes.csv and labs.csv were written to " + csv.toAbsolutePath()
                        + ": one day, no episode, no intake, no laboratory result."));
    }

    @Test
    void aRefusedImportListsItsFirstProblemsAndStaysUntilClosed() throws Exception {
        start(Language.ENGLISH);
        Path file = app.folder().resolve("quoted.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": [{\"day\": "
                + "\"2026-03-01\", \"fatigue\": \"4\"}]}");
        giveFile(file);
        interact(() -> app.window().notifier().setAutoHide(Duration.millis(200)));

        clickOn("File");
        clickOn("Import a backup (JSON)…");
        clickOn("Add to my journal");

        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(card.getStyleClass()).contains("notification-error");
            assertThat(text(card, "notification-title")).isEqualTo("Nothing was imported");
            assertThat(text(card, "notification-text")).startsWith("Your journal is unchanged. The file has 1 problem:\n"
                    + "checkIns[0].fatigue (check-in no. 1): expected a whole number, found the text \"4\": write it "
                    + "without quotes (line 1, column ");
        });
        shoot("notification-refused.png");
        Thread.sleep(600);
        assertThat(cards()).as("a failure stays").hasSize(1);
        assertThat(app.services().journal().listDays()).as("journal unchanged").hasSize(1);

        clickOn("Details…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".dialog-pane").queryAll().stream().map(n -> ((DialogPane) n).getContentText()).toList())
                .anySatisfy(content -> assertThat(content).contains("First problems found:\ncheckIns[0].fatigue"));
        clickOn("OK");
        assertThat(cards()).as("used, then closed").isEmpty();

        // Again: Esc closes the newest notification, the close button too.
        clickOn("File");
        clickOn("Import a backup (JSON)…");
        clickOn("Add to my journal");
        assertThat(cards()).hasSize(1);
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".notification").queryAll().isEmpty());
        clickOn("File");
        clickOn("Import a backup (JSON)…");
        clickOn("Add to my journal");
        clickOn(lookup(".notification-close").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".notification").queryAll().isEmpty());
    }

    @Test
    void inFrenchTheProblemsAreInFrenchAndAFailedExportSaysWhy() throws Exception {
        start(Language.FRENCH);
        Path file = app.folder().resolve("quoted.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": [{\"day\": "
                + "\"2026-03-01\", \"fatigue\": 11}]}");
        giveFile(file);

        clickOn("Fichier");
        clickOn("Importer une sauvegarde (JSON)…");
        clickOn("Ajouter à mon journal");

        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(text(card, "notification-title")).isEqualTo("Rien n’a été importé");
            assertThat(text(card, "notification-text")).isEqualTo("Votre journal n’a pas changé. Le fichier a 1 "
                    + "problème :\ncheckIns[0].fatigue (bilan du jour n° 1) : valeur autorisée de 0 à 10 ; trouvé : 11");
        });
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".notification").queryAll().isEmpty());

        giveFile(app.folder().resolve("no-such-folder").resolve("out.json"));
        clickOn("Fichier");
        clickOn("Exporter une sauvegarde (JSON)…");

        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(card.getStyleClass()).contains("notification-error");
            assertThat(text(card, "notification-title")).isEqualTo("Carnet n’a pas pu exporter le journal.");
            assertThat(text(card, "notification-text"))
                    .startsWith(app.folder().resolve("no-such-folder").resolve("out.json") + " n’a pas pu être écrit.");
        });
        clickOn("Affichage");
        clickOn("#menu-dark-theme");
        assertThat(cards()).as("kept over a change of theme").hasSize(1);
        shoot("notification-error-dark.png");
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // Past the fade-in.
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SCREENSHOTS);
        Scene scene = lookup("#menu-bar").query().getScene();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(picture, "png", SCREENSHOTS.resolve(name).toFile());
    }
}
