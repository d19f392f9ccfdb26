package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.carnet.core.StorageException;
import org.carnet.journal.CheckIn;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcOwnSymptomRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;

    private Database database;
    private JdbcOwnSymptomRepository symptoms;
    private JdbcJournalRepository journal;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        symptoms = new JdbcOwnSymptomRepository(database);
        journal = new JdbcJournalRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void ownSymptomsAndTheirValuesSurviveARestart() {
        OwnSymptom fog = symptoms.saveOwnSymptom(OwnSymptom.create("Brouillard mental 🌫", OwnSymptomKind.SCALE, false));
        OwnSymptom walk = symptoms.saveOwnSymptom(OwnSymptom.create("Walked 30 min", OwnSymptomKind.YES_NO, true));
        journal.saveCheckIn(CheckIn.empty(DAY).withOwnValues(Map.of(fog.id(), 6, walk.id(), 1)));

        database.close();
        database = Database.open(dataDir);
        symptoms = new JdbcOwnSymptomRepository(database);
        journal = new JdbcJournalRepository(database);

        assertThat(symptoms.ownSymptoms()).containsExactly(fog, walk);
        assertThat(journal.findCheckIn(DAY).orElseThrow().ownValues()).containsExactlyInAnyOrderEntriesOf(
                Map.of(fog.id(), 6, walk.id(), 1));
        assertThat(journal.findDays(DAY, DAY).get(DAY).ownValue(fog.id())).isEqualTo(6);
        assertThat(journal.listDays().get(0).ownValues()).containsEntry(walk.id(), 1);
        assertThat(symptoms.countOwnValues(fog.id())).isEqualTo(1);
    }

    @Test
    void savingTheCheckInAgainReplacesItsOwnValues() {
        OwnSymptom fog = symptoms.saveOwnSymptom(OwnSymptom.create("Fog", OwnSymptomKind.SCALE, false));
        journal.saveCheckIn(CheckIn.empty(DAY).withOwnValues(Map.of(fog.id(), 6)));
        journal.saveCheckIn(CheckIn.empty(DAY));

        assertThat(journal.findCheckIn(DAY).orElseThrow().ownValues()).isEmpty();
        assertThat(symptoms.countOwnValues(fog.id())).isZero();
    }

    @Test
    void retiringKeepsTheValuesAndDeletingTheDayRemovesThem() {
        OwnSymptom fog = symptoms.saveOwnSymptom(OwnSymptom.create("Fog", OwnSymptomKind.COUNT, false));
        journal.saveCheckIn(CheckIn.empty(DAY).withOwnValues(Map.of(fog.id(), 12)));

        symptoms.saveOwnSymptom(fog.withRetired(true));
        assertThat(symptoms.ownSymptoms().get(0).retired()).isTrue();
        assertThat(journal.findCheckIn(DAY).orElseThrow().ownValue(fog.id())).isEqualTo(12);

        journal.deleteDay(DAY);
        assertThat(symptoms.countOwnValues(fog.id())).isZero();
    }

    @Test
    void aValueForASymptomThatDoesNotExistIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> journal.saveCheckIn(CheckIn.empty(DAY).withOwnValues(Map.of(999L, 1))))
                .isInstanceOf(StorageException.class);
        assertThat(journal.findCheckIn(DAY)).isEmpty();
    }
}
