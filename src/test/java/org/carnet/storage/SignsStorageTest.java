package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carnet.core.StorageException;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DaySummary;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headache, sensitivity, weight and spasm fields of V6, on a real H2 file. */
class SignsStorageTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    @TempDir
    Path dataDir;

    private Database database;
    private JdbcJournalRepository repository;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        repository = new JdbcJournalRepository(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theNewSignsAreThereAfterRestart() {
        CheckIn checkIn = CheckIn.empty(DAY).withSigns(true, 7, 4, 71.3);
        repository.saveCheckIn(checkIn);
        Episode spasm = repository.saveEpisode(new Episode(null, DAY.atTime(15, 5), EpisodeKind.SPASM, 3, 8, null,
                null, Set.of()));
        database.close();
        database = Database.open(dataDir);
        repository = new JdbcJournalRepository(database);

        assertThat(repository.findCheckIn(DAY)).contains(checkIn);
        assertThat(repository.findEpisodes(DAY)).containsExactly(spasm);
        DaySummary line = repository.listDays().get(0);
        assertThat(line.headache()).isTrue();
        assertThat(line.headacheWorstSeverity()).isEqualTo(7);
        assertThat(line.spasmCount()).isEqualTo(1);
        assertThat(line.weightKg()).isEqualTo(71.3);
        assertThat(line.crampCount()).as("a spasm is not a cramp").isNull();
    }

    @Test
    void aCheckInWithoutTheNewFieldsKeepsThemNotRecorded() {
        CheckIn old = new CheckIn(DAY, 1, 3, true, 4, 7.0, 0, 2, 1, 3, null, Set.of(), null);
        repository.saveCheckIn(old);
        CheckIn read = repository.findCheckIn(DAY).orElseThrow();
        assertThat(List.of(read.headache() == null, read.headacheWorstSeverity() == null,
                read.noiseLightSensitivity() == null, read.weightKg() == null)).containsOnly(true);
    }

    @Test
    void theDatabaseRefusesAnUnknownEpisodeKindAndASeverityWithoutHeadache() throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO episode (entry_day, occurred_at, kind) "
                    + "VALUES (DATE '2026-02-10', TIMESTAMP '2026-02-10 10:00:00', 'SNEEZE')"))
                    .hasMessageContaining("EPISODE_KIND_KNOWN");
            assertThatThrownBy(() -> s.execute("INSERT INTO check_in (entry_day, headache, headache_worst_severity) "
                    + "VALUES (DATE '2026-02-11', FALSE, 5)")).hasMessageContaining("CHECK_IN_HEADACHE_SEVERITY");
        }
    }

    @Test
    void theDatabaseKeepsAWeightAtTheLimitsAndRefusesOneBeyond() {
        repository.saveCheckIn(CheckIn.empty(DAY).withSigns(null, null, null, 20.0));
        repository.saveCheckIn(CheckIn.empty(DAY.plusDays(1)).withSigns(null, null, null, 350.0));
        assertThat(repository.countCheckIns()).isEqualTo(2);
        assertThatThrownBy(() -> repository.saveCheckIn(CheckIn.empty(DAY.plusDays(2))
                .withSigns(null, null, null, 350.1))).isInstanceOf(StorageException.class);
    }
}
