package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.logging.LogManager;
import org.carnet.journal.CheckIn;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8), CLOCK);

    @AfterEach
    void closeTheLogFile() {
        // Cli.status sends logging to a file in the data folder; let the temporary folder go.
        LogManager.getLogManager().reset();
    }

    private int run(String... args) {
        return cli.run(CommandLine.parse(args));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheVersionAndSucceeds() {
        int code = run("--version");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out()).isEqualTo("Carnet " + Version.current() + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpListsTheOptionsAndCommandsAndSucceeds() {
        int code = run("-h");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out()).isEqualTo(Cli.help()).contains("--data-dir DIR", "--version", "status", "Exit codes");
        assertThat(err()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnStandardError() {
        int code = run("--frobnicate");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("carnet: Unknown option: --frobnicate").contains("--help");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("--data-dir")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--data-dir needs a folder");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        int code = run("--data-dir", dataDir.toString(), "frobnicate");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown command: frobnicate");
        assertThat(out()).isEmpty();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void statusOfANewJournalSaysItHoldsNoDays() {
        int code = run("--data-dir", dataDir.toString(), "status");

        assertThat(code).as(err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("Data folder: " + dataDir.toAbsolutePath().normalize())
                .contains("Days in the journal: 0")
                .contains("Latest day: none");
        assertThat(err()).isEmpty();
    }

    @Test
    void statusCountsTheDaysAndShowsTheLatest() {
        try (Database database = Database.open(dataDir)) {
            JdbcJournalRepository repository = new JdbcJournalRepository(database);
            repository.saveCheckIn(CheckIn.empty(LocalDate.of(2026, 3, 30)));
            repository.saveCheckIn(new CheckIn(LocalDate.of(2026, 4, 1), 1, null, null, null, null, null,
                    null, null, null, null, Set.of(), null));
        }

        int code = run("--data-dir=" + dataDir, "status");

        assertThat(code).as(err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("Days in the journal: 2").contains("Latest day: 2026-04-01");
    }

    @Test
    void statusTakesNoArguments() {
        int code = run("--data-dir", dataDir.toString(), "status", "now");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("status takes no arguments, got: now");
        assertThat(out()).isEmpty();
    }

    @Test
    void statusFailsWhenTheDataFolderIsAFile() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-folder"), "x");

        int code = run("--data-dir", file.toString(), "status");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("the data folder " + file + " is missing or cannot be written to");
        assertThat(out()).doesNotContain("Days in the journal");
    }

    @Test
    void statusOfAJournalOpenElsewhereFailsWithAClearMessage() {
        try (Database open = Database.open(dataDir)) {
            int code = run("--data-dir", dataDir.toString(), "status");

            assertThat(code).isEqualTo(Cli.FAILED);
            assertThat(err()).contains("is open in another Carnet window; close it first");
            assertThat(out()).doesNotContain("Days in the journal");
            assertThat(new JdbcJournalRepository(open).countCheckIns()).as("the open journal still works").isZero();
        }
    }
}
