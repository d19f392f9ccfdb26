package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carnet --open checkin} while a window holds the folder, when the request cannot be left for it: a sentence
 * in the person's language and exit 1, no second window, no stack trace. The request is made impossible by a folder
 * standing where its file goes (a permission would not stop root, who runs these tests).
 */
class OpenRequestRefusedTest {
    @TempDir
    Path dir;

    private static LauncherChild openWhileAWindowHoldsTheFolder(Path journal, String lang, String target)
            throws Exception {
        // No display: were the request not refused, the child would try to open a window and say that instead.
        return LauncherChild.run(List.of(), java.util.Map.of("LANG", lang),
                List.of("--data-dir", journal.toString(), "--open", target));
    }

    @Test
    void aRequestThatCannotBeLeftIsASentenceInEitherLanguageAndExitsOne() throws Exception {
        Path journal = dir.resolve("journal");
        Files.createDirectories(journal.resolve(OpenRequest.FILE_NAME).resolve("in-the-way"));
        WindowLock window = WindowLock.hold(journal).orElseThrow();
        try {
            LauncherChild english = openWhileAWindowHoldsTheFolder(journal, "C.UTF-8", "checkin");
            LauncherChild french = openWhileAWindowHoldsTheFolder(journal, "fr_FR.UTF-8", "intake");

            assertThat(english.code()).as(english.err()).isEqualTo(1);
            assertThat(english.err()).startsWith("carnet: cannot ask the open window to show the page: ")
                    .doesNotContain("\tat ", "Exception in thread", "window cannot open");
            assertThat(french.code()).as(french.err()).isEqualTo(1);
            assertThat(french.err()).startsWith("carnet: impossible de demander à la fenêtre ouverte d’afficher la page : ")
                    .doesNotContain("\tat ", "Exception in thread", "cannot");
        } finally {
            window.close();
        }
        // Nothing left behind in the data folder by the refused requests: no temporary file beside the folder.
        try (var files = Files.list(journal)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(OpenRequest.FILE_NAME) && name.endsWith(".tmp"));
        }
    }

    @Test
    void withTheWayClearTheRequestIsLeftForTheWindowAndTheStartEndsWell() throws Exception {
        Path journal = dir.resolve("journal");
        Files.createDirectories(journal);
        WindowLock window = WindowLock.hold(journal).orElseThrow();
        try {
            LauncherChild said = openWhileAWindowHoldsTheFolder(journal, "C.UTF-8", "intake");

            assertThat(said.code()).as(said.err()).isZero();
            assertThat(OpenRequest.take(journal)).contains(OpenRequest.Target.INTAKE);
        } finally {
            window.close();
        }
    }
}
