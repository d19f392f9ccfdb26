package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    private static CommandLine parse(String... args) {
        return CommandLine.parse(args);
    }

    /** The line's mistake in English, or null. */
    private static String error(CommandLine line) {
        return line.error() == null ? null : line.error().in(new Messages(Language.ENGLISH));
    }

    @Test
    void noArgumentsOpensTheWindow() {
        CommandLine line = parse();

        assertThat(error(line)).isNull();
        assertThat(line.help()).isFalse();
        assertThat(line.version()).isFalse();
        assertThat(line.command()).isNull();
        assertThat(line.dataDir()).isNull();
        assertThat(line.commandArgs()).isEmpty();
        assertThat(line.headless()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpIsAskedWithTheLongOrShortOption(String option) {
        CommandLine line = parse(option);

        assertThat(line.help()).isTrue();
        assertThat(error(line)).isNull();
        assertThat(line.headless()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsAskedWithTheLongOrShortOption(String option) {
        CommandLine line = parse(option);

        assertThat(line.version()).isTrue();
        assertThat(line.help()).isFalse();
        assertThat(error(line)).isNull();
        assertThat(line.headless()).isTrue();
    }

    @Test
    void dataDirTakesTheNextArgument() {
        CommandLine line = parse("--data-dir", "/tmp/my journal");

        assertThat(line.dataDir()).isEqualTo("/tmp/my journal");
        assertThat(error(line)).isNull();
        assertThat(line.headless()).as("a folder alone still opens the window").isFalse();
    }

    @Test
    void dataDirTakesAValueAfterAnEqualsSign() {
        CommandLine line = parse("--data-dir=/tmp/journal=2");

        assertThat(line.dataDir()).isEqualTo("/tmp/journal=2");
        assertThat(error(line)).isNull();
    }

    @Test
    void dataDirWithoutAFolderIsAnError() {
        CommandLine line = parse("--data-dir");

        assertThat(error(line)).contains("--data-dir needs a folder");
        assertThat(line.dataDir()).isNull();
        assertThat(line.headless()).as("errors are reported on the console").isTrue();
    }

    @Test
    void dataDirFollowedByAnotherOptionIsAnError() {
        assertThat(error(parse("--data-dir", "--version"))).contains("--data-dir needs a folder");
    }

    @Test
    void dataDirWithABlankFolderIsAnError() {
        assertThat(error(parse("--data-dir", " "))).contains("--data-dir needs a folder");
        assertThat(error(parse("--data-dir="))).contains("--data-dir needs a folder");
        assertThat(error(parse("--data-dir=  "))).contains("--data-dir needs a folder");
    }

    @Test
    void dataDirGivenTwiceIsAnError() {
        assertThat(error(parse("--data-dir", "/a", "--data-dir", "/b"))).isEqualTo("--data-dir is given twice");
        assertThat(error(parse("--data-dir=/a", "--data-dir", "/b"))).isEqualTo("--data-dir is given twice");
        assertThat(error(parse("--data-dir", "/a", "--data-dir=/b"))).isEqualTo("--data-dir is given twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--verbose", "-x", "--data", "--data-dirs=/a", "-", "--HELP"})
    void anUnknownOptionIsAnError(String option) {
        CommandLine line = parse(option);

        assertThat(error(line)).isEqualTo("unknown option: " + option);
        assertThat(line.headless()).isTrue();
        assertThat(line.help()).isFalse();
        assertThat(line.command()).isNull();
    }

    @Test
    void anErrorDropsEverythingParsedBefore() {
        CommandLine line = parse("--help", "--data-dir", "/a", "--bogus");

        assertThat(error(line)).isEqualTo("unknown option: --bogus");
        assertThat(line.help()).isFalse();
        assertThat(line.dataDir()).isNull();
    }

    @Test
    void theFirstWordIsTheCommand() {
        CommandLine line = parse("status");

        assertThat(line.command()).isEqualTo("status");
        assertThat(line.commandArgs()).isEmpty();
        assertThat(error(line)).isNull();
        assertThat(line.headless()).isTrue();
    }

    @Test
    void globalOptionsComeBeforeTheCommand() {
        CommandLine line = parse("--data-dir", "/a", "status");

        assertThat(line.dataDir()).isEqualTo("/a");
        assertThat(line.command()).isEqualTo("status");
    }

    @Test
    void everythingAfterTheCommandBelongsToIt() {
        CommandLine line = parse("--data-dir=/a", "status", "--verbose", "extra", "--data-dir", "/b");

        assertThat(error(line)).isNull();
        assertThat(line.dataDir()).isEqualTo("/a");
        assertThat(line.command()).isEqualTo("status");
        assertThat(line.commandArgs()).containsExactly("--verbose", "extra", "--data-dir", "/b");
    }

    @Test
    void theCommandArgumentsCannotBeChanged() {
        List<String> args = parse("status", "a").commandArgs();

        assertThat(args).isUnmodifiable();
    }

    @Test
    void openNamesThePageTheWindowOpensOn() {
        assertThat(parse("--open", "checkin").open()).isEqualTo(OpenRequest.Target.CHECKIN);
        assertThat(parse("--data-dir", "/a", "--open=intake").open()).isEqualTo(OpenRequest.Target.INTAKE);
        assertThat(parse("--open", "intake").headless()).as("it opens the window").isFalse();
        assertThat(parse().open()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tracking", "CHECKIN", "", "check-in"})
    void aWrongOpenValueIsAUsageErrorThatSaysTheWords(String value) {
        CommandLine line = parse("--open=" + value);

        assertThat(error(line)).contains("--open takes checkin or intake");
        assertThat(line.headless()).isTrue();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = new Cli(new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err),
                java.time.Clock.systemUTC()).run(line);
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--open takes checkin or intake");
    }

    @Test
    void openWithoutAValueOrWithACommandIsAUsageError() {
        assertThat(error(parse("--open"))).contains("--open takes checkin or intake");
        assertThat(error(parse("--open", "--data-dir", "/a"))).contains("--open takes checkin or intake");
        assertThat(error(parse("--open", "checkin", "status"))).contains("does not go with a command");
    }

    @Test
    void everyMistakeOfTheGlobalOptionsHasItsWords() {
        assertThat(error(parse("--password-file"))).isEqualTo(
                "--password-file needs a file whose first line is the journal’s password");
        assertThat(error(parse("--lang"))).isEqualTo("--lang takes fr or en");
        assertThat(error(parse("--lang", "de"))).isEqualTo("--lang takes fr or en, not de");
        assertThat(error(parse("--open=tracking"))).isEqualTo("--open takes checkin or intake, not tracking");
        for (OpenRequest.Target target : OpenRequest.Target.values()) {
            assertThat(error(parse("--open"))).as("names every page").contains(target.word());
        }
    }

    @Test
    void aMistakeKeepsTheLanguageAskedForEvenWhenItComesAfter() {
        assertThat(parse("--bogus", "--lang", "fr").lang()).isEqualTo("fr");
        assertThat(parse("--lang=fr", "--data-dir").lang()).isEqualTo("fr");
        assertThat(parse("--data-dir", "/a", "--data-dir", "/b", "--lang", "fr").lang()).isEqualTo("fr");
        assertThat(parse("--lang", "de", "--bogus").lang()).as("a wrong language is not one").isNull();
        assertThat(parse("status", "--lang", "fr", "--bogus").lang()).as("after the command, the command's")
                .isNull();
    }
}
