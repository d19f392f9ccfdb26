package org.carnet.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcOwnSymptomRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnSymptomServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;

    private Database database;
    private OwnSymptomService service;
    private JournalService journal;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        JdbcOwnSymptomRepository repository = new JdbcOwnSymptomRepository(database);
        service = new OwnSymptomService(repository);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        journal = new JournalService(new JdbcJournalRepository(database), repository, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::code).findFirst().orElseThrow();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNameIsNeededShortAndNotTwice() {
        service.save(OwnSymptom.create("Brain fog", OwnSymptomKind.SCALE, false));

        assertThat(codeOf(() -> service.save(OwnSymptom.create("  ", OwnSymptomKind.SCALE, false))))
                .isEqualTo(JournalValidator.REQUIRED);
        assertThat(codeOf(() -> service.save(OwnSymptom.create("x".repeat(41), OwnSymptomKind.SCALE, false))))
                .isEqualTo(JournalValidator.TOO_LONG);
        assertThat(codeOf(() -> service.save(OwnSymptom.create(" brain FOG ", OwnSymptomKind.COUNT, false))))
                .isEqualTo(OwnSymptomService.DUPLICATE);
        assertThat(service.all()).hasSize(1);
    }

    @Test
    void atMostSixAreInUseButRetiredOnesDoNotCount() {
        for (int i = 1; i <= OwnSymptom.MAX_ACTIVE; i++) {
            service.save(OwnSymptom.create("Symptom " + i, OwnSymptomKind.YES_NO, false));
        }
        assertThat(codeOf(() -> service.save(OwnSymptom.create("One more", OwnSymptomKind.YES_NO, false))))
                .isEqualTo(OwnSymptomService.TOO_MANY);

        OwnSymptom first = service.all().get(0);
        service.retire(first);
        OwnSymptom added = service.save(OwnSymptom.create("One more", OwnSymptomKind.YES_NO, false));

        assertThat(service.active()).hasSize(OwnSymptom.MAX_ACTIVE).contains(added).doesNotContain(first);
        assertThat(codeOf(() -> service.restore(service.all().get(0)))).isEqualTo(OwnSymptomService.TOO_MANY);
    }

    @Test
    void renamingKeepsTheValuesAndTheKindIsFixedOnceLogged() {
        OwnSymptom fog = service.save(OwnSymptom.create("Fog", OwnSymptomKind.SCALE, false));
        journal.save(CheckIn.empty(TODAY).withOwnValues(Map.of(fog.id(), 4)));

        OwnSymptom renamed = service.save(new OwnSymptom(fog.id(), "Brain fog", OwnSymptomKind.SCALE, true, false));
        assertThat(service.all()).containsExactly(renamed);
        assertThat(journal.load(TODAY).ownValue(fog.id())).isEqualTo(4);

        assertThat(codeOf(() -> service.save(new OwnSymptom(fog.id(), "Brain fog", OwnSymptomKind.YES_NO, true,
                false)))).isEqualTo(OwnSymptomService.KIND_IN_USE);
        assertThat(service.all().get(0).kind()).isEqualTo(OwnSymptomKind.SCALE);
    }

    @Test
    void aCheckInValueOutsideItsKindIsRefusedAndNothingIsSaved() {
        OwnSymptom walked = service.save(OwnSymptom.create("Walked", OwnSymptomKind.YES_NO, true));
        OwnSymptom fog = service.save(OwnSymptom.create("Fog", OwnSymptomKind.SCALE, false));

        assertThatThrownBy(() -> journal.save(CheckIn.empty(TODAY).withOwnValues(Map.of(walked.id(), 2, fog.id(), 3))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of(JournalValidator.ownField(walked.id()), "validation.range", 0, 1)));
        assertThatThrownBy(() -> journal.save(CheckIn.empty(TODAY).withOwnValues(Map.of(77L, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code())
                        .isEqualTo(JournalValidator.UNKNOWN_OWN_SYMPTOM));
        assertThat(journal.hasCheckIn(TODAY)).isFalse();

        journal.save(CheckIn.empty(TODAY).withOwnValues(Map.of(walked.id(), 1, fog.id(), 10)));
        assertThat(journal.load(TODAY).ownValue(fog.id())).isEqualTo(10);
    }
}
