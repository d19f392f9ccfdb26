package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window start with no display says so in a sentence and exits 1: no stack trace on the terminal. */
class NoDisplayStartTest {
    @TempDir
    Path dir;

    private LauncherChild startWithoutDisplay(java.util.Map<String, String> env, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dir.resolve("journal").toString()));
        args.addAll(List.of(options));
        return LauncherChild.run(List.of("-Dglass.platform=gtk"), env, args);
    }

    @Test
    void aWindowStartWithNoDisplayIsASentenceAndExitsOne() throws Exception {
        LauncherChild said = startWithoutDisplay(java.util.Map.of("LANG", "C.UTF-8"), "--lang", "en");

        assertThat(said.code()).as(said.err()).isEqualTo(1);
        assertThat(said.err()).contains("carnet: the window cannot open: no graphical display was found")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(Files.readString(dir.resolve("journal").resolve(Logging.FILE_NAME)))
                .contains("The window could not start");
    }

    @Test
    void itIsSaidInFrenchWithLangFrOrAFrenchSystem() throws Exception {
        LauncherChild asked = startWithoutDisplay(java.util.Map.of("LANG", "C.UTF-8"), "--lang", "fr");
        LauncherChild system = startWithoutDisplay(java.util.Map.of("LANG", "fr_FR.UTF-8"));

        for (LauncherChild said : List.of(asked, system)) {
            assertThat(said.code()).as(said.err()).isEqualTo(1);
            assertThat(said.err()).contains("carnet: la fenêtre ne peut pas s’ouvrir : aucun écran graphique "
                    + "n’a été trouvé").contains("Les commandes marchent sans fenêtre").contains("Détails dans")
                    .doesNotContain("\tat ", "Exception in thread", "cannot", "window");
        }
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamedNotCalledUnset() throws Exception {
        // A display number no X server here uses (Xvfb in these sessions takes :90 to :99).
        LauncherChild said = startWithoutDisplay(java.util.Map.of("LANG", "C.UTF-8", "DISPLAY", ":63"), "--lang", "en");
        LauncherChild french = startWithoutDisplay(java.util.Map.of("LANG", "fr_FR.UTF-8", "DISPLAY", ":63"));

        assertThat(said.code()).as(said.err()).isEqualTo(1);
        assertThat(said.err()).contains("the window cannot open: the graphical display :63 (DISPLAY) does not answer")
                .doesNotContain("is DISPLAY set", "\tat ", "Exception in thread");
        assertThat(french.err()).contains("l’écran graphique :63 (DISPLAY) ne répond pas")
                .doesNotContain("\tat ", "Exception in thread");
    }
}
