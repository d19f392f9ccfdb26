package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.carnet.core.StorageException;
import org.carnet.core.ValidationException;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intakes edited in place and a day's intakes copied, on a real journal. */
class IntakeEditingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(21, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private Database database;
    private IntakeService service;
    private Product magnesium;
    private Product vitaminD;
    private Medication thyroid;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        service = new IntakeService(new JdbcIntakeRepository(database), FoodCatalog.ciqual(), CLOCK);
        magnesium = service.saveProduct(new Product(null, "Mg 100", MagnesiumForm.CITRATE, 100.0, null, null, null,
                null));
        vitaminD = service.saveProduct(new Product(null, "D3 25", null, null, 25.0, null, null, null));
        thyroid = service.saveMedication(new Medication(null, "Levothyrox", MedicationClass.LEVOTHYROXINE));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSupplementIntakeEditedKeepsItsIdAndChangesAmountTimeAndProduct() {
        SupplementIntake logged = service.logSupplement(new SupplementIntake(null, TODAY.atTime(8, 0),
                magnesium.id(), 2));

        service.logSupplement(new SupplementIntake(logged.id(), TODAY.minusDays(1).atTime(21, 30), vitaminD.id(), 1));

        assertThat(service.day(TODAY).supplements()).isEmpty();
        DayIntakeDetails yesterday = service.day(TODAY.minusDays(1));
        assertThat(yesterday.supplements()).singleElement().satisfies(line -> {
            assertThat(line.intake()).isEqualTo(new SupplementIntake(logged.id(), TODAY.minusDays(1).atTime(21, 30),
                    vitaminD.id(), 1, vitaminD.dose()));
            assertThat(line.product().name()).isEqualTo("D3 25");
        });
    }

    @Test
    void anEditThatIsInvalidChangesNothing() {
        SupplementIntake logged = service.logSupplement(new SupplementIntake(null, TODAY.atTime(8, 0),
                magnesium.id(), 2));

        assertThatThrownBy(() -> service.logSupplement(new SupplementIntake(logged.id(), TODAY.atTime(9, 0),
                magnesium.id(), -1))).isInstanceOf(ValidationException.class);

        assertThat(service.day(TODAY).supplements()).singleElement()
                .satisfies(line -> assertThat(line.intake()).isEqualTo(logged));
    }

    @Test
    void editingAnIntakeDeletedMeanwhileIsRefusedAndNothingIsCreated() {
        MedicationIntake logged = service.logMedication(new MedicationIntake(null, TODAY.atTime(7, 0), thyroid.id()));
        service.deleteMedication(logged.id());

        assertThatThrownBy(() -> service.logMedication(new MedicationIntake(logged.id(), TODAY.atTime(7, 30),
                thyroid.id()))).isInstanceOf(StorageException.class);

        assertThat(service.day(TODAY).medications()).isEmpty();
    }

    @Test
    void copyingADayLogsTheSameIntakesAtTheSameTimesAndLeavesTheSourceAlone() {
        LocalDate before = TODAY.minusDays(2);
        String almond = service.searchFoods("amande", 1).get(0).code();
        service.logFood(new FoodIntake(null, before.atTime(12, 30), almond, 30));
        service.logSupplement(new SupplementIntake(null, before.atTime(20, 0), magnesium.id(), 2));
        service.logMedication(new MedicationIntake(null, before.atTime(7, 0), thyroid.id()));

        int copied = service.copyDay(before, TODAY);

        assertThat(copied).isEqualTo(3);
        DayIntakeDetails today = service.day(TODAY);
        assertThat(today.foods()).singleElement().satisfies(line -> {
            assertThat(line.intake().takenAt()).isEqualTo(LocalDateTime.of(TODAY, java.time.LocalTime.of(12, 30)));
            assertThat(line.intake().grams()).isEqualTo(30);
        });
        assertThat(today.supplements()).singleElement().satisfies(line -> assertThat(line.intake().units())
                .isEqualTo(2));
        assertThat(today.medications()).singleElement().satisfies(line -> assertThat(line.intake().takenAt())
                .isEqualTo(TODAY.atTime(7, 0)));
        assertThat(today.totals()).isEqualTo(service.day(before).totals());
        assertThat(service.day(before).supplements()).hasSize(1);
    }

    @Test
    void copyingAnEmptyDayCopiesNothing() {
        assertThat(service.copyDay(TODAY.minusDays(5), TODAY)).isZero();
        assertThat(service.day(TODAY).isEmpty()).isTrue();
    }
}
