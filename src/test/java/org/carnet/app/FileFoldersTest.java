package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.carnet.ui.FileFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File dialogs open in the folder last used, kept in the settings across starts; the home folder before. */
class FileFoldersTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        FileFolders.keepIn(() -> null, folder -> { });
    }

    private void keepIn(AppSettings settings) {
        FileFolders.keepIn(settings::lastFolder, folder -> {
            settings.setLastFolder(folder);
            settings.save();
        });
    }

    @Test
    void theFirstDialogOpensInTheHomeFolderNotWhereTheAppStarted() {
        keepIn(AppSettings.load(dir.resolve("data")));
        FileChooser chooser = FileFolders.prepare(new FileChooser());
        assertThat(chooser.getInitialDirectory()).isEqualTo(new File(System.getProperty("user.home")));
    }

    @Test
    void theFolderOfTheLastFileChosenIsWhereTheNextDialogOpensAfterARestart() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        keepIn(AppSettings.load(dir.resolve("data")));
        FileFolders.chosen(exports.resolve("carnet-2026-03-10.json").toFile());
        FileFolders.chosen(null);   // a cancelled dialog changes nothing

        keepIn(AppSettings.load(dir.resolve("data")));   // the next start reads the settings again
        assertThat(FileFolders.prepare(new FileChooser()).getInitialDirectory()).isEqualTo(exports.toFile());
        assertThat(FileFolders.prepare(new javafx.stage.DirectoryChooser()).getInitialDirectory())
                .isEqualTo(exports.toFile());

        FileFolders.chosen(dir.toFile());   // a folder chosen for the CSV files is itself the folder
        assertThat(FileFolders.start()).isEqualTo(dir.toFile());
    }

    @Test
    void aFolderDeletedSinceFallsBackToHome() throws Exception {
        Path gone = Files.createDirectories(dir.resolve("gone"));
        keepIn(AppSettings.load(dir.resolve("data")));
        FileFolders.chosen(gone.resolve("chart.png").toFile());
        Files.delete(gone);
        assertThat(FileFolders.start()).isEqualTo(new File(System.getProperty("user.home")));
    }
}
