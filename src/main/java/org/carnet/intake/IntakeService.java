package org.carnet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;

/** What the person ate and took: logging, their products, the day's totals. Synchronous; call it off the FX thread. */
public class IntakeService {
    private static final int RECENT_FOODS = 30;

    private final IntakeRepository repository;
    private final FoodCatalog catalog;
    private final Clock clock;
    private volatile List<String> preferredFoods;

    public IntakeService(IntakeRepository repository, FoodCatalog catalog, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
        // Read when a food is first looked up: opening the journal for a command needs none.
        catalog.readCustomFoodsWith(repository::customFoods);
    }

    /** Reads and indexes the food table now (it is otherwise read on the first search), for a background thread. */
    public void preloadFoods() {
        catalog.preload();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // Foods

    /** Foods matching what was typed, favourites then recent foods first. */
    public List<Food> searchFoods(String query, int limit) {
        return catalog.search(query, preferredFoods(), limit);
    }

    public Optional<Food> food(String code) {
        return catalog.byCode(code);
    }

    public java.util.Set<String> favouriteFoods() {
        return repository.favouriteFoods();
    }

    public void setFavourite(String code, boolean favourite) {
        repository.setFavourite(code, favourite);
        preferredFoods = null;
    }

    public List<CustomFood> customFoods() {
        return repository.customFoods();
    }

    public CustomFood saveCustomFood(CustomFood food) {
        check(IntakeValidator.validate(food));
        CustomFood saved = repository.saveCustomFood(food);
        catalog.setCustomFoods(repository.customFoods());
        return saved;
    }

    private List<String> preferredFoods() {
        List<String> preferred = preferredFoods;
        if (preferred == null) {
            List<String> codes = new ArrayList<>(repository.favouriteFoods());
            repository.recentFoodCodes(RECENT_FOODS).stream().filter(c -> !codes.contains(c)).forEach(codes::add);
            preferred = List.copyOf(codes);
            preferredFoods = preferred;
        }
        return preferred;
    }

    // Products and medications

    public List<Product> products() {
        return repository.products(false);
    }

    public Product saveProduct(Product product) {
        check(IntakeValidator.validate(product));
        return repository.saveProduct(product);
    }

    /**
     * Changes a stored product. A changed label applies to the intakes logged from {@code from} on, or to every one
     * of them when {@code from} is null ("past intakes too"); the intakes before keep the dose they were logged with.
     * Returns how many intakes took the new label.
     */
    public int changeProduct(Product product, LocalDate from) {
        check(IntakeValidator.validate(product));
        if (product.id() == null) {
            throw new IllegalArgumentException("Only a stored product can be changed");
        }
        return repository.changeProduct(product, from);
    }

    /** Whether {@code edited} has another label than the stored product of its id, and intakes logged with it. */
    public boolean doseChangeTouchesIntakes(Product edited) {
        return edited.id() != null && repository.products(true).stream()
                .filter(p -> p.id().equals(edited.id()))
                .anyMatch(p -> !p.dose().equals(edited.dose()))
                && repository.countSupplementIntakes(edited.id(), null) > 0;
    }

    public void archiveProduct(long id) {
        repository.archiveProduct(id);
    }

    public List<Medication> medications() {
        return repository.medications(false);
    }

    public Medication saveMedication(Medication medication) {
        check(IntakeValidator.validate(medication));
        return repository.saveMedication(medication);
    }

    public void archiveMedication(long id) {
        repository.archiveMedication(id);
    }

    // Intakes

    public FoodIntake logFood(FoodIntake intake) {
        check(IntakeValidator.validate(intake, now()));
        if (catalog.byCode(intake.foodCode()).isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("food", "validation.unknownFood")));
        }
        FoodIntake saved = repository.saveFoodIntake(intake);
        preferredFoods = null;
        return saved;
    }

    public SupplementIntake logSupplement(SupplementIntake intake) {
        check(IntakeValidator.validate(intake, now()));
        return repository.saveSupplementIntake(intake);
    }

    public MedicationIntake logMedication(MedicationIntake intake) {
        check(IntakeValidator.validate(intake, now()));
        return repository.saveMedicationIntake(intake);
    }

    /**
     * Copies every intake of {@code from} to {@code to}, each at the same time of day, in one transaction. Returns
     * how many were copied (0 for a day with nothing logged).
     */
    public int copyDay(LocalDate from, LocalDate to) {
        DayIntakeLog source = repository.findDay(from);
        List<FoodIntake> foods = source.foods().stream()
                .map(i -> new FoodIntake(null, to.atTime(i.takenAt().toLocalTime()), i.foodCode(), i.grams())).toList();
        List<SupplementIntake> supplements = source.supplements().stream()
                .map(i -> new SupplementIntake(null, to.atTime(i.takenAt().toLocalTime()), i.productId(), i.units()))
                .toList();
        List<MedicationIntake> medications = source.medications().stream()
                .map(i -> new MedicationIntake(null, to.atTime(i.takenAt().toLocalTime()), i.medicationId())).toList();
        List<FieldError> errors = new java.util.ArrayList<>();
        foods.forEach(i -> errors.addAll(IntakeValidator.validate(i, today())));
        supplements.forEach(i -> errors.addAll(IntakeValidator.validate(i, today())));
        medications.forEach(i -> errors.addAll(IntakeValidator.validate(i, today())));
        check(errors);
        repository.saveDay(foods, supplements, medications);
        preferredFoods = null;
        return foods.size() + supplements.size() + medications.size();
    }

    public void deleteFood(long id) {
        repository.deleteFoodIntake(id);
        preferredFoods = null;
    }

    public void deleteSupplement(long id) {
        repository.deleteSupplementIntake(id);
    }

    public void deleteMedication(long id) {
        repository.deleteMedicationIntake(id);
    }

    public DayIntakeDetails day(LocalDate day) {
        return details(repository.findDay(day), productsById(), medicationsById());
    }

    /** The details of every day with an intake between the two dates, inclusive. */
    public Map<LocalDate, DayIntakeDetails> days(LocalDate from, LocalDate to) {
        Map<Long, Product> products = productsById();
        Map<Long, Medication> medications = medicationsById();
        return repository.findDays(from, to).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> details(e.getValue(), products, medications), (a, b) -> a, java.util.TreeMap::new));
    }

    // My usual

    public List<RoutineItem> routine() {
        return repository.routine();
    }

    /** Makes the supplements and medications logged on {@code day} the usual ones. */
    public List<RoutineItem> saveRoutineFrom(LocalDate day) {
        DayIntakeLog log = repository.findDay(day);
        List<RoutineItem> items = new ArrayList<>();
        log.supplements().forEach(s -> items.add(RoutineItem.product(s.productId(), s.units(), s.takenAt().toLocalTime())));
        log.medications().forEach(m -> items.add(RoutineItem.medication(m.medicationId(), m.takenAt().toLocalTime())));
        repository.saveRoutine(items);
        return items;
    }

    /** Logs every usual item on {@code day} at its usual time, in one transaction; returns how many. */
    public int logRoutine(LocalDate day) {
        List<RoutineItem> items = repository.routine();
        List<SupplementIntake> supplements = new ArrayList<>();
        List<MedicationIntake> medications = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (RoutineItem item : items) {
            LocalDateTime at = LocalDateTime.of(day, item.time());
            if (item.productId() != null) {
                SupplementIntake intake = new SupplementIntake(null, at, item.productId(), item.units());
                errors.addAll(IntakeValidator.validate(intake, today()));
                supplements.add(intake);
            } else {
                MedicationIntake intake = new MedicationIntake(null, at, item.medicationId());
                errors.addAll(IntakeValidator.validate(intake, today()));
                medications.add(intake);
            }
        }
        check(errors);
        repository.saveAll(supplements, medications);
        return items.size();
    }

    private DayIntakeDetails details(DayIntakeLog log, Map<Long, Product> products, Map<Long, Medication> medications) {
        List<DayIntakeDetails.FoodLine> foods = log.foods().stream()
                .map(f -> new DayIntakeDetails.FoodLine(f, catalog.byCode(f.foodCode()).orElse(missingFood(f.foodCode()))))
                .toList();
        List<DayIntakeDetails.SupplementLine> supplements = log.supplements().stream()
                .map(s -> new DayIntakeDetails.SupplementLine(s, asTaken(products.get(s.productId()), s)))
                .toList();
        List<DayIntakeDetails.MedicationLine> medicationLines = log.medications().stream()
                .map(m -> new DayIntakeDetails.MedicationLine(m, medications.get(m.medicationId())))
                .toList();
        DailyTotals totals = DailyTotals.of(
                foods.stream().map(f -> new DailyTotals.FoodPortion(f.food(), f.intake().grams())).toList(),
                supplements.stream().map(s -> new DailyTotals.ProductDose(s.product(), s.intake().units())).toList());
        return new DayIntakeDetails(log.day(), foods, supplements, medicationLines, totals);
    }

    /** The product as its label was when the intake was logged: history stays true after the label changes. */
    private static Product asTaken(Product product, SupplementIntake intake) {
        return product == null ? null : product.withDose(intake.dose());
    }

    /** A food no longer in the table (a later Ciqual edition dropped it): shown by code, all values unknown. */
    private static Food missingFood(String code) {
        return new Food(code, code, code, null, false, Map.of());
    }

    private Map<Long, Product> productsById() {
        return repository.products(true).stream().collect(Collectors.toMap(Product::id, Function.identity()));
    }

    private Map<Long, Medication> medicationsById() {
        return repository.medications(true).stream().collect(Collectors.toMap(Medication::id, Function.identity()));
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
