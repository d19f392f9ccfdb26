package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carnet.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carnet --lang fr}: the window speaks French for this run; the language saved for the journal stays. */
class RunLanguageTest {
    @TempDir
    Path dir;

    private AppSettings savedIn(Language language) {
        AppSettings settings = AppSettings.load(dir);
        settings.setLanguage(language);
        settings.save();
        return AppSettings.load(dir);
    }

    @Test
    void theRunsLanguageComesFirstAndIsNotSaved() throws Exception {
        AppSettings settings = savedIn(Language.ENGLISH);
        settings.useLanguageThisRun(Language.FRENCH);

        assertThat(settings.language()).isEqualTo(Language.FRENCH);
        assertThat(settings.language(Language.ENGLISH)).isEqualTo(Language.FRENCH);
        // The window saves its place and theme as it goes: the saved language is still the one chosen.
        settings.setTheme(org.carnet.ui.Theme.DARK);
        settings.save();
        assertThat(Files.readString(dir.resolve(AppSettings.FILE_NAME))).contains("language=en")
                .doesNotContain("language=fr");
        assertThat(AppSettings.load(dir).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aLanguageChosenInTheWindowEndsTheRunsAndIsSaved() {
        AppSettings settings = savedIn(Language.FRENCH);
        settings.useLanguageThisRun(Language.ENGLISH);

        settings.setLanguage(Language.FRENCH);
        settings.save();

        assertThat(settings.language()).isEqualTo(Language.FRENCH);
        assertThat(AppSettings.load(dir).language()).isEqualTo(Language.FRENCH);
    }

    @Test
    void theWindowReadsLangFromItsCommandLine() {
        CommandLine line = CommandLine.parse(new String[] {"--data-dir", dir.toString(), "--lang", "fr"});

        assertThat(line.headless()).isFalse();
        assertThat(line.lang()).isEqualTo("fr");
    }
}
