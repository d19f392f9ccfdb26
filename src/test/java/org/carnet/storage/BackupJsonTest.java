package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carnet.exchange.Backup;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportProblem;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON backup through the real database: round trip, merge, replace, and the refusals. */
class BackupJsonTest {
    @TempDir
    Path dir;
    private Database database;
    private BackupJson json;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("db"));
        json = new BackupJson(new JdbcBackupRepository(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String sampleJson() {
        // Written by a second, throw-away journal so the text is what an export really produces.
        try (Database other = Database.open(dir.resolve("sample"))) {
            BackupJson sample = new BackupJson(new JdbcBackupRepository(other));
            new JdbcBackupRepository(other).write(BackupSamples.small(), ImportMode.REPLACE);
            return sample.export();
        }
    }

    @Test
    void exportThenImportIntoAnEmptyJournalGivesTheSameJson() throws Exception {
        String exported = sampleJson();
        Path file = dir.resolve("backup.json");
        Files.writeString(file, exported);

        ImportResult result = json.importFrom(file, ImportMode.MERGE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.added("checkIns")).isEqualTo(20);
        assertThat(result.added("products")).isEqualTo(3);
        assertThat(json.export()).isEqualTo(exported);
        assertThat(exported).contains("\"format\": \"carnet-backup\"", CURRENT, "\"labResults\": [", "\"archived\": true",
                "\"headache\": true", "\"headacheWorstSeverity\": 5", "\"weightKg\": 70.5",
                "Eau de Hépar", "\"day\": \"2026-01-01\"", "\"takenAt\": \"2026-01-01T08:00\"");
    }

    @Test
    void exportToAFileWritesTheWholeJournal() throws Exception {
        json.importText(sampleJson(), ImportMode.REPLACE);
        Path file = dir.resolve("out.json");
        json.exportTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json.export());
    }

    @Test
    void mergeKeepsWhatIsThereAndCountsTheSkipped() {
        String backup = sampleJson();
        JdbcJournalRepository journal = new JdbcJournalRepository(database);
        LocalDate first = LocalDate.of(2026, 1, 1);
        journal.saveCheckIn(new CheckIn(first, 9, 9, true, null, null, null, null, null, null, null, null, "mine"));
        // A product at id 1 with another name: the backup's product 1 is new and must get a new id.
        long mine = new JdbcIntakeRepository(database).saveProduct(new Product(null, "My own Mg",
                MagnesiumForm.CITRATE, 100.0, null, null, null, null)).id();
        assertThat(mine).isEqualTo(1);

        ImportResult result = json.importText(backup, ImportMode.MERGE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.skipped("checkIns")).isEqualTo(1);
        assertThat(result.added("checkIns")).isEqualTo(19);
        assertThat(result.added("products")).isEqualTo(3);
        assertThat(journal.findCheckIn(first).orElseThrow().notes()).isEqualTo("mine");
        Backup after = new JdbcBackupRepository(database).readAll();
        long bisglycinate = after.products().stream().filter(p -> p.name().startsWith("Magnésium")).findFirst()
                .orElseThrow().id();
        assertThat(bisglycinate).isNotEqualTo(1L);
        assertThat(after.supplementIntakes()).extracting(Backup.SupplementIntakeRow::productId)
                .doesNotContain(1L).contains(bisglycinate);
        assertThat(after.protocols().get(0).doses().get(0).productId()).isEqualTo(bisglycinate);

        ImportResult again = json.importText(backup, ImportMode.MERGE);
        assertThat(again.problems()).isEmpty();
        assertThat(again.added()).as("a second merge adds nothing new").isEmpty();
        assertThat(again.skipped("episodes")).isEqualTo(after.episodes().size());
        assertThat(again.skipped("supplementIntakes")).isEqualTo(BackupSamples.small().supplementIntakes().size());
    }

    @Test
    void replaceReplacesEverythingAndKeepsIds() {
        String backup = sampleJson();
        new JdbcJournalRepository(database).saveCheckIn(new CheckIn(LocalDate.of(2020, 5, 5), 1, null, null, null,
                null, null, null, null, null, null, null, null));
        new JdbcIntakeRepository(database).saveProduct(new Product(null, "Gone", null, null, null, null, null, null));

        ImportResult result = json.importText(backup, ImportMode.REPLACE);

        assertThat(result.problems()).isEmpty();
        assertThat(json.export()).isEqualTo(backup);
        // Identities moved past the imported ids: a new record after a REPLACE does not collide.
        Product next = new JdbcIntakeRepository(database).saveProduct(new Product(null, "New", null, null, null,
                null, null, null));
        assertThat(next.id()).isGreaterThan(5);
    }

    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages FRENCH = new Messages(Language.FRENCH);

    private static List<String> english(ImportResult result) {
        return result.problems().stream().map(p -> ImportProblems.describe(ENGLISH, p)).toList();
    }

    @Test
    void referenceErrorsNameTheRecordAndField() {
        String backup = sampleJson().replaceFirst("\"productId\": 2,", "\"productId\": 99,")
                .replaceFirst("\"fatigue\": 0,", "\"fatigue\": 11,");
        String before = json.export();

        ImportResult result = json.importText(backup, ImportMode.REPLACE);

        assertThat(result.ok()).isFalse();
        ImportProblem fatigue = result.problems().stream().filter(p -> p.path().equals("checkIns[0].fatigue"))
                .findFirst().orElseThrow();
        assertThat(fatigue).isEqualTo(new ImportProblem("range", "checkIns[0]", "fatigue", List.of(0, 10, "11"), 0, 0));
        assertThat(english(result)).contains("checkIns[0].fatigue (check-in no. 1): allowed 0 to 10, found 11");
        assertThat(ImportProblems.describe(FRENCH, fatigue))
                .isEqualTo("checkIns[0].fatigue (bilan du jour n° 1) : valeur autorisée de 0 à 10 ; trouvé : 11");
        ImportProblem product = result.problems().stream().filter(p -> p.code().equals("missingReference"))
                .findFirst().orElseThrow();
        assertThat(product.record()).matches("supplementIntakes\\[\\d+]");
        assertThat(product.field()).isEqualTo("productId");
        assertThat(product.args()).containsExactly("products", 99L);
        assertThat(english(result)).anyMatch(e -> e.matches(
                "supplementIntakes\\[\\d+]\\.productId \\(supplement intake no\\. \\d+\\): no products record has id 99"));
        assertThat(json.export()).isEqualTo(before);
    }

    /** The version line of the files this version writes. */
    static final String CURRENT = "\"version\": " + Backup.VERSION + ",";

    @Test
    void aNewerFormatVersionIsRefusedClearly() {
        int newer = Backup.VERSION + 1;
        ImportResult result = json.importText(sampleJson().replace(CURRENT, "\"version\": " + newer + ","),
                ImportMode.MERGE);
        assertThat(result.codes()).containsExactly("newerVersion");
        assertThat(english(result)).singleElement().asString().startsWith("version: ").contains(
                "newer version of Carnet (format version " + newer + "); this version reads up to " + Backup.VERSION);
    }

    @Test
    void aVersionOneFileWithoutQuestionsStillImports() {
        String v1 = withoutVersion3Fields(withoutVersion5Fields(withoutLabResults(sampleJson())))
                .replace(CURRENT, "\"version\": 1,")
                .replaceAll("(?s),\\s*\"question\": \\{[^}]*}", "")
                .replaceAll("(?s),\\s*\"onOff\": \\{[^}]*}", "");
        assertThat(v1).doesNotContain("\"question\"", "\"onOff\"").contains("\"version\": 1,");
        ImportResult result = json.importText(v1, ImportMode.MERGE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added("protocols")).isEqualTo(2);
        assertThat(json.export()).doesNotContain("\"question\"").contains(CURRENT);
    }

    /** The sample without what version 5 added: the label each supplement intake was logged with. */
    static String withoutVersion5Fields(String json) {
        return json.replaceAll("(?s),\\s*\"label\": \\{[^}]*}", "");
    }

    /** The sample as a version 2 file: the check-ins without the fields version 3 added. */
    private static String withoutVersion3Fields(String json) {
        return json.replaceAll(",\\s*\"(headache|headacheWorstSeverity|noiseLightSensitivity|weightKg)\": [^,\\n}]+", "");
    }

    /** The sample as a file from before version 4: no laboratory results table (nor the later own symptoms). */
    static String withoutLabResults(String json) {
        return withoutOwnSymptoms(json).replaceAll(LAB_RESULTS, "");
    }

    /** The sample as a file from before version 6: no own symptoms tables (the sample has none). */
    static String withoutOwnSymptoms(String json) {
        return json.replaceAll("(?s),\\s*\"ownSymptoms\": \\[],\\s*\"ownSymptomValues\": \\[]", "");
    }

    /** The sample with an empty laboratory results table, as a journal without results exports it. */
    static String withEmptyLabResults(String json) {
        return json.replaceAll("(?s)\"labResults\": \\[(]|.*?\\n  ])", "\"labResults\": []");
    }

    private static final String LAB_RESULTS = "(?s),\\s*\"labResults\": \\[(]|.*?\\n  ])";

    @Test
    void aVersionTwoFileImportsUnchanged() {
        String v2 = withoutVersion3Fields(withoutVersion5Fields(withoutLabResults(sampleJson())))
                .replace(CURRENT, "\"version\": 2,");
        assertThat(v2).doesNotContain("\"label\"");
        assertThat(v2).contains("\"version\": 2,").doesNotContain("headache", "weightKg", "noiseLightSensitivity",
                "labResults");
        ImportResult result = json.importText(v2, ImportMode.REPLACE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added("checkIns")).isEqualTo(20);
        // Exported again, it is the same journal in the current version, with nothing added to its days; each
        // supplement intake has the label of its product, and there are no laboratory results.
        assertThat(withoutOwnSymptoms(json.export()))
                .isEqualTo(withoutOwnSymptoms(withEmptyLabResults(withoutVersion3Fields(sampleJson()))));
    }

    @Test
    void aHeadacheSeverityOnADayWithoutHeadacheIsRefused() {
        String bad = sampleJson().replaceFirst("\"headache\": false", "\"headache\": false, \"headacheWorstSeverity\": 4");
        ImportResult result = json.importText(bad, ImportMode.MERGE);
        assertThat(result.codes()).containsExactly("headacheSeverityWithoutHeadache");
    }

    @Test
    void aBadOnOffScheduleIsRefusedWithItsField() {
        ImportResult result = json.importText(sampleJson().replace("\"10011001\"", "\"11001001\""),
                ImportMode.MERGE);
        assertThat(result.codes()).containsExactly("schedule");
        assertThat(english(result)).singleElement().asString().contains("protocols[0].onOff.schedule")
                .contains("is not a schedule of on/off pairs");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        String good = sampleJson();
        String before = json.export();
        assertThat(good).contains("\"fatigue\": ");
        ImportResult twice = json.importText(good.replaceFirst("\"fatigue\": ", "\"fatigue\": 11, \"fatigue\": "),
                ImportMode.MERGE);
        assertThat(twice.codes()).containsExactly("duplicateKey");
        assertThat(english(twice)).singleElement().asString().startsWith("checkIns[0]")
                .contains("The key \"fatigue\" is given twice");
        ImportResult format = json.importText(good.replaceFirst("\\{", "{\"format\": \"x\","), ImportMode.MERGE);
        assertThat(english(format)).singleElement().asString().contains("\"format\" is given twice");
        ImportResult arrays = json.importText(good.replaceFirst("\\{", "{\"checkIns\": [],"), ImportMode.REPLACE);
        assertThat(arrays.codes()).containsExactly("duplicateKey");
        assertThat(json.export()).isEqualTo(before);
        assertThat(json.importText(good, ImportMode.MERGE).problems()).isEmpty();
    }

    @Test
    void runningOutOfMemoryOrDiskIsToldInWords() {
        java.io.InputStream exhausting = new java.io.InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ImportResult memory = json.importFrom(exhausting, ImportMode.MERGE);
        assertThat(english(memory)).singleElement().asString().contains("not enough memory")
                .doesNotContain("Java heap space");
        java.io.InputStream full = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        assertThat(english(json.importFrom(full, ImportMode.MERGE))).singleElement().asString()
                .contains("the disk is full");
    }

    @Test
    void brokenFilesGiveClearErrors() {
        String good = sampleJson();
        ImportResult half = json.importText(good.substring(0, good.length() / 2), ImportMode.MERGE);
        assertThat(half.codes()).containsExactly("truncated");
        assertThat(english(half)).singleElement().asString().contains("The file ends too early: is it complete?")
                .containsPattern("\\(line \\d+, column \\d+\\)$");
        ImportResult notUtf8 = json.importBytes(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}, ImportMode.MERGE);
        assertThat(english(notUtf8)).containsExactly("The file is not valid UTF-8 text, so it is not a Carnet backup.");
        assertThat(json.importText("[".repeat(100_000), ImportMode.MERGE).codes()).containsExactly("notAnObject");
        assertThat(json.importText("{\"x\":" + "[".repeat(100_000), ImportMode.MERGE).codes())
                .containsExactly("tooDeep");
        ImportResult huge = json.importText(good.replaceFirst("\"crampCount\": 0", "\"crampCount\": 1e400"),
                ImportMode.MERGE);
        assertThat(huge.codes()).containsExactly("numberTooLarge");
        assertThat(huge.problems().get(0).field()).isEqualTo("crampCount");
        ImportResult badDay = json.importText(good.replaceFirst("\"day\": \"2026-01-02\"", "\"day\": \"2026-02-30\""),
                ImportMode.MERGE);
        assertThat(badDay.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("badDate");
            assertThat(p.path()).isEqualTo("checkIns[1].day");
        });
        assertThat(english(badDay)).singleElement().asString()
                .startsWith("checkIns[1].day (check-in no. 2): \"2026-02-30\" is not a valid date (YYYY-MM-DD) (line ");
        assertThat(english(json.importText("", ImportMode.MERGE))).containsExactly("The file is empty.");
        assertThat(english(json.importText("{\"format\":\"something-else\"}", ImportMode.MERGE)))
                .containsExactly("format: expected \"carnet-backup\", found \"something-else\" (this is not a Carnet backup)");
        assertThat(json.importFrom(dir.resolve("missing.json"), ImportMode.MERGE).codes()).containsExactly("noSuchFile");
        assertThat(json.export()).isEqualTo(new BackupJson(new JdbcBackupRepository(database)).export());
    }

    @Test
    void theExampleOfTheFormatDocumentImports() throws Exception {
        String doc = Files.readString(Path.of("docs/backup-format.md"));
        String example = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));

        ImportResult result = json.importText(example, ImportMode.REPLACE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.added("supplementIntakes")).isEqualTo(1);
        assertThat(result.added("protocols")).isEqualTo(1);
    }

    /** Timing of a 10-year journal; run with -Dcarnet.backup.timing=true. */
    @Test
    void tenYearJournalTiming() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("carnet.backup.timing"));
        Backup tenYears = BackupSamples.journal(LocalDate.of(2016, 1, 1), 3653);
        JdbcBackupRepository store = new JdbcBackupRepository(database);
        long t0 = System.nanoTime();
        store.write(tenYears, ImportMode.REPLACE);
        long t1 = System.nanoTime();
        String exported = json.export();
        long t2 = System.nanoTime();
        ImportResult replace = json.importText(exported, ImportMode.REPLACE);
        long t3 = System.nanoTime();
        ImportResult merge = json.importText(exported, ImportMode.MERGE);
        long t4 = System.nanoTime();
        assertThat(replace.problems()).isEmpty();
        assertThat(merge.added()).isEmpty();
        System.err.printf("10-year journal: %d bytes; seed %d ms, export %d ms, import REPLACE %d ms, "
                        + "import MERGE (all skipped) %d ms%n", exported.length(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }
}
