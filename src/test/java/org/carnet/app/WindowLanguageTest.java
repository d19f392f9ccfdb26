package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's language before one is chosen is the system's as the command line reads it: LANG=fr_FR.UTF-8 gives
 * French even where that locale is not installed (Java then says English). Run in a child JVM, whose environment
 * the test sets.
 */
class WindowLanguageTest {
    @TempDir
    Path dir;

    /** Prints the language a window on the folder given would open in. */
    public static final class PrintLanguage {
        public static void main(String[] args) {
            System.out.print(AppSettings.load(Path.of(args[0])).language().code());
        }
    }

    private String languageWith(String lang) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Duser.language=en", "-Duser.country=US", "-cp",
                System.getProperty("java.class.path"), PrintLanguage.class.getName(), dir.toString()));
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG")) {
            builder.environment().remove(name);
        }
        builder.environment().put("LANG", lang);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = builder.start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return said.strip();
    }

    @Test
    void aFrenchSystemOpensTheWindowInFrench() throws Exception {
        assertThat(languageWith("fr_FR.UTF-8")).isEqualTo("fr");
        assertThat(languageWith("en_GB.UTF-8")).isEqualTo("en");
    }
}
