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
    void importsLangAlsoSaysAMissingFileOrAFolderInThatLanguage(@TempDir Path temp) throws Exception {
        String journal = temp.resolve("journal").toString();
        Path folder = Files.createDirectories(temp.resolve("dossier"));

        assertThat(run("--data-dir", journal, "import", "--lang", "fr", "--in", temp.resolve("absent.json").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("aucun fichier").doesNotContain("no file");
        errBytes.reset();
        assertThat(run("--data-dir", journal, "import", "--lang", "fr", "--in", folder.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("est un dossier").doesNotContain("is a folder");
        errBytes.reset();
        assertThat(run("--data-dir", journal, "--lang", "fr", "import", "--lang", "en", "--in", folder.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("is a folder");
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
    void helpAndTheCommandsSpeakThePersonsLanguage() throws Exception {
        assertThat(run("--lang", "fr", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("Utilisation :", "--data-dir DIR", "le dossier du journal", "Commandes :",
                "export-csv", "Codes de sortie").doesNotContain("the folder holding");
        outBytes.reset();
        // The language chosen in the window for that journal, without --lang.
        AppSettings settings = AppSettings.load(dataDir);
        settings.setLanguage(org.carnet.ui.Language.FRENCH);
        settings.save();
        assertThat(run("--data-dir", dataDir.toString(), "status")).as(err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("Dossier des données : ", "Jours dans le journal : 0", "Dernier jour : aucun");
        outBytes.reset();
        Path backup = dataDir.resolveSibling(dataDir.getFileName() + "-backup.json");
        assertThat(run("--data-dir", dataDir.toString(), "export", "--out", backup.toString())).as(err())
                .isEqualTo(Cli.OK);
        assertThat(out()).startsWith("Journal exporté dans " + backup.toAbsolutePath());
        outBytes.reset();
        assertThat(run("--data-dir", dataDir.toString(), "--lang", "en", "status")).isEqualTo(Cli.OK);
        assertThat(out()).contains("Days in the journal: 0");
        assertThat(run("--data-dir", dataDir.toString(), "frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("carnet: commande inconnue : frobnicate", "Essayez `carnet --help`");
        Files.deleteIfExists(backup);
    }

    @Test
    void theTerminalsLanguageIsReadFromLcAllThenLcMessagesThenLang() {
        assertThat(Cli.systemLanguage(java.util.Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(org.carnet.ui.Language.FRENCH);
        assertThat(Cli.systemLanguage(java.util.Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "en_GB.UTF-8")))
                .isEqualTo(org.carnet.ui.Language.ENGLISH);
        assertThat(Cli.systemLanguage(java.util.Map.of("LANG", "en_GB.UTF-8", "LC_MESSAGES", "fr_CA.UTF-8")))
                .isEqualTo(org.carnet.ui.Language.FRENCH);
        assertThat(Cli.systemLanguage(java.util.Map.of())).isEqualTo(org.carnet.ui.Language.ENGLISH);
    }

    @Test
    void aUtf8TerminalGetsUtf8EvenWhereJavaFellBackToAscii() {
        java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
        assertThat(Cli.terminalCharset(java.util.Map.of("LANG", "fr_FR.UTF-8"), ascii))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(Cli.terminalCharset(java.util.Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "C"), ascii))
                .isEqualTo(ascii);
        assertThat(Cli.terminalCharset(java.util.Map.of(), ascii)).isEqualTo(ascii);
    }

    @Test
    void aCommandFollowedByHelpPrintsThatCommandsHelp() {
        for (String command : new String[] {"status", "import", "report", "export", "export-csv", "remind"}) {
            outBytes.reset();
            assertThat(run("--data-dir", dataDir.toString(), command, "--help")).as(command + ": " + err())
                    .isEqualTo(Cli.OK);
            assertThat(out()).as(command).contains("Usage:", "carnet [--data-dir DIR] " + command,
                    "Exit codes");
        }
        assertThat(out()).contains("--install / --remove / --status");
        outBytes.reset();
        assertThat(run("--data-dir", dataDir.toString(), "import", "-h")).isEqualTo(Cli.OK);
        assertThat(out()).contains("import --in FILE.json [--replace] [--lang fr|en]");
        outBytes.reset();
        assertThat(run("--data-dir", dataDir.toString(), "--lang", "fr", "report", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("Utilisation :", "report --from YYYY-MM-DD", "écrit en PDF le résumé");
        assertThat(err()).isEmpty();
        assertThat(dataDir).as("no journal made for a help").isEmptyDirectory();
    }

    @Test
    void aPasswordFileThatDoesNotExistIsSaidWhateverTheJournal() {
        Path missing = dataDir.resolveSibling("no-such-password-file");
        // This journal has no password: the file would never be read, and is still named.
        assertThat(run("--data-dir", dataDir.toString(), "--password-file", missing.toString(), "status"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("carnet: the password file " + missing.toAbsolutePath() + " does not exist");
        assertThat(out()).isEmpty();
        assertThat(run("--data-dir", dataDir.toString(), "--password-file", dataDir.toString(), "status"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("is a folder");
    }

    @Test
    void aReportIntoASystemFolderSaysItCannotBeWrittenThereAndWhy() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "Linux /proc");
        try (Database database = Database.open(dataDir)) {
            new JdbcJournalRepository(database).saveCheckIn(new CheckIn(LocalDate.of(2026, 3, 30), 1, null, null,
                    null, null, null, null, null, null, null, Set.of(), null));
        }
        assertThat(run("--data-dir", dataDir.toString(), "report", "--from", "2026-03-01", "--to", "2026-03-31",
                "--out", "/proc/x.pdf")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("could not write /proc/x.pdf: the folder /proc exists but the system refuses "
                + "new files in it").doesNotContain("does not exist");
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnStandardError() {
        int code = run("--frobnicate");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("carnet: unknown option: --frobnicate").contains("--help");
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
            assertThat(err()).contains("is in use by another Carnet (its window or a command still running)");
            assertThat(out()).doesNotContain("Days in the journal");
            errBytes.reset();
            assertThat(run("--data-dir", dataDir.toString(), "--lang", "fr", "status")).isEqualTo(Cli.FAILED);
            assertThat(err()).contains("carnet: le journal de " + dataDir + " est utilisé par un autre Carnet");
            assertThat(new JdbcJournalRepository(open).countCheckIns()).as("the open journal still works").isZero();
        }
    }

    @Test
    void aFolderWhosePathHoldsASemicolonIsRefusedAndNoSqlRuns() {
        Path outside = dataDir.resolve("outside");
        Path injected = dataDir.resolve("x;INIT=CREATE TABLE T(A INT)\\;SET DB_CLOSE_DELAY=0");

        int code = run("--data-dir", injected.toString(), "status");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("its path contains \";\"").doesNotContain("Exception");
        assertThat(Files.exists(injected)).isFalse();
        assertThat(Files.exists(outside)).isFalse();
        try (var files = java.util.stream.Stream.of(dataDir.toFile().list())) {
            assertThat(files.filter(n -> n.endsWith(".mv.db"))).isEmpty();
        }
    }

    @Test
    void exportRefusesWhatIsNotARegularFileInWords() throws Exception {
        Path folder = Files.createDirectory(dataDir.resolve("a-folder"));
        assertThat(run("--data-dir", dataDir.resolve("j").toString(), "export", "--out", "/")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("could not write /: ").contains("not a regular file").doesNotContain("Exception");
        assertThat(run("--data-dir", dataDir.resolve("j").toString(), "export", "--out", folder.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains(folder + " is a folder, not a regular file");
        assertThat(run("--data-dir", dataDir.resolve("j").toString(), "export", "--out", "/dev/null"))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("/dev/null is a device or special file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        Path real = Files.writeString(dataDir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dataDir.resolve("link.json"), real);
        assertThat(run("--data-dir", dataDir.resolve("j").toString(), "export", "--out", link.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains(link + " is a symbolic link");
        assertThat(Files.readString(real)).isEqualTo("old");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anExportIsPrivateAndWrittenBesideThenRenamed() throws Exception {
        Path file = dataDir.resolve("out/new/backup.json");

        assertThat(run("--data-dir", dataDir.resolve("j").toString(), "export", "--out", file.toString()))
                .as(err()).isEqualTo(Cli.OK);

        assertThat(Files.readString(file)).contains("carnet-backup");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("backup.json");
        }
    }

    @Test
    void aCsvExportToAReadOnlyFolderNamesTheFolderNotTheJournal() throws Exception {
        Path folder = Files.createDirectory(dataDir.resolve("locked"));
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as root");

        int code = run("--data-dir", dataDir.resolve("j").toString(), "export-csv", "--out-dir", folder.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("could not write " + folder.resolve("days.csv").toAbsolutePath())
                .contains("the folder " + folder + " cannot be written to").doesNotContain("the journal", ".part");
    }

    @Test
    void repeatedCommandOptionsAreRefusedLikeRepeatedGlobals() {
        String journal = dataDir.resolve("j").toString();
        assertThat(run("--data-dir", journal, "export", "--out", "a.json", "--out", "b.json")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--out is given twice");
        assertThat(run("--data-dir", journal, "import", "--in", "a.json", "--replace", "--replace"))
                .isEqualTo(Cli.USAGE);
        assertThat(run("--data-dir", journal, "export-csv", "--out-dir", "d", "--from", "2026-01-01", "--from",
                "2026-01-02")).isEqualTo(Cli.USAGE);
        assertThat(run("--data-dir", journal, "report", "--from", "2026-01-01", "--from", "2026-01-02", "--to",
                "2026-02-01", "--out", "r.pdf")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--from is given twice");
    }

    @Test
    void aCommandsUsageErrorPointsToThatCommandsHelp() {
        String journal = dataDir.resolve("j").toString();
        assertThat(run("--data-dir", journal, "export", "--bogus")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("Try `carnet export --help` for its options.");
        errBytes.reset();
        assertThat(run("--data-dir", journal, "export-csv", "--out-dir", "d", "--from", "tomorrow"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("Try `carnet export-csv --help` for its options.");
        errBytes.reset();
        assertThat(run("--data-dir", journal, "report", "--since", "2026-01-01")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("Try `carnet report --help` for its options.");
    }

    @Test
    void aReportPeriodOverAYearIsAUsageError() {
        int code = run("--data-dir", dataDir.resolve("j").toString(), "report", "--from", "2025-01-01", "--to",
                "2026-01-02", "--out", dataDir.resolve("r.pdf").toString());

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("is 367 days; a report covers at most 366 days");
        assertThat(run("--data-dir", dataDir.resolve("j").toString(), "report", "--from", "2025-01-02", "--to",
                "2026-01-02", "--out", dataDir.resolve("r.pdf").toString())).isNotEqualTo(Cli.USAGE);
    }
}
