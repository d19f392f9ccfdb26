package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carnet.core.StorageException;
import org.carnet.intake.CustomFood;
import org.carnet.intake.DayIntakeLog;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientAmount;
import org.carnet.intake.Product;
import org.carnet.intake.RoutineItem;
import org.carnet.intake.SupplementIntake;
import org.carnet.profile.Profile;
import org.carnet.profile.RiskFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcIntakeRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);
    private static final String ALMOND = "15000";
    private static final String SPINACH = "20059";
    private static final String LENTILS = "20505";

    @TempDir
    Path dataDir;

    private Database database;
    private JdbcIntakeRepository repository;
    private JdbcProfileRepository profiles;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        repository = new JdbcIntakeRepository(database);
        profiles = new JdbcProfileRepository(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private void reopen() {
        database.close();
        database = null;
        database = Database.open(dataDir);
        repository = new JdbcIntakeRepository(database);
        profiles = new JdbcProfileRepository(database);
    }

    private static Product magnesium(String name, double mg) {
        return new Product(null, name, MagnesiumForm.BISGLYCINATE, mg, null, null, null, null);
    }

    private static Product everyNutrient() {
        return new Product(null, "Multi D3 K2 Mg Ca", MagnesiumForm.CITRATE, 112.5, 25.0, 75.0, 12.25, 400.0);
    }

    private static Medication levothyroxine() {
        return new Medication(null, "Lévothyrox", MedicationClass.LEVOTHYROXINE);
    }

    private FoodIntake food(int hour, int minute, String code, double grams) {
        return repository.saveFoodIntake(new FoodIntake(null, DAY.atTime(hour, minute), code, grams));
    }

    private int intakeCount() {
        return repository.findDays(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).values().stream()
                .mapToInt(l -> l.foods().size() + l.supplements().size() + l.medications().size()).sum();
    }

    // Products and medications

    @Test
    void aNewProductGetsAnIdAndReadsBackWithEveryAmount() {
        Product saved = repository.saveProduct(everyNutrient());

        assertThat(saved.id()).isNotNull();
        assertThat(repository.products(false)).containsExactly(saved);
        Product read = repository.products(false).get(0);
        assertThat(read.magnesiumMg()).isEqualTo(112.5);
        assertThat(read.vitaminDMicrograms()).isEqualTo(25.0);
        assertThat(read.vitaminK2Micrograms()).isEqualTo(75.0);
        assertThat(read.vitaminK1Micrograms()).isEqualTo(12.25);
        assertThat(read.calciumMg()).isEqualTo(400.0);
        assertThat(read.magnesiumForm()).isEqualTo(MagnesiumForm.CITRATE);
    }

    @Test
    void aProductWithoutSomeNutrientsReadsBackWithNullsNotZeros() {
        Product d3 = repository.saveProduct(new Product(null, "D3 1000 UI", null, null, 25.0, null, null, null));

        Product read = repository.products(false).get(0);

        assertThat(read).isEqualTo(d3);
        assertThat(read.magnesiumForm()).isNull();
        assertThat(read.magnesiumMg()).isNull();
        assertThat(read.calciumMg()).isNull();
        assertThat(read.vitaminK1Micrograms()).isNull();
        assertThat(read.vitaminK2Micrograms()).isNull();
    }

    @Test
    void savingAProductWithItsIdUpdatesIt() {
        Product stored = repository.saveProduct(magnesium("Mg 150", 150));
        Product changed = new Product(stored.id(), "Mg 300", MagnesiumForm.OXIDE, 300.0, null, null, null, 50.0);

        Product saved = repository.saveProduct(changed);

        assertThat(saved).isEqualTo(changed);
        assertThat(repository.products(true)).containsExactly(changed);
    }

    @Test
    void updatingAProductThatIsGoneFails() {
        Product ghost = magnesium("Fantôme", 100).withId(999_999);

        assertThatThrownBy(() -> repository.saveProduct(ghost)).isInstanceOf(StorageException.class);
        assertThat(repository.products(true)).isEmpty();
    }

    @Test
    void anArchivedProductIsHiddenFromTheListButKeptForPastIntakes() {
        Product kept = repository.saveProduct(magnesium("B Mg malate", 100));
        Product archived = repository.saveProduct(magnesium("A Mg oxide", 300));
        repository.saveSupplementIntake(new SupplementIntake(null, DAY.atTime(8, 0), archived.id(), 1));

        repository.archiveProduct(archived.id());

        assertThat(repository.products(false)).containsExactly(kept);
        assertThat(repository.products(true)).containsExactly(archived, kept);
        assertThat(repository.findDay(DAY).supplements()).extracting(SupplementIntake::productId)
                .containsExactly(archived.id());
    }

    @Test
    void productsAreListedByNameIgnoringCase() {
        Product zinc = repository.saveProduct(magnesium("zeta Mg", 100));
        Product alpha = repository.saveProduct(magnesium("Alpha Mg", 100));
        Product beta = repository.saveProduct(magnesium("beta Mg", 100));

        assertThat(repository.products(false)).containsExactly(alpha, beta, zinc);
    }

    @Test
    void medicationsAreSavedUpdatedAndArchived() {
        Medication levo = repository.saveMedication(levothyroxine());
        Medication ppi = repository.saveMedication(new Medication(null, "Oméprazole", MedicationClass.PROTON_PUMP_INHIBITOR));
        assertThat(levo.id()).isNotNull();
        assertThat(ppi.id()).isNotNull().isNotEqualTo(levo.id());
        assertThat(repository.medications(false)).containsExactly(levo, ppi);

        Medication renamed = new Medication(levo.id(), "Levothyroxine 75", MedicationClass.LEVOTHYROXINE);
        assertThat(repository.saveMedication(renamed)).isEqualTo(renamed);
        repository.archiveMedication(ppi.id());

        assertThat(repository.medications(false)).containsExactly(renamed);
        assertThat(repository.medications(true)).containsExactly(renamed, ppi);
    }

    @Test
    void aMedicationWithoutClassIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> repository.saveMedication(new Medication(null, "Sans classe", null)))
                .isInstanceOf(StorageException.class);

        assertThat(repository.medications(true)).isEmpty();
    }

    // Custom foods

    @Test
    void aCustomFoodKeepsUnknownNutrientsAbsentNotZero() {
        CustomFood cake = repository.saveCustomFood(new CustomFood(null, "Gâteau de mamie", false,
                Map.of(Nutrient.MAGNESIUM, 42.5, Nutrient.VITAMIN_D, 0.0)));

        assertThat(cake.id()).isNotNull();
        CustomFood read = repository.customFoods().get(0);
        assertThat(read).isEqualTo(cake);
        assertThat(read.per100g()).containsOnly(Map.entry(Nutrient.MAGNESIUM, 42.5), Map.entry(Nutrient.VITAMIN_D, 0.0));
        assertThat(read.per100g()).doesNotContainKeys(Nutrient.CALCIUM, Nutrient.VITAMIN_K1, Nutrient.VITAMIN_K2);
        assertThat(read.toFood().amount(Nutrient.CALCIUM)).isEqualTo(NutrientAmount.UNKNOWN);
        assertThat(read.toFood().amount(Nutrient.VITAMIN_D)).isEqualTo(new NutrientAmount.Measured(0));
    }

    @Test
    void aCustomDrinkWithEveryNutrientReadsBackUnchanged() {
        CustomFood water = repository.saveCustomFood(new CustomFood(null, "Eau de source locale", true, Map.of(
                Nutrient.MAGNESIUM, 119.125, Nutrient.CALCIUM, 486.0, Nutrient.VITAMIN_D, 0.5,
                Nutrient.VITAMIN_K1, 1.25, Nutrient.VITAMIN_K2, 2.0)));

        assertThat(repository.customFoods()).containsExactly(water);
        assertThat(repository.customFoods().get(0).drink()).isTrue();
    }

    @Test
    void savingACustomFoodWithItsIdUpdatesItAndCanForgetAValue() {
        CustomFood stored = repository.saveCustomFood(new CustomFood(null, "Pain maison", false,
                Map.of(Nutrient.MAGNESIUM, 50.0, Nutrient.CALCIUM, 20.0)));
        CustomFood changed = new CustomFood(stored.id(), "Pain maison complet", false, Map.of(Nutrient.MAGNESIUM, 80.0));

        repository.saveCustomFood(changed);

        assertThat(repository.customFoods()).containsExactly(changed);
        assertThat(repository.customFoods().get(0).per100g()).doesNotContainKey(Nutrient.CALCIUM);
    }

    // Intakes

    @Test
    void intakesGetIdsAndADayReadsBackInTimeOrder() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Medication levo = repository.saveMedication(levothyroxine());
        FoodIntake dinner = food(20, 15, SPINACH, 200);
        FoodIntake breakfast = food(7, 30, ALMOND, 30);
        SupplementIntake evening = repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(21, 0), mg.id(), 2));
        SupplementIntake morning = repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(9, 0), mg.id(), 0.5));
        MedicationIntake levoIntake = repository.saveMedicationIntake(
                new MedicationIntake(null, DAY.atTime(6, 45), levo.id()));

        DayIntakeLog log = repository.findDay(DAY);

        assertThat(List.of(dinner.id(), breakfast.id(), evening.id(), morning.id(), levoIntake.id()))
                .doesNotContainNull();
        assertThat(dinner.id()).isNotEqualTo(breakfast.id());
        assertThat(log.day()).isEqualTo(DAY);
        assertThat(log.foods()).containsExactly(breakfast, dinner);
        assertThat(log.supplements()).containsExactly(morning, evening);
        assertThat(log.medications()).containsExactly(levoIntake);
        assertThat(log.foods().get(0).grams()).isEqualTo(30.0);
        assertThat(log.supplements().get(0).units()).isEqualTo(0.5);
    }

    @Test
    void aDayWithoutIntakesIsEmpty() {
        food(12, 0, ALMOND, 30);

        DayIntakeLog other = repository.findDay(DAY.plusDays(1));

        assertThat(other.isEmpty()).isTrue();
        assertThat(other.day()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void intakesJustBeforeAndAfterMidnightBelongToTheirOwnDays() {
        FoodIntake late = repository.saveFoodIntake(new FoodIntake(null, DAY.atTime(23, 59), ALMOND, 10));
        FoodIntake early = repository.saveFoodIntake(new FoodIntake(null, DAY.plusDays(1).atTime(0, 0), SPINACH, 10));

        assertThat(repository.findDay(DAY).foods()).containsExactly(late);
        assertThat(repository.findDay(DAY.plusDays(1)).foods()).containsExactly(early);
    }

    @Test
    void findDaysReturnsOnlyTheDaysWithIntakesWithinTheRange() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Medication levo = repository.saveMedication(levothyroxine());
        LocalDate from = DAY.minusDays(6);
        repository.saveFoodIntake(new FoodIntake(null, from.minusDays(1).atTime(23, 59), ALMOND, 30));
        FoodIntake first = repository.saveFoodIntake(new FoodIntake(null, from.atTime(0, 0), ALMOND, 30));
        SupplementIntake supplementOnly = repository.saveSupplementIntake(
                new SupplementIntake(null, from.plusDays(2).atTime(8, 0), mg.id(), 1));
        MedicationIntake medicationOnly = repository.saveMedicationIntake(
                new MedicationIntake(null, DAY.atTime(23, 59), levo.id()));
        repository.saveFoodIntake(new FoodIntake(null, DAY.plusDays(1).atTime(0, 0), SPINACH, 100));

        Map<LocalDate, DayIntakeLog> days = repository.findDays(from, DAY);

        assertThat(days.keySet()).containsExactly(from, from.plusDays(2), DAY);
        assertThat(days.get(from).foods()).containsExactly(first);
        assertThat(days.get(from).supplements()).isEmpty();
        assertThat(days.get(from.plusDays(2)).supplements()).containsExactly(supplementOnly);
        assertThat(days.get(from.plusDays(2)).foods()).isEmpty();
        assertThat(days.get(DAY).medications()).containsExactly(medicationOnly);
        assertThat(repository.findDays(DAY.plusDays(2), DAY.plusDays(9))).isEmpty();
    }

    @Test
    void deletingAnIntakeKeepsTheOthers() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Medication levo = repository.saveMedication(levothyroxine());
        FoodIntake goneFood = food(8, 0, ALMOND, 30);
        FoodIntake keptFood = food(9, 0, SPINACH, 100);
        SupplementIntake goneSupplement = repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(8, 0), mg.id(), 1));
        SupplementIntake keptSupplement = repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(20, 0), mg.id(), 1));
        MedicationIntake goneMedication = repository.saveMedicationIntake(
                new MedicationIntake(null, DAY.atTime(6, 0), levo.id()));

        repository.deleteFoodIntake(goneFood.id());
        repository.deleteSupplementIntake(goneSupplement.id());
        repository.deleteMedicationIntake(goneMedication.id());

        DayIntakeLog log = repository.findDay(DAY);
        assertThat(log.foods()).containsExactly(keptFood);
        assertThat(log.supplements()).containsExactly(keptSupplement);
        assertThat(log.medications()).isEmpty();
        assertThat(repository.products(true)).containsExactly(mg);
        assertThat(repository.medications(true)).containsExactly(levo);
    }

    @Test
    void aSupplementIntakeOfAMissingProductFailsAndStoresNothing() {
        assertThatThrownBy(() -> repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(8, 0), 999_999, 1)))
                .isInstanceOf(StorageException.class)
                .hasMessageNotContaining("SELECT").hasMessageNotContaining("INSERT");

        assertThat(repository.findDay(DAY).isEmpty()).isTrue();
    }

    @Test
    void aMedicationIntakeOfAMissingMedicationFailsAndStoresNothing() {
        assertThatThrownBy(() -> repository.saveMedicationIntake(
                new MedicationIntake(null, DAY.atTime(8, 0), 999_999)))
                .isInstanceOf(StorageException.class);

        assertThat(repository.findDay(DAY).isEmpty()).isTrue();
    }

    @Test
    void saveAllStoresEverySupplementAndMedication() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Product d3 = repository.saveProduct(new Product(null, "D3", null, null, 25.0, null, null, null));
        Medication levo = repository.saveMedication(levothyroxine());

        repository.saveAll(
                List.of(new SupplementIntake(null, DAY.atTime(21, 0), mg.id(), 2),
                        new SupplementIntake(null, DAY.atTime(8, 0), d3.id(), 1)),
                List.of(new MedicationIntake(null, DAY.atTime(6, 30), levo.id())));

        DayIntakeLog log = repository.findDay(DAY);
        assertThat(log.supplements()).extracting(SupplementIntake::productId).containsExactly(d3.id(), mg.id());
        assertThat(log.supplements()).extracting(SupplementIntake::id).doesNotContainNull();
        assertThat(log.medications()).extracting(MedicationIntake::medicationId).containsExactly(levo.id());
    }

    @Test
    void saveAllStoresNothingWhenTheSecondSupplementIsInvalid() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Medication levo = repository.saveMedication(levothyroxine());

        assertThatThrownBy(() -> repository.saveAll(
                List.of(new SupplementIntake(null, DAY.atTime(8, 0), mg.id(), 1),
                        new SupplementIntake(null, DAY.atTime(21, 0), 999_999, 1)),
                List.of(new MedicationIntake(null, DAY.atTime(6, 30), levo.id()))))
                .isInstanceOf(StorageException.class);

        assertThat(repository.findDay(DAY).isEmpty()).isTrue();
        assertThat(intakeCount()).isZero();
    }

    @Test
    void saveAllStoresNothingWhenAMedicationAfterValidSupplementsIsInvalid() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Medication levo = repository.saveMedication(levothyroxine());

        assertThatThrownBy(() -> repository.saveAll(
                List.of(new SupplementIntake(null, DAY.atTime(8, 0), mg.id(), 1),
                        new SupplementIntake(null, DAY.atTime(21, 0), mg.id(), 2)),
                List.of(new MedicationIntake(null, DAY.atTime(6, 30), levo.id()),
                        new MedicationIntake(null, DAY.atTime(7, 0), 999_999))))
                .isInstanceOf(StorageException.class);

        assertThat(intakeCount()).isZero();
    }

    @Test
    void saveAllStoresNothingWhenTheSecondHasZeroUnits() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));

        assertThatThrownBy(() -> repository.saveAll(
                List.of(new SupplementIntake(null, DAY.atTime(8, 0), mg.id(), 1),
                        new SupplementIntake(null, DAY.atTime(21, 0), mg.id(), 0)),
                List.of()))
                .isInstanceOf(StorageException.class);

        assertThat(intakeCount()).isZero();
    }

    // Recent foods and favourites

    @Test
    void recentFoodCodesAreMostRecentFirstEachOnce() {
        repository.saveFoodIntake(new FoodIntake(null, DAY.minusDays(1).atTime(8, 0), ALMOND, 30));
        repository.saveFoodIntake(new FoodIntake(null, DAY.minusDays(1).atTime(9, 0), LENTILS, 200));
        repository.saveFoodIntake(new FoodIntake(null, DAY.minusDays(1).atTime(12, 0), SPINACH, 100));
        repository.saveFoodIntake(new FoodIntake(null, DAY.atTime(7, 0), ALMOND, 30));
        // Logged last but eaten earlier: "recent" is by the time eaten.
        repository.saveFoodIntake(new FoodIntake(null, DAY.minusDays(3).atTime(7, 0), "13000", 150));

        assertThat(repository.recentFoodCodes(10)).containsExactly(ALMOND, SPINACH, LENTILS, "13000");
        assertThat(repository.recentFoodCodes(2)).containsExactly(ALMOND, SPINACH);
    }

    @Test
    void noFoodLoggedMeansNoRecentFoods() {
        assertThat(repository.recentFoodCodes(30)).isEmpty();
    }

    @Test
    void addingAndRemovingAFavouriteTwiceIsHarmless() {
        repository.setFavourite(ALMOND, true);
        repository.setFavourite(ALMOND, true);
        repository.setFavourite(SPINACH, true);

        assertThat(repository.favouriteFoods()).containsExactlyInAnyOrder(ALMOND, SPINACH);

        repository.setFavourite(ALMOND, false);
        repository.setFavourite(ALMOND, false);
        repository.setFavourite("never-a-favourite", false);

        assertThat(repository.favouriteFoods()).containsExactly(SPINACH);
    }

    // Routine

    @Test
    void theRoutineKeepsItsOrderAndTimes() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Product d3 = repository.saveProduct(new Product(null, "D3", null, null, 25.0, null, null, null));
        Medication levo = repository.saveMedication(levothyroxine());
        List<RoutineItem> items = List.of(
                RoutineItem.product(mg.id(), 1.5, LocalTime.of(21, 30)),
                RoutineItem.medication(levo.id(), LocalTime.of(6, 45)),
                RoutineItem.product(d3.id(), 1, LocalTime.of(12, 0)));

        repository.saveRoutine(items);

        assertThat(repository.routine()).containsExactlyElementsOf(items);
        assertThat(repository.routine().get(1).units()).isNull();
    }

    @Test
    void savingTheRoutineReplacesTheWholeOfIt() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        Medication levo = repository.saveMedication(levothyroxine());
        repository.saveRoutine(List.of(RoutineItem.product(mg.id(), 1, LocalTime.of(8, 0)),
                RoutineItem.medication(levo.id(), LocalTime.of(6, 0))));
        List<RoutineItem> replacement = List.of(RoutineItem.product(mg.id(), 2, LocalTime.of(22, 15)));

        repository.saveRoutine(replacement);

        assertThat(repository.routine()).containsExactlyElementsOf(replacement);

        repository.saveRoutine(List.of());
        assertThat(repository.routine()).isEmpty();
    }

    @Test
    void aRoutineWithAMissingProductIsRefusedAndTheOldOneIsKept() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));
        List<RoutineItem> old = List.of(RoutineItem.product(mg.id(), 1, LocalTime.of(8, 0)));
        repository.saveRoutine(old);

        assertThatThrownBy(() -> repository.saveRoutine(List.of(RoutineItem.product(mg.id(), 2, LocalTime.of(9, 0)),
                RoutineItem.product(999_999, 1, LocalTime.of(10, 0)))))
                .isInstanceOf(StorageException.class);

        assertThat(repository.routine()).containsExactlyElementsOf(old);
    }

    // What the database itself refuses

    @Test
    void zeroGramsAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> repository.saveFoodIntake(new FoodIntake(null, DAY.atTime(8, 0), ALMOND, 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageNotContaining("CHECK");

        assertThat(repository.findDay(DAY).isEmpty()).isTrue();
    }

    @Test
    void fiveKilosOfAFoodAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> repository.saveFoodIntake(new FoodIntake(null, DAY.atTime(8, 0), ALMOND, 5000)))
                .isInstanceOf(StorageException.class);

        assertThat(repository.findDay(DAY).isEmpty()).isTrue();
        assertThat(repository.recentFoodCodes(10)).isEmpty();
    }

    @Test
    void zeroUnitsAreRefusedByTheDatabase() {
        Product mg = repository.saveProduct(magnesium("Mg", 150));

        assertThatThrownBy(() -> repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(8, 0), mg.id(), 0)))
                .isInstanceOf(StorageException.class);

        assertThat(repository.findDay(DAY).isEmpty()).isTrue();
    }

    @Test
    void fiveGramsOfMagnesiumPerUnitAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> repository.saveProduct(magnesium("Mg 5000", 5000)))
                .isInstanceOf(StorageException.class);

        assertThat(repository.products(true)).isEmpty();
    }

    @Test
    void anAbsurdUpdateLeavesTheStoredProductUnchanged() {
        Product stored = repository.saveProduct(magnesium("Mg", 150));

        assertThatThrownBy(() -> repository.saveProduct(
                new Product(stored.id(), "Mg", null, 150.0, 2500.0, null, null, null)))
                .isInstanceOf(StorageException.class);

        assertThat(repository.products(true)).containsExactly(stored);
    }

    @Test
    void aNegativeCustomFoodValueIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> repository.saveCustomFood(
                new CustomFood(null, "Négatif", false, Map.of(Nutrient.CALCIUM, -1.0))))
                .isInstanceOf(StorageException.class);

        assertThat(repository.customFoods()).isEmpty();
    }

    // Reopening

    @Test
    void dataSurviveClosingAndReopening() {
        Product mg = repository.saveProduct(everyNutrient());
        Medication levo = repository.saveMedication(levothyroxine());
        CustomFood cake = repository.saveCustomFood(
                new CustomFood(null, "Gâteau", false, Map.of(Nutrient.MAGNESIUM, 30.0)));
        FoodIntake almonds = food(10, 15, ALMOND, 30);
        SupplementIntake tablet = repository.saveSupplementIntake(
                new SupplementIntake(null, DAY.atTime(21, 0), mg.id(), 1.25));
        MedicationIntake pill = repository.saveMedicationIntake(new MedicationIntake(null, DAY.atTime(6, 0), levo.id()));
        List<RoutineItem> routine = List.of(RoutineItem.product(mg.id(), 1, LocalTime.of(21, 0)),
                RoutineItem.medication(levo.id(), LocalTime.of(6, 0)));
        repository.saveRoutine(routine);
        repository.setFavourite(SPINACH, true);
        Profile profile = new Profile("Claire", 1980, EnumSet.of(RiskFactor.KIDNEY_DISEASE));
        profiles.save(profile);

        reopen();

        assertThat(repository.products(false)).containsExactly(mg);
        assertThat(repository.medications(false)).containsExactly(levo);
        assertThat(repository.customFoods()).containsExactly(cake);
        DayIntakeLog log = repository.findDay(DAY);
        assertThat(log.foods()).containsExactly(almonds);
        assertThat(log.supplements()).containsExactly(tablet);
        assertThat(log.medications()).containsExactly(pill);
        assertThat(repository.routine()).containsExactlyElementsOf(routine);
        assertThat(repository.favouriteFoods()).containsExactly(SPINACH);
        assertThat(repository.recentFoodCodes(5)).containsExactly(ALMOND);
        assertThat(profiles.load()).isEqualTo(profile);
        FoodIntake next = food(11, 0, SPINACH, 50);
        assertThat(next.id()).isNotEqualTo(almonds.id());
    }

    // Profile

    @Test
    void theProfileIsEmptyUntilSaved() {
        Profile profile = profiles.load();

        assertThat(profile).isEqualTo(Profile.empty());
        assertThat(profile.name()).isNull();
        assertThat(profile.birthYear()).isNull();
        assertThat(profile.riskFactors()).isEmpty();
    }

    @Test
    void theProfileReadsBackWithItsRiskFactors() {
        Profile profile = new Profile("Jeanne Dupont", 1957, EnumSet.of(RiskFactor.DIURETICS,
                RiskFactor.PREGNANCY_OR_BREASTFEEDING, RiskFactor.INTENSE_TRAINING));

        profiles.save(profile);

        Profile read = profiles.load();
        assertThat(read).isEqualTo(profile);
        assertThat(read.riskFactors()).containsExactlyInAnyOrder(RiskFactor.DIURETICS,
                RiskFactor.PREGNANCY_OR_BREASTFEEDING, RiskFactor.INTENSE_TRAINING);
    }

    @Test
    void everyRiskFactorFitsInTheProfile() {
        Profile profile = new Profile("Tout", 1900, EnumSet.allOf(RiskFactor.class));

        profiles.save(profile);

        assertThat(profiles.load().riskFactors()).containsExactlyInAnyOrder(RiskFactor.values());
    }

    @Test
    void savingTheProfileAgainReplacesItAndNullsStayNull() {
        profiles.save(new Profile("Jeanne", 1957, EnumSet.of(RiskFactor.CANCER)));

        profiles.save(new Profile(null, null, Set.of()));

        Profile read = profiles.load();
        assertThat(read).isEqualTo(Profile.empty());
        assertThat(read.name()).isNull();
        assertThat(read.birthYear()).isNull();
        assertThat(read.riskFactors()).isEmpty();
    }

    @Test
    void anImpossibleBirthYearIsRefusedByTheDatabase() {
        Profile stored = new Profile("Jeanne", 1957, Set.of());
        profiles.save(stored);

        assertThatThrownBy(() -> profiles.save(new Profile("Jeanne", 1850, Set.of())))
                .isInstanceOf(StorageException.class);

        assertThat(profiles.load()).isEqualTo(stored);
    }
}
