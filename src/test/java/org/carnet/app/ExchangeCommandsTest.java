package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.LogManager;
import org.carnet.journal.CheckIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, import and export-csv from the command line, with their exit codes. */
class ExchangeCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void closeLog() {
        LogManager.getLogManager().reset();
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), AppHarness.CLOCK).run(CommandLine.parse(args));
    }

    private Path journalWithDays(String name, int days) {
        Path data = dir.resolve(name);
        try (Services services = Services.open(data, AppHarness.CLOCK)) {
            for (int i = 0; i < days; i++) {
                services.journal().save(new CheckIn(AppHarness.TODAY.minusDays(i), i, null, null, 4, 7.5, null, 3,
                        null, null, null, Set.of(), i == 0 ? "note, with \"quotes\"" : null));
            }
        }
        return data;
    }

    @Test
    void anExportedJournalImportsIntoAnEmptyOne() throws Exception {
        Path source = journalWithDays("source", 5);
        Path file = dir.resolve("backup.json");
        assertThat(run("--data-dir", source.toString(), "export", "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("carnet-backup");

        Path target = dir.resolve("target");
        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("checkIns: 5 added");
        try (Services services = Services.open(target, AppHarness.CLOCK)) {
            assertThat(services.journal().listDays()).hasSize(5);
        }
    }

    @Test
    void theImportListsEveryTableInTheFormatsOrderWithAddedAndAlreadyThere() throws Exception {
        Path source = journalWithDays("source", 3);
        Path file = dir.resolve("backup.json");
        assertThat(run("--data-dir", source.toString(), "export", "--out", file.toString())).isZero();
        Path target = dir.resolve("target");
        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString())).isZero();
        out.reset();

        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString())).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertThat(lines).containsExactly("  profile: 0 added, 0 already there", "  products: 0 added, 0 already there",
                "  medications: 0 added, 0 already there", "  customFoods: 0 added, 0 already there",
                "  checkIns: 0 added, 3 already there", "  episodes: 0 added, 0 already there",
                "  foodIntakes: 0 added, 0 already there", "  supplementIntakes: 0 added, 0 already there",
                "  medicationIntakes: 0 added, 0 already there", "  routine: 0 added, 0 already there",
                "  favouriteFoods: 0 added, 0 already there", "  protocols: 0 added, 0 already there",
                "  labResults: 0 added, 0 already there", "  ownSymptoms: 0 added, 0 already there",
                "  ownSymptomValues: 0 added, 0 already there");
    }

    @Test
    void aFoodCodeTheTableDoesNotHoldIsImportedWithAWarningNamingItAndItsDays() throws Exception {
        Path target = dir.resolve("target");
        Path file = dir.resolve("unknown-food.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 6, \"foodIntakes\": ["
                + "{\"id\": 1, \"takenAt\": \"2026-03-01T08:00\", \"foodCode\": \"20047\", \"grams\": 100.0},"
                + "{\"id\": 2, \"takenAt\": \"2026-03-01T12:00\", \"foodCode\": \"19024\", \"grams\": 250.0}]}");
        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("foodIntakes: 2 added");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("carnet: Food code 20047 is not in Carnet’s "
                + "Ciqual table: imported as it is (1 day: 01/03/2026); it shows as an unknown food").doesNotContain("19024");
        err.reset();
        assertThat(run("--data-dir", dir.resolve("target-fr").toString(), "import", "--in", file.toString(),
                "--lang", "fr")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Le code d’aliment 20047 n’est pas dans la table "
                + "Ciqual de Carnet");
    }

    @Test
    void aBrokenFileIsRefusedAndTheJournalIsUnchanged() throws Exception {
        Path target = journalWithDays("target", 2);
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": [");
        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was imported");
        try (Services services = Services.open(target, AppHarness.CLOCK)) {
            assertThat(services.journal().listDays()).hasSize(2);
        }
    }

    @Test
    void problemsNameTheRecordAndFieldInEnglishByDefaultOrInFrench() throws Exception {
        Path target = journalWithDays("target", 1);
        Path file = dir.resolve("quoted.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": "
                + "[{\"day\": \"2026-03-01\", \"fatigue\": \"4\"}]}");

        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("carnet: nothing was imported; the file has 1 problem:\n"
                + "  checkIns[0].fatigue (check-in no. 1): expected a whole number, found the text \"4\": write it "
                + "without quotes (line 1, column ");

        err.reset();
        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString(), "--lang", "fr"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("carnet: rien n’a été importé ; le fichier a 1 "
                + "problème :\n  checkIns[0].fatigue (bilan du jour n° 1) : attendu : un nombre entier ; trouvé : le "
                + "texte « 4 », à écrire sans guillemets (ligne 1, colonne ");

        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString(), "--lang", "de"))
                .isEqualTo(2);
        try (Services services = Services.open(target, AppHarness.CLOCK)) {
            assertThat(services.journal().listDays()).hasSize(1);
        }
    }

    @Test
    void manyProblemsAreCountedAndTheFirstTwentyListed() throws Exception {
        Path target = journalWithDays("target", 1);
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            days.append(i == 0 ? "" : ",").append("{\"day\": \"").append(AppHarness.TODAY.minusDays(100 + i))
                    .append("\", \"fatigue\": 11}");
        }
        Path file = dir.resolve("many.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": [" + days + "]}");

        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString())).isEqualTo(1);

        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("the file has 60 problems:", "  checkIns[19].fatigue (check-in no. 20): allowed 0 to "
                + "10, found 11\n  … and 40 more problems not shown").doesNotContain("checkIns[20]");
    }

    @Test
    void aRefusedReplaceMakesNoBackup() throws Exception {
        Path target = journalWithDays("target", 3);
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": [");
        assertThat(run("--data-dir", target.toString(), "status")).isZero();
        long backupsBefore = backups(target);
        for (int i = 0; i < 3; i++) {
            assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString(), "--replace"))
                    .isEqualTo(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Backup of the journal");
        assertThat(backups(target)).isEqualTo(backupsBefore);
        try (Services services = Services.open(target, AppHarness.CLOCK)) {
            assertThat(services.journal().listDays()).hasSize(3);
        }
    }

    private static long backups(Path data) throws java.io.IOException {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void replaceMakesABackupFirst() throws Exception {
        Path source = journalWithDays("source", 1);
        Path file = dir.resolve("backup.json");
        run("--data-dir", source.toString(), "export", "--out", file.toString());
        Path target = journalWithDays("target", 3);
        assertThat(run("--data-dir", target.toString(), "import", "--in", file.toString(), "--replace")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backup of the journal before replacing it");
        try (Services services = Services.open(target, AppHarness.CLOCK)) {
            assertThat(services.journal().listDays()).hasSize(1);
        }
    }

    @Test
    void csvFilesAreWritten() {
        Path source = journalWithDays("source", 3);
        Path csv = dir.resolve("csv");
        assertThat(run("--data-dir", source.toString(), "export-csv", "--out-dir", csv.toString())).isZero();
        assertThat(csv.resolve("days.csv")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 days");
    }

    @Test
    void missingOrUnknownArgumentsAreUsageErrors() {
        assertThat(run("--data-dir", dir.toString(), "export")).isEqualTo(2);
        assertThat(run("--data-dir", dir.toString(), "import", "--in")).isEqualTo(2);
        assertThat(run("--data-dir", dir.toString(), "export-csv", "--out-dir", "x", "--from", "2026-13-01"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export needs --out");
    }

    @Test
    void aDamagedJournalIsToldInWordsWithTheNewestBackupThatOpensAndTheCauseInTheLog() throws Exception {
        Path data = journalWithDays("damaged", 4);
        try (Services services = Services.open(data, AppHarness.CLOCK)) {
            services.backupNow();
        }
        Path file = data.resolve("carnet.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        int code = run("--data-dir", data.toString(), "status");

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(said).contains("exists but cannot be opened").contains("holding 4 day(s)")
                .contains("made on " + AppHarness.TODAY).doesNotContain("Exception", "\tat ");
        LogManager.getLogManager().reset();
        assertThat(Files.readString(data.resolve(Logging.FILE_NAME))).contains("cannot be opened")
                .containsPattern("(?s)Exception.*\\bat org\\.");
        assertThat(Files.readAllBytes(file)).as("the damaged file is left as it was").isEqualTo(garbage);
        assertThat(Files.exists(data.resolve(".probing"))).isFalse();
    }
    @Test
    void anOptionWithoutItsValueSaysSoAndChangesNothing() throws Exception {
        Path data = journalWithDays("journal", 2);
        for (String[] args : List.of(new String[] {"export", "--out"}, new String[] {"import", "--in"},
                new String[] {"import", "--in", "--replace"}, new String[] {"export-csv", "--out-dir"},
                new String[] {"export-csv", "--out-dir", "--from", "2026-01-01"})) {
            err.reset();
            String[] full = new String[args.length + 2];
            full[0] = "--data-dir";
            full[1] = data.toString();
            System.arraycopy(args, 0, full, 2, args.length);
            assertThat(run(full)).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
                    .contains(args[0] + ": " + args[1] + " needs a value");
        }
        try (Services services = Services.open(data, AppHarness.CLOCK)) {
            assertThat(services.journal().listDays()).hasSize(2);
        }
    }

    @Test
    void importingAFolderSaysItIsAFolder() {
        Path data = journalWithDays("journal", 1);
        assertThat(run("--data-dir", data.toString(), "import", "--in", dir.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(dir + " is a folder; give the backup file itself");
    }

    @Test
    void aCsvFolderThatIsAFileSaysWhy() throws Exception {
        Path data = journalWithDays("journal", 1);
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(run("--data-dir", data.toString(), "export-csv", "--out-dir", file.toString()))
                .isEqualTo(Cli.FAILED);
        // It said "could not write …/notes.txt: …/notes.txt. Nothing was changed there.", without a reason.
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }
}
