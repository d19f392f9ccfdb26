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

    @Test
    void aWindowStartWithNoDisplayIsASentenceAndExitsOne() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = dir.resolve("journal");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Dglass.platform=gtk", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", data.toString()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = builder.start();
        byte[] err = child.getErrorStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(err, StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("carnet: the window cannot open: no graphical display was found")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(Files.readString(data.resolve(Logging.FILE_NAME))).contains("The window could not start");
    }
}
