package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window start with no display says so in a sentence and exits 1: no stack trace on the terminal. */
class NoDisplayStartTest {
    @TempDir
    Path dir;

    /** What the window start with no display says on the terminal, and its exit code. */
    private record Said(int code, String err) {
    }

    private Said startWithoutDisplay(java.util.Map<String, String> env, String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dglass.platform=gtk", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir",
                dir.resolve("journal").toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG")) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = builder.start();
        byte[] err = child.getErrorStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Said(child.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aWindowStartWithNoDisplayIsASentenceAndExitsOne() throws Exception {
        Said said = startWithoutDisplay(java.util.Map.of("LANG", "C.UTF-8"), "--lang", "en");

        assertThat(said.code()).as(said.err()).isEqualTo(1);
        assertThat(said.err()).contains("carnet: the window cannot open: no graphical display was found")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(Files.readString(dir.resolve("journal").resolve(Logging.FILE_NAME)))
                .contains("The window could not start");
    }

    @Test
    void itIsSaidInFrenchWithLangFrOrAFrenchSystem() throws Exception {
        Said asked = startWithoutDisplay(java.util.Map.of("LANG", "C.UTF-8"), "--lang", "fr");
        Said system = startWithoutDisplay(java.util.Map.of("LANG", "fr_FR.UTF-8"));

        for (Said said : List.of(asked, system)) {
            assertThat(said.code()).as(said.err()).isEqualTo(1);
            assertThat(said.err()).contains("carnet: la fenêtre ne peut pas s’ouvrir : aucun écran graphique "
                    + "n’a été trouvé").contains("Les commandes marchent sans fenêtre").contains("Détails dans")
                    .doesNotContain("\tat ", "Exception in thread", "cannot", "window");
        }
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamedNotCalledUnset() throws Exception {
        // A display number no X server here uses (Xvfb in these sessions takes :90 to :99).
        Said said = startWithoutDisplay(java.util.Map.of("LANG", "C.UTF-8", "DISPLAY", ":63"), "--lang", "en");
        Said french = startWithoutDisplay(java.util.Map.of("LANG", "fr_FR.UTF-8", "DISPLAY", ":63"));

        assertThat(said.code()).as(said.err()).isEqualTo(1);
        assertThat(said.err()).contains("the window cannot open: the graphical display :63 (DISPLAY) does not answer")
                .doesNotContain("is DISPLAY set", "\tat ", "Exception in thread");
        assertThat(french.err()).contains("l’écran graphique :63 (DISPLAY) ne répond pas")
                .doesNotContain("\tat ", "Exception in thread");
    }
}
