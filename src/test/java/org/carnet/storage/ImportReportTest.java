package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportProblem;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import says: every table, in the format's order, with added and skipped; a JSON mistake where it is. */
class ImportReportTest {
    /** The tables as docs/backup-format.md lists them. */
    static final List<String> FORMAT_ORDER = List.of("profile", "products", "medications", "customFoods", "checkIns",
            "episodes", "foodIntakes", "supplementIntakes", "medicationIntakes", "routine", "favouriteFoods",
            "protocols", "labResults", "ownSymptoms", "ownSymptomValues");
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

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

    private String sample() {
        try (Database other = Database.open(dir.resolve("sample"))) {
            new JdbcBackupRepository(other).write(BackupSamples.small(), ImportMode.REPLACE);
            return new BackupJson(new JdbcBackupRepository(other)).export();
        }
    }

    @Test
    void everyTableIsListedInTheFormatsOrderWithAddedAndSkipped() {
        String backup = sample();
        ImportResult first = json.importText(backup, ImportMode.MERGE);
        ImportResult again = json.importText(backup, ImportMode.MERGE);

        for (ImportResult result : List.of(first, again)) {
            assertThat(result.tables()).extracting(ImportResult.TableCount::table)
                    .containsExactlyElementsOf(FORMAT_ORDER);
        }
        assertThat(first.tables()).filteredOn(t -> t.table().equals("checkIns"))
                .singleElement().satisfies(t -> assertThat(t.added()).isPositive());
        // The second time nothing is new: every table says 0 added and how many were already there.
        assertThat(again.tables()).allSatisfy(t -> assertThat(t.added()).isZero());
        assertThat(again.tables()).filteredOn(t -> t.table().equals("checkIns")).singleElement()
                .satisfies(t -> assertThat(t.skipped()).isEqualTo(first.added("checkIns")));
    }

    @Test
    void aTableLeftOutOfTheFileIsStillListedWithNothingAddedOrSkipped() {
        ImportResult result = json.importText("{\"format\": \"carnet-backup\", \"version\": 1, \"checkIns\": "
                + "[{\"day\": \"2026-01-01\", \"fatigue\": 3}]}", ImportMode.MERGE);

        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        assertThat(result.tables()).hasSize(FORMAT_ORDER.size());
        assertThat(result.tables().get(FORMAT_ORDER.indexOf("checkIns")))
                .isEqualTo(new ImportResult.TableCount("checkIns", 1, 0));
        assertThat(result.tables().get(FORMAT_ORDER.indexOf("protocols")))
                .isEqualTo(new ImportResult.TableCount("protocols", 0, 0));
    }

    @Test
    void aTrailingCommaIsReportedWhereItIsNotAsAFileEndingEarly() {
        String text = "{\n  \"format\": \"carnet-backup\",\n  \"version\": 1,\n  \"checkIns\": [\n"
                + "    {\"day\": \"2026-01-01\", \"fatigue\": 3},\n  ]\n}\n";

        ImportResult result = json.importText(text, ImportMode.MERGE);

        assertThat(result.codes()).containsExactly("trailingComma");
        ImportProblem problem = result.problems().get(0);
        // The comma after the last check-in: line 5, column 45.
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isEqualTo(text.split("\n")[4].lastIndexOf(',') + 1);
        assertThat(ImportProblems.describe(ENGLISH, problem)).doesNotContain("ends too early")
                .contains("comma").contains("line 5");
    }

    @Test
    void aTrailingCommaBeforeTheLastBraceIsNotTakenForTheEndOfTheFile() {
        ImportResult result = json.importText("{\"format\": \"carnet-backup\", \"version\": 1,}", ImportMode.MERGE);

        assertThat(result.codes()).containsExactly("trailingComma");
        assertThat(result.problems().get(0).column()).isEqualTo(41);
    }

    @Test
    void aMissingCommaSaysWhereAndAFileCutShortStillSaysSo() {
        ImportResult missing = json.importText("{\"format\": \"carnet-backup\"\n \"version\": 1}", ImportMode.MERGE);
        assertThat(missing.codes()).containsExactly("malformed");
        assertThat(missing.problems().get(0).line()).isEqualTo(2);

        String good = sample();
        ImportResult cut = json.importText(good.substring(0, good.length() / 2), ImportMode.MERGE);
        assertThat(cut.codes()).containsExactly("truncated");
    }
}
