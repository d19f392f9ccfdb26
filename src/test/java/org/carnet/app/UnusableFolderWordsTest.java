package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import org.carnet.storage.UnusableFolderException;
import org.carnet.ui.DialogService;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder whose path holds ";" (which H2 reads as its settings): the window says so, in both languages, not
 * "cannot reach its data folder (an unplugged drive?)"; and the window's start creates nothing there.
 */
class UnusableFolderWordsTest {
    @TempDir
    Path temp;

    @AfterEach
    void closeTheLogFile() {
        LogManager.getLogManager().reset();
    }

    private Throwable refused(Path folder) {
        return catchThrowable(() -> UnusableFolderException.refuse(folder));
    }

    @Test
    void theWindowNamesTheSemicolonInBothLanguages() {
        Throwable error = refused(temp.resolve("semi;colon"));

        assertThat(DialogService.describe(new Messages(Language.ENGLISH), error))
                .contains("its path contains “;”").doesNotContain("unplugged");
        assertThat(DialogService.describe(new Messages(Language.FRENCH), error))
                .contains("son chemin contient «\u00a0;\u00a0»").doesNotContain("débranché");
    }

    @Test
    void theWindowsStartCreatesNothingInSuchAFolder() {
        Path folder = temp.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'");

        Logging.toDataFolder(folder);
        assertThat(WindowLock.hold(folder)).isEmpty();

        assertThat(Files.exists(folder)).as("the folder is not created").isFalse();
        assertThat(java.util.logging.Logger.getLogger("").getHandlers()).as("nothing logged to the terminal")
                .noneMatch(java.util.logging.ConsoleHandler.class::isInstance);
    }
}
