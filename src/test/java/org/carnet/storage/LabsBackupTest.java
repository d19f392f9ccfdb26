package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carnet.exchange.Backup;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 4 of the backup: the laboratory results go out and come back as typed; older files import unchanged. */
class LabsBackupTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    @TempDir
    Path dir;
    private Database database;
    private BackupJson json;
    private JdbcLabRepository labs;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("db"));
        json = new BackupJson(new JdbcBackupRepository(database));
        labs = new JdbcLabRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String sampleJson() {
        try (Database other = Database.open(dir.resolve("sample"))) {
            new JdbcBackupRepository(other).write(BackupSamples.small(), ImportMode.REPLACE);
            return new BackupJson(new JdbcBackupRepository(other)).export();
        }
    }

    @Test
    void resultsGoOutAsTypedAndComeBackTheSame() {
        String exported = sampleJson();
        assertThat(exported).contains("\"labResults\": [", "\"test\": \"SERUM_MAGNESIUM\"", "\"value\": 1.9",
                "\"unit\": \"MG_DL\"", "\"rangeLow\": 1.7", "\"rangeHigh\": 2.2");

        ImportResult result = json.importText(exported, ImportMode.MERGE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.added("labResults")).isEqualTo(3);
        assertThat(json.export()).isEqualTo(exported);
        LabResult magnesium = labs.findAll().stream().filter(r -> r.test() == LabTest.SERUM_MAGNESIUM).findFirst()
                .orElseThrow();
        // Stored in mmol/L, shown again in the mg/dL typed.
        assertThat(magnesium.unit()).isEqualTo(LabUnit.MG_DL);
        assertThat(magnesium.value()).isEqualTo(1.9);
        assertThat(magnesium.canonicalValue()).isCloseTo(1.9 / 2.431, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(labs.findAll().stream().filter(LabResult::belowRange).map(LabResult::test))
                .containsExactly(LabTest.POTASSIUM);
    }

    @Test
    void aSecondMergeSkipsTheResultsAlreadyThere() {
        String exported = sampleJson();
        labs.save(new LabResult(null, LabTest.CALCIUM, START, 2.3, LabUnit.MMOL_L, 2.2, 2.6));
        json.importText(exported, ImportMode.MERGE);

        ImportResult again = json.importText(exported, ImportMode.MERGE);

        assertThat(again.problems()).isEmpty();
        assertThat(again.added()).isEmpty();
        assertThat(again.skipped("labResults")).isEqualTo(3);
        assertThat(labs.findAll()).hasSize(4);
    }

    @Test
    void aVersionThreeFileImportsUnchangedAndAReplaceWithItKeepsTheResults() {
        String v3 = BackupJsonTest.withoutVersion5Fields(BackupJsonTest.withoutLabResults(sampleJson()))
                .replace(BackupJsonTest.CURRENT, "\"version\": 3,");
        assertThat(v3).contains("\"version\": 3,").doesNotContain("labResults", "\"label\"");
        ImportResult result = json.importText(v3, ImportMode.MERGE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added("checkIns")).isEqualTo(20);
        assertThat(result.added("labResults")).isZero();
        // Exported again: the same journal in the current version (each intake with its product's label), no results.
        assertThat(json.export()).isEqualTo(BackupJsonTest.withEmptyLabResults(sampleJson()));

        // A file from before results knows nothing of them: replacing the journal with it keeps the person's.
        LabResult mine = labs.save(new LabResult(null, LabTest.CTX, START, 350.0, LabUnit.PG_ML, null, 600.0));
        assertThat(json.importText(v3, ImportMode.REPLACE).problems()).isEmpty();
        assertThat(labs.findAll()).containsExactly(mine);
        // A version 4 file replaces them with its own.
        assertThat(json.importText(sampleJson(), ImportMode.REPLACE).problems()).isEmpty();
        assertThat(labs.findAll()).hasSize(3).doesNotContain(mine);
        assertThat(labs.save(new LabResult(null, LabTest.CTX, START, 300.0, LabUnit.PG_ML, null, null)).id())
                .as("identities moved past the imported ids").isGreaterThan(4);
    }

    @Test
    void badResultsAreRefusedByFieldAndNothingIsWritten() {
        String before = json.export();
        String bad = sampleJson()
                .replace("\"value\": 3.2", "\"value\": -3.2")
                .replace("\"rangeLow\": 1.7", "\"rangeLow\": 2.7")
                .replace("\"value\": 24.5", "\"value\": 24500000.0");

        ImportResult result = json.importText(bad, ImportMode.MERGE);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(p -> p.path() + ":" + p.code()).contains(
                "labResults[0].value:labNegative", "labResults[1].rangeLow:labRangeOrder",
                "labResults[2].value:labImplausible");
        List<String> words = result.problems().stream()
                .map(p -> ImportProblems.describe(new Messages(Language.ENGLISH), p)).toList();
        assertThat(words).contains("labResults[0].value (laboratory result no. 1): a laboratory value is never negative",
                "labResults[2].value (laboratory result no. 3): a thousand times outside anything a laboratory prints in ng/mL");
        assertThat(ImportProblems.describe(new Messages(Language.FRENCH), result.problems().get(0)))
                .contains("résultat d’analyse n° 1", "jamais négative");
        assertThat(json.export()).isEqualTo(before);

        String wrongUnit = sampleJson().replace("\"unit\": \"MG_DL\"", "\"unit\": \"PG_ML\"")
                .replace("\"test\": \"POTASSIUM\"", "\"test\": \"SODIUM\"");
        assertThat(json.importText(wrongUnit, ImportMode.MERGE).problems())
                .extracting(p -> p.path() + ":" + p.code())
                .contains("labResults[0].test:notOneOf", "labResults[1].unit:labUnit");
        assertThat(labs.findAll()).isEmpty();
    }

    @Test
    void theVersionFourExampleOfTheFormatDocumentImports() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("docs/backup-format.md"));
        int section = doc.indexOf("## Version 4");
        int start = doc.indexOf("```json", section) + 7;
        ImportResult result = json.importText(doc.substring(start, doc.indexOf("```", start)), ImportMode.REPLACE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.added("labResults")).isEqualTo(3);
        assertThat(labs.findAll()).filteredOn(LabResult::belowRange).extracting(LabResult::test)
                .containsExactlyInAnyOrder(LabTest.POTASSIUM, LabTest.VITAMIN_D_25OH);
    }

    @Test
    void resultsCameWithVersionFour() {
        assertThat(Backup.LAB_RESULTS_SINCE).isEqualTo(4);
        assertThat(Backup.VERSION).isGreaterThanOrEqualTo(Backup.LAB_RESULTS_SINCE);
    }
}
