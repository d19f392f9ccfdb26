package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carnet.exchange.Backup;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.journal.CheckIn;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup version 6 carries the person's own symptoms and their values; version 5 files still import unchanged. */
class OwnSymptomsBackupTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    /** A version 5 file as Carnet wrote it before own symptoms: one check-in, nothing else. */
    private static final String VERSION_5 = """
            {
              "format": "carnet-backup",
              "version": 5,
              "checkIns": [
                {"day": "2026-01-05", "crampCount": 2, "fatigue": 6, "redFlags": [], "notes": "Avant"}
              ],
              "labResults": []
            }
            """;

    @TempDir
    Path dir;
    private Database database;
    private BackupJson json;
    private JdbcOwnSymptomRepository symptoms;
    private JdbcJournalRepository journal;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("db"));
        json = new BackupJson(new JdbcBackupRepository(database));
        symptoms = new JdbcOwnSymptomRepository(database);
        journal = new JdbcJournalRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A journal with two own symptoms (one retired) and values on two days. */
    private String exportedWithOwnSymptoms() {
        try (Database other = Database.open(dir.resolve("other"))) {
            JdbcOwnSymptomRepository otherSymptoms = new JdbcOwnSymptomRepository(other);
            JdbcJournalRepository otherJournal = new JdbcJournalRepository(other);
            OwnSymptom fog = otherSymptoms.saveOwnSymptom(OwnSymptom.create("Brouillard « mental »",
                    OwnSymptomKind.SCALE, false));
            OwnSymptom walked = otherSymptoms.saveOwnSymptom(OwnSymptom.create("Walked", OwnSymptomKind.YES_NO, true)
                    .withRetired(false));
            otherJournal.saveCheckIn(CheckIn.empty(DAY).withOwnValues(Map.of(fog.id(), 7, walked.id(), 0)));
            otherJournal.saveCheckIn(CheckIn.empty(DAY.plusDays(1)).withOwnValues(Map.of(walked.id(), 1)));
            otherSymptoms.saveOwnSymptom(walked.withRetired(true));
            return new BackupJson(new JdbcBackupRepository(other)).export();
        }
    }

    @Test
    void ownSymptomsAndTheirValuesMakeTheRoundTrip() {
        String exported = exportedWithOwnSymptoms();
        assertThat(exported).contains("\"version\": 6", "\"ownSymptoms\": [", "\"ownSymptomValues\": [",
                "\"kind\": \"YES_NO\"", "\"higherIsBetter\": true", "\"retired\": true");

        ImportResult result = json.importText(exported, ImportMode.REPLACE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.added("ownSymptoms")).isEqualTo(2);
        assertThat(result.added("ownSymptomValues")).isEqualTo(3);
        List<OwnSymptom> imported = symptoms.ownSymptoms();
        assertThat(imported).extracting(OwnSymptom::name).containsExactly("Brouillard « mental »", "Walked");
        assertThat(imported.get(1).retired()).isTrue();
        assertThat(journal.findCheckIn(DAY).orElseThrow().ownValues())
                .containsExactlyInAnyOrderEntriesOf(Map.of(imported.get(0).id(), 7, imported.get(1).id(), 0));
        assertThat(json.export()).isEqualTo(exported);
    }

    @Test
    void aMergeJoinsASymptomOfTheSameNameAndKindAndKeepsTheJournalsDays() {
        OwnSymptom mine = symptoms.saveOwnSymptom(OwnSymptom.create("brouillard « MENTAL »", OwnSymptomKind.SCALE,
                false));
        // Same name, another kind: it comes in beside, under a numbered name.
        symptoms.saveOwnSymptom(OwnSymptom.create("walked", OwnSymptomKind.COUNT, false));
        journal.saveCheckIn(CheckIn.empty(DAY).withOwnValues(Map.of(mine.id(), 2)));

        ImportResult result = json.importText(exportedWithOwnSymptoms(), ImportMode.MERGE);

        assertThat(result.problems()).isEmpty();
        assertThat(symptoms.ownSymptoms()).extracting(OwnSymptom::name)
                .containsExactly("brouillard « MENTAL »", "walked", "Walked (2)");
        // The journal's day wins whole, its own values included; the new day brings its value along.
        assertThat(journal.findCheckIn(DAY).orElseThrow().ownValues()).containsExactlyInAnyOrderEntriesOf(Map.of(mine.id(), 2));
        long walked = symptoms.ownSymptoms().get(2).id();
        assertThat(journal.findCheckIn(DAY.plusDays(1)).orElseThrow().ownValues())
                .containsExactlyInAnyOrderEntriesOf(Map.of(walked, 1));
        assertThat(result.skipped("ownSymptomValues")).isEqualTo(2);
    }

    @Test
    void aVersion5FileImportsUnchangedAndAReplaceKeepsTheJournalsOwnSymptoms() {
        OwnSymptom mine = symptoms.saveOwnSymptom(OwnSymptom.create("Fog", OwnSymptomKind.SCALE, false));
        journal.saveCheckIn(CheckIn.empty(DAY.minusDays(3)).withOwnValues(Map.of(mine.id(), 4)));

        ImportResult result = json.importText(VERSION_5, ImportMode.REPLACE);

        assertThat(result.problems()).isEmpty();
        CheckIn imported = journal.findCheckIn(DAY).orElseThrow();
        assertThat(imported).isEqualTo(new CheckIn(DAY, 2, null, null, null, null, null, 6, null, null, null,
                java.util.Set.of(), "Avant"));
        assertThat(journal.findCheckIn(DAY.minusDays(3))).isEmpty();
        assertThat(symptoms.ownSymptoms()).containsExactly(mine);
        assertThat(symptoms.countOwnValues(mine.id())).isZero();
    }

    @Test
    void aValueForASymptomNotInTheFileOrOutOfItsRangeIsRefusedAndNothingChanges() {
        journal.saveCheckIn(CheckIn.empty(DAY.minusDays(9)));
        String bad = """
                {
                  "format": "carnet-backup",
                  "version": 6,
                  "checkIns": [{"day": "2026-01-05", "redFlags": []}],
                  "ownSymptoms": [{"id": 1, "name": "Walked", "kind": "YES_NO", "higherIsBetter": true,
                                   "retired": false}],
                  "ownSymptomValues": [{"day": "2026-01-05", "symptomId": 1, "value": 3},
                                       {"day": "2026-01-05", "symptomId": 9, "value": 1},
                                       {"day": "2026-01-06", "symptomId": 1, "value": 1}]
                }
                """;

        ImportResult result = json.importText(bad, ImportMode.REPLACE);

        assertThat(result.codes()).containsExactly("range", "missingReference", "noCheckIn");
        assertThat(journal.findCheckIn(DAY.minusDays(9))).isPresent();
        assertThat(symptoms.ownSymptoms()).isEmpty();
    }

    @Test
    void theVersionIsSixWithANamedFirstVersionForOwnSymptoms() {
        assertThat(Backup.VERSION).isEqualTo(6);
        assertThat(Backup.OWN_SYMPTOMS_SINCE).isEqualTo(6);
    }
}
