package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carnet.core.StorageException;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Protocols and their plans on a real H2 file with the real migrations. */
class JdbcProtocolRepositoryTest {
    @TempDir
    Path dir;
    private Database database;
    private JdbcProtocolRepository repository;
    private long magnesium;
    private long vitaminD;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        repository = new JdbcProtocolRepository(database);
        JdbcIntakeRepository intake = new JdbcIntakeRepository(database);
        magnesium = intake.saveProduct(new Product(null, "Mg", MagnesiumForm.CITRATE, 150.0, null, null, null, null)).id();
        vitaminD = intake.saveProduct(new Product(null, "D3", null, null, 25.0, null, null, null)).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aProtocolKeepsItsPlanInOrderAcrossARestart() {
        Protocol saved = repository.save(new Protocol(null, "Evening magnesium", LocalDate.of(2026, 3, 1), null,
                List.of(new PlannedDose(magnesium, 1, LocalTime.of(20, 0)), new PlannedDose(vitaminD, 0.5,
                        LocalTime.of(12, 30)))));
        assertThat(saved.id()).isNotNull();
        database.close();
        database = Database.open(dir);
        repository = new JdbcProtocolRepository(database);
        assertThat(repository.protocols()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Evening magnesium");
            assertThat(p.end()).isNull();
            assertThat(p.plan()).containsExactly(new PlannedDose(magnesium, 1, LocalTime.of(20, 0)),
                    new PlannedDose(vitaminD, 0.5, LocalTime.of(12, 30)));
        });
    }

    @Test
    void theDeclaredQuestionAndTheOnOffScheduleSurviveARestart() {
        org.carnet.tracking.Question question = new org.carnet.tracking.Question(org.carnet.tracking.Symptom
                .CRAMP_EPISODES, org.carnet.tracking.Exposure.PRODUCT, magnesium, 1.5, 1);
        org.carnet.tracking.OnOffPlan plan = org.carnet.tracking.OnOffPlan.of(4, "10011001100110");
        repository.save(new Protocol(null, "On/off", LocalDate.of(2026, 3, 1), null,
                List.of(new PlannedDose(magnesium, 1, LocalTime.of(20, 0))), question, plan));
        repository.save(new Protocol(null, "Plain", LocalDate.of(2026, 1, 1), null, List.of()));
        database.close();
        database = Database.open(dir);
        repository = new JdbcProtocolRepository(database);
        assertThat(repository.protocols()).extracting(Protocol::question).containsExactly(question, null);
        assertThat(repository.protocols()).extracting(Protocol::onOff).containsExactly(plan, null);
    }

    @Test
    void savingAgainReplacesThePlanAndDatesAndListsNewestFirst() {
        Protocol first = repository.save(new Protocol(null, "A", LocalDate.of(2026, 1, 1), null,
                List.of(new PlannedDose(magnesium, 1, LocalTime.of(20, 0)))));
        repository.save(new Protocol(null, "B", LocalDate.of(2026, 2, 1), null, List.of()));
        repository.save(new Protocol(first.id(), "A2", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 30),
                List.of(new PlannedDose(vitaminD, 2, LocalTime.of(9, 0)))));
        List<Protocol> all = repository.protocols();
        assertThat(all).extracting(Protocol::name).containsExactly("B", "A2");
        assertThat(all.get(1).plan()).containsExactly(new PlannedDose(vitaminD, 2, LocalTime.of(9, 0)));
        assertThat(all.get(1).end()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void deletingAProtocolRemovesItsPlan() {
        Protocol saved = repository.save(new Protocol(null, "A", LocalDate.of(2026, 1, 1), null,
                List.of(new PlannedDose(magnesium, 1, LocalTime.of(20, 0)))));
        repository.delete(saved.id());
        assertThat(repository.protocols()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartOrAnUnknownProductIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> repository.save(new Protocol(null, "A", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 2, 1), List.of()))).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> repository.save(new Protocol(null, "B", LocalDate.of(2026, 3, 1), null,
                List.of(new PlannedDose(9999, 1, LocalTime.NOON))))).isInstanceOf(StorageException.class);
        assertThat(repository.protocols()).isEmpty();
    }
}
