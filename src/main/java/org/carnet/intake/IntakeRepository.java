package org.carnet.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where products, medications, custom foods and intakes are kept. Throws StorageException. */
public interface IntakeRepository {
    List<Product> products(boolean includeArchived);

    Product saveProduct(Product product);

    /**
     * Changes a stored product, and the dose kept with its intakes from {@code from} on (every intake when null):
     * those before keep the dose they were logged with. One transaction; returns how many intakes changed.
     */
    int changeProduct(Product product, LocalDate from);

    /** How many intakes of the product were logged before {@code before} (all of them when null). */
    int countSupplementIntakes(long productId, LocalDate before);

    /** Hides a product from the lists; its past intakes keep it. */
    void archiveProduct(long id);

    List<Medication> medications(boolean includeArchived);

    Medication saveMedication(Medication medication);

    void archiveMedication(long id);

    List<CustomFood> customFoods();

    CustomFood saveCustomFood(CustomFood food);

    DayIntakeLog findDay(LocalDate day);

    /** Every day from {@code from} to {@code to} (inclusive) that has an intake. */
    Map<LocalDate, DayIntakeLog> findDays(LocalDate from, LocalDate to);

    /** Inserts an intake without id, or changes the one with that id in place. */
    FoodIntake saveFoodIntake(FoodIntake intake);

    SupplementIntake saveSupplementIntake(SupplementIntake intake);

    MedicationIntake saveMedicationIntake(MedicationIntake intake);

    /** Stores all of them in one transaction: all or none (a day's intakes copied to another). */
    void saveDay(List<FoodIntake> foods, List<SupplementIntake> supplements, List<MedicationIntake> medications);

    /** Stores all of them in one transaction: all or none. */
    void saveAll(List<SupplementIntake> supplements, List<MedicationIntake> medications);

    void deleteFoodIntake(long id);

    void deleteSupplementIntake(long id);

    void deleteMedicationIntake(long id);

    /** The codes of the foods logged most recently, most recent first, each once. */
    List<String> recentFoodCodes(int limit);

    Set<String> favouriteFoods();

    void setFavourite(String foodCode, boolean favourite);

    List<RoutineItem> routine();

    void saveRoutine(List<RoutineItem> items);
}
