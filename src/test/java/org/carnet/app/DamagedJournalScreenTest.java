package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.LogManager;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.carnet.journal.CheckIn;
import org.carnet.storage.Backups;
import org.carnet.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A journal whose file cannot be opened, started as the app starts: the window says so in words, names the file and
 * the log that holds the cause, offers the newest automatic backup that opens (its date, its days) and restores it
 * with the damaged file kept aside, untouched; or, with no backup that opens, changes nothing. With
 * {@code -Dcarnet.damaged.shots=DIR} the page is saved as a picture (English and French).
 */
class DamagedJournalScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    /** A journal of {@code days} days with one automatic backup (when {@code backup}), then its file damaged. */
    private byte[] damagedJournal(int days, boolean backup) throws IOException {
        try (Services services = Services.open(app.dataDir(), AppHarness.CLOCK)) {
            for (int i = 0; i < days; i++) {
                services.journal().save(new CheckIn(AppHarness.TODAY.minusDays(i), i % 4, null, null, 4, 7.5, null, 3,
                        null, null, null, Set.of(), null));
            }
            if (backup) {
                services.backupNow();
            }
        }
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(12).nextBytes(garbage);
        Files.write(app.dataDir().resolve("carnet.mv.db"), garbage);
        return garbage;
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void picture(String name) throws IOException {
        String folder = System.getProperty("carnet.damaged.shots");
        if (folder == null) {
            return;
        }
        Node root = lookup("#damaged-page").query().getScene().getRoot();
        var image = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Files.createDirectories(Path.of(folder)).resolve(name);
        try {
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aDamagedJournalOffersItsNewestBackupAndRestoresItKeepingTheDamagedFileAside() throws Exception {
        byte[] garbage = damagedJournal(4, true);
        Path backup = Backups.list(app.dataDir()).get(0).file();

        app.startAsTheApp(Language.ENGLISH);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#damaged-page").tryQuery()).isPresent();
        assertThat(text("#damaged-explain")).contains(app.dataDir().resolve("carnet.mv.db").toString())
                .contains("cannot be read").contains(app.dataDir().resolve(Logging.FILE_NAME).toString());
        assertThat(text("#damaged-backup")).contains("holds 4 days").contains("10/03/2026").contains("20:00");
        assertThat(app.services()).as("no journal open meanwhile").isNull();
        picture("damaged-en.png");

        clickOn("#damaged-restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services()).as("the journal is open again").isNotNull();
        assertThat(app.services().journal().countDays().days()).isEqualTo(4);
        List<Path> kept = files(Backups.damagedFolder(app.dataDir()));
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.get(0))).as("the damaged file, kept as it was").isEqualTo(garbage);
        assertThat(Backups.list(app.dataDir())).as("the backups are as they were: no safety copy of a damaged file")
                .extracting(Backups.Backup::file).containsExactly(backup);
        assertThat(app.window().notifier().cards()).isNotEmpty();
        assertThat(app.window().notifier().cards().get(0).lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()).toList().toString()).contains(kept.get(0).toString());
    }

    @Test
    void inFrenchThePageSaysTheSameAndQuittingChangesNothing() throws Exception {
        byte[] garbage = damagedJournal(3, true);

        app.startAsTheApp(Language.FRENCH);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#damaged-explain")).contains("ne peut pas être lu");
        assertThat(text("#damaged-backup")).contains("3 jours");
        picture("damaged-fr.png");
        clickOn("#damaged-quit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.exits()).isEqualTo(1);
        assertThat(Files.readAllBytes(app.dataDir().resolve("carnet.mv.db"))).isEqualTo(garbage);
        assertThat(Backups.damagedFolder(app.dataDir())).doesNotExist();
    }

    @Test
    void withNoBackupThatOpensThePageSaysSoAndOffersNoRestore() throws Exception {
        byte[] garbage = damagedJournal(2, false);
        Logging.toDataFolder(app.dataDir());

        app.startAsTheApp(Language.ENGLISH);
        WaitForAsyncUtils.waitForFxEvents();
        LogManager.getLogManager().reset();

        assertThat(text("#damaged-none")).contains("No automatic backup");
        assertThat(lookup("#damaged-restore").tryQuery()).isEmpty();
        picture("damaged-none-en.png");
        assertThat(Files.readAllBytes(app.dataDir().resolve("carnet.mv.db"))).isEqualTo(garbage);
        assertThat(Files.readString(app.dataDir().resolve(Logging.FILE_NAME))).contains("cannot be opened")
                .containsPattern("(?s)Exception.*\\bat org\\.");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
