package org.carnet.intake.ui;

import static org.carnet.intake.IntakeLimits.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.carnet.core.FieldError;
import org.carnet.ui.DataKind;
import org.carnet.core.NumberInput;
import org.carnet.guidance.Finding;
import org.carnet.guidance.GuidanceService;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.Food;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.IntakeService;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.ui.TaskRunner;
import org.carnet.core.TimeInput;

/**
 * The intake page of one day: what was eaten and taken, the totals against the references, and what the rules
 * find, for the day and for the last four weeks.
 */
public final class IntakeViewModel {
    public static final String FOOD = "food";
    public static final String GRAMS = "grams";
    public static final String FOOD_TIME = "foodTime";
    public static final String PRODUCT = "product";
    public static final String UNITS = "units";
    public static final String SUPPLEMENT_TIME = "supplementTime";
    public static final String MEDICATION = "medication";
    public static final String MEDICATION_TIME = "medicationTime";
    public static final int PERIOD_DAYS = 28;
    static final int SEARCH_LIMIT = 40;

    private final IntakeService intake;
    private final GuidanceService guidance;
    private final TaskRunner runner;
    private final JournalChanges changes;

    // Properties
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DayIntakeDetails> details = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> periodFindings = FXCollections.observableArrayList();
    private final ObservableList<Finding> newFindings = FXCollections.observableArrayList();
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObservableList<Medication> medications = FXCollections.observableArrayList();
    private final ObservableList<Food> searchResults = FXCollections.observableArrayList();
    private final ObservableList<org.carnet.reminders.Due.Dose> lateDoses = FXCollections.observableArrayList();
    /** The current protocol's doses late at a moment (none when not given). */
    private java.util.function.Function<java.time.LocalDateTime, List<org.carnet.reminders.Due.Dose>> lateAt =
            now -> List.of();
    private final javafx.collections.ObservableSet<String> favourites = FXCollections.observableSet();
    private final StringProperty foodQuery = new SimpleStringProperty("");
    private final ObjectProperty<Food> food = new SimpleObjectProperty<>();
    private final StringProperty grams = new SimpleStringProperty("");
    private final StringProperty foodTime = new SimpleStringProperty("");
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final StringProperty units = new SimpleStringProperty("1");
    private final StringProperty supplementTime = new SimpleStringProperty("");
    private final ObjectProperty<Medication> medication = new SimpleObjectProperty<>();
    private final StringProperty medicationTime = new SimpleStringProperty("");
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();
    private long searchGeneration;
    /** The default time last put in the time fields; a field still showing it was not typed in. */
    private String defaultTimeShown = "";

    public IntakeViewModel(IntakeService intake, GuidanceService guidance, TaskRunner runner, JournalChanges changes) {
        this.intake = intake;
        this.guidance = guidance;
        this.runner = runner;
        this.changes = changes;
        grams.addListener((o, was, now) -> show(GRAMS, parseGrams(now).error()));
        units.addListener((o, was, now) -> show(UNITS, parseUnits(now).error()));
        foodTime.addListener((o, was, now) -> show(FOOD_TIME, parseTime(FOOD_TIME, now).error()));
        supplementTime.addListener((o, was, now) -> show(SUPPLEMENT_TIME, parseTime(SUPPLEMENT_TIME, now).error()));
        medicationTime.addListener((o, was, now) -> show(MEDICATION_TIME, parseTime(MEDICATION_TIME, now).error()));
        food.addListener((o, was, now) -> {
            if (now != null) {
                errors.remove(FOOD);
            }
        });
        product.addListener((o, was, now) -> errors.remove(PRODUCT));
        medication.addListener((o, was, now) -> errors.remove(MEDICATION));
    }

    // Properties

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DayIntakeDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<Finding> periodFindings() {
        return periodFindings;
    }

    /**
     * The day's findings that the last intake added raised (levothyroxine at 07:00, then magnesium at 08:00: the
     * spacing caution), for the page to show beside the forms; empty once another day is shown or they are closed.
     */
    public ObservableList<Finding> newFindings() {
        return newFindings;
    }

    /** The person has read the new findings. */
    public void closeNewFindings() {
        newFindings.clear();
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ObservableList<Medication> medications() {
        return medications;
    }

    /** Today's planned doses not logged yet, with from when magnesium can be taken where spacing applies. */
    public ObservableList<org.carnet.reminders.Due.Dose> lateDoses() {
        return lateDoses;
    }

    public void setLateDoses(java.util.function.Function<java.time.LocalDateTime,
            List<org.carnet.reminders.Due.Dose>> lateAt) {
        this.lateAt = lateAt;
    }

    public ObservableList<Food> searchResults() {
        return searchResults;
    }

    public javafx.collections.ObservableSet<String> favourites() {
        return favourites;
    }

    public StringProperty foodQueryProperty() {
        return foodQuery;
    }

    public ObjectProperty<Food> foodProperty() {
        return food;
    }

    public StringProperty gramsProperty() {
        return grams;
    }

    public StringProperty foodTimeProperty() {
        return foodTime;
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty unitsProperty() {
        return units;
    }

    public StringProperty supplementTimeProperty() {
        return supplementTime;
    }

    public ObjectProperty<Medication> medicationProperty() {
        return medication;
    }

    public StringProperty medicationTimeProperty() {
        return medicationTime;
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    public LocalDate today() {
        return intake.today();
    }

    public LocalDateTime now() {
        return intake.now();
    }

    // Commands

    /**
     * The period's findings with each piece of advice (INFO) once, on its latest day: the food of a week short of
     * magnesium is said once, not on each of 28 days, and never pushes a warning out of sight. Warnings and
     * cautions stay, every day of them.
     */
    static List<Finding> latestAdviceOnly(List<Finding> findings) {
        java.util.Map<String, Finding> latest = new java.util.HashMap<>();
        for (Finding finding : findings) {
            if (finding.severity() == org.carnet.guidance.Severity.INFO) {
                latest.merge(finding.ruleId(), finding, (a, b) -> b.day() != null && (a.day() == null
                        || b.day().isAfter(a.day())) ? b : a);
            }
        }
        return findings.stream().filter(f -> f.severity() != org.carnet.guidance.Severity.INFO
                || latest.get(f.ruleId()) == f).toList();
    }

    /** Loads {@code newDay}: entries, totals, findings, the lists of products and medications. */
    public void load(LocalDate newDay, Consumer<Throwable> onFailure) {
        load(newDay, () -> { }, onFailure);
    }

    /** Loads {@code newDay}; {@code onLoaded} runs once it is in. */
    public void load(LocalDate newDay, Runnable onLoaded, Consumer<Throwable> onFailure) {
        LocalDate today = intake.today();
        String time = TimeInput.format(defaultTime(newDay, today, intake.now().toLocalTime()));
        runner.run(() -> {
            DayIntakeDetails loaded = intake.day(newDay);
            return new Loaded(loaded, guidance.forDay(loaded),
                    latestAdviceOnly(guidance.forPeriod(today.minusDays(PERIOD_DAYS - 1L), today)),
                    intake.products(), intake.medications(), intake.favouriteFoods(),
                    newDay.equals(today) ? lateAt.apply(intake.now()) : List.of());
        }, loaded -> {
            boolean sameDay = newDay.equals(day.get());
            if (!sameDay) {
                newFindings.clear();
            }
            day.set(newDay);
            favourites.retainAll(loaded.favourites());
            favourites.addAll(loaded.favourites());
            details.set(loaded.details());
            findings.setAll(loaded.findings());
            periodFindings.setAll(loaded.period());
            lateDoses.setAll(loaded.late());
            Product selectedProduct = product.get();
            Medication selectedMedication = medication.get();
            products.setAll(loaded.products());
            medications.setAll(loaded.medications());
            product.set(find(products, selectedProduct, Product::id).orElse(products.isEmpty() ? null : products.get(0)));
            medication.set(find(medications, selectedMedication, Medication::id)
                    .orElse(medications.isEmpty() ? null : medications.get(0)));
            // A time still at its default follows the clock: the page may stay open for hours (a time typed stays).
            for (StringProperty field : List.of(foodTime, supplementTime, medicationTime)) {
                if (!sameDay || field.get().equals(defaultTimeShown)) {
                    field.set(time);
                }
            }
            defaultTimeShown = time;
            // The same time may have become the future or the past with the day: check it again.
            show(FOOD_TIME, parseTime(FOOD_TIME, foodTime.get()).error());
            show(SUPPLEMENT_TIME, parseTime(SUPPLEMENT_TIME, supplementTime.get()).error());
            show(MEDICATION_TIME, parseTime(MEDICATION_TIME, medicationTime.get()).error());
            onLoaded.run();
        }, onFailure);
    }

    private record Loaded(DayIntakeDetails details, List<Finding> findings, List<Finding> period,
                          List<Product> products, List<Medication> medications, java.util.Set<String> favourites,
                          List<org.carnet.reminders.Due.Dose> late) {
    }

    /** Marks a food as a favourite (it then comes first in the search), or unmarks it. */
    public void toggleFavourite(String code, Consumer<Throwable> onFailure) {
        boolean favourite = !favourites.contains(code);
        runner.run(() -> {
            intake.setFavourite(code, favourite);
            return null;
        }, done -> {
            if (favourite) {
                favourites.add(code);
            } else {
                favourites.remove(code);
            }
        }, onFailure);
    }

    /** Searches as the person types; an answer to an older query is dropped. */
    public void search(String query, Consumer<Throwable> onFailure) {
        long generation = ++searchGeneration;
        if (query == null || query.isBlank()) {
            searchResults.clear();
            return;
        }
        runner.run(() -> intake.searchFoods(query, SEARCH_LIMIT), results -> {
            if (generation == searchGeneration) {
                searchResults.setAll(results);
            }
        }, onFailure);
    }

    public boolean addFood(Runnable onAdded, Consumer<Throwable> onFailure) {
        followClock();
        List<FieldError> found = new ArrayList<>();
        if (food.get() == null) {
            found.add(FieldError.of(FOOD, "validation.chooseFood"));
        }
        var parsedGrams = parseGrams(grams.get());
        parsedGrams.error().ifPresent(found::add);
        if (parsedGrams.ok() && parsedGrams.value().isEmpty()) {
            found.add(FieldError.of(GRAMS, "validation.required"));
        }
        var time = parseTime(FOOD_TIME, foodTime.get());
        time.error().ifPresent(found::add);
        if (!showAll(List.of(FOOD, GRAMS, FOOD_TIME), found)) {
            return false;
        }
        FoodIntake entry = new FoodIntake(null, LocalDateTime.of(day.get(), time.orNull()), food.get().code(),
                parsedGrams.orNull());
        add(() -> intake.logFood(entry), () -> {
            food.set(null);
            foodQuery.set("");
            grams.set("");
            searchResults.clear();
            onAdded.run();
        }, onFailure);
        return true;
    }

    public boolean addSupplement(Runnable onAdded, Consumer<Throwable> onFailure) {
        followClock();
        List<FieldError> found = new ArrayList<>();
        if (product.get() == null) {
            found.add(FieldError.of(PRODUCT, "validation.chooseProduct"));
        }
        var parsedUnits = parseUnits(units.get());
        parsedUnits.error().ifPresent(found::add);
        if (parsedUnits.ok() && parsedUnits.value().isEmpty()) {
            found.add(FieldError.of(UNITS, "validation.required"));
        }
        var time = parseTime(SUPPLEMENT_TIME, supplementTime.get());
        time.error().ifPresent(found::add);
        if (!showAll(List.of(PRODUCT, UNITS, SUPPLEMENT_TIME), found)) {
            return false;
        }
        SupplementIntake entry = new SupplementIntake(null, LocalDateTime.of(day.get(), time.orNull()),
                product.get().id(), parsedUnits.orNull());
        add(() -> intake.logSupplement(entry), onAdded, onFailure);
        return true;
    }

    public boolean addMedication(Runnable onAdded, Consumer<Throwable> onFailure) {
        followClock();
        List<FieldError> found = new ArrayList<>();
        if (medication.get() == null) {
            found.add(FieldError.of(MEDICATION, "validation.chooseMedication"));
        }
        var time = parseTime(MEDICATION_TIME, medicationTime.get());
        time.error().ifPresent(found::add);
        if (!showAll(List.of(MEDICATION, MEDICATION_TIME), found)) {
            return false;
        }
        MedicationIntake entry = new MedicationIntake(null, LocalDateTime.of(day.get(), time.orNull()),
                medication.get().id());
        add(() -> intake.logMedication(entry), onAdded, onFailure);
        return true;
    }

    /** Saves an intake changed in place (same id). */
    public void edit(Object changed, Consumer<Throwable> onFailure) {
        write(() -> {
            if (changed instanceof org.carnet.intake.FoodIntake food) {
                return intake.logFood(food);
            }
            if (changed instanceof org.carnet.intake.SupplementIntake supplement) {
                return intake.logSupplement(supplement);
            }
            return intake.logMedication((org.carnet.intake.MedicationIntake) changed);
        }, () -> { }, onFailure);
    }

    /** Copies the intakes of the day shown to today, each at its time of day; {@code onDone} gets how many. */
    public void copyToToday(Consumer<Integer> onDone, Consumer<Throwable> onFailure) {
        LocalDate shown = day.get();
        runner.run(() -> intake.copyDay(shown, intake.today()), count -> {
            changes.changed();
            onDone.accept(count);
            load(intake.today(), onFailure);
        }, onFailure);
    }

    public void deleteFood(long id, Consumer<Throwable> onFailure) {
        write(() -> {
            intake.deleteFood(id);
            return null;
        }, () -> { }, onFailure);
    }

    public void deleteSupplement(long id, Consumer<Throwable> onFailure) {
        write(() -> {
            intake.deleteSupplement(id);
            return null;
        }, () -> { }, onFailure);
    }

    public void deleteMedication(long id, Consumer<Throwable> onFailure) {
        write(() -> {
            intake.deleteMedication(id);
            return null;
        }, () -> { }, onFailure);
    }

    /** Logs "my usual" for the day shown; the count of items logged goes to {@code onDone}. */
    public void logRoutine(Consumer<Integer> onDone, Consumer<Throwable> onFailure) {
        LocalDate shown = day.get();
        runner.run(() -> intake.logRoutine(shown), count -> {
            changes.publish(DataKind.INTAKES);
            reload(onFailure);
            onDone.accept(count);
        }, onFailure);
    }

    /** Makes the day's supplements and medications "my usual"; their names go to {@code onDone}. */
    public void saveRoutine(Consumer<List<String>> onDone, Consumer<Throwable> onFailure) {
        LocalDate shown = day.get();
        runner.run(() -> intake.saveRoutineFrom(shown), routine -> {
            changes.publish(DataKind.ROUTINE);
            onDone.accept(routine.stream().map(this::routineName).toList());
        }, onFailure);
    }

    private String routineName(org.carnet.intake.RoutineItem item) {
        if (item.productId() != null) {
            return products.stream().filter(p -> p.id().equals(item.productId())).map(Product::name).findFirst()
                    .orElse("?");
        }
        return medications.stream().filter(m -> m.id().equals(item.medicationId())).map(Medication::name).findFirst()
                .orElse("?");
    }

    public void reload(Consumer<Throwable> onFailure) {
        if (day.get() != null) {
            load(day.get(), onFailure);
        }
    }

    private void write(java.util.concurrent.Callable<?> work, Runnable onDone, Consumer<Throwable> onFailure) {
        runner.run(work, result -> {
            onDone.run();
            changes.publish(DataKind.INTAKES);
            reload(onFailure);
        }, onFailure);
    }

    /** Adds one intake, then keeps the findings of the day it raised in {@link #newFindings()}. */
    private void add(java.util.concurrent.Callable<?> work, Runnable onDone, Consumer<Throwable> onFailure) {
        List<Finding> before = List.copyOf(findings);
        LocalDate shown = day.get();
        runner.run(work, result -> {
            onDone.run();
            changes.publish(DataKind.INTAKES);
            load(shown, () -> newFindings.setAll(raised(before, findings)), onFailure);
        }, onFailure);
    }

    /** The findings of {@code after} that {@code before} did not have (same rule and same words). */
    static List<Finding> raised(List<Finding> before, List<Finding> after) {
        return after.stream().filter(f -> before.stream().noneMatch(b -> b.ruleId().equals(f.ruleId())
                && b.args().equals(f.args()))).toList();
    }

    /** Shows the errors of one of the three small forms, leaving the others' errors as they are. */
    private boolean showAll(List<String> formFields, List<FieldError> found) {
        formFields.forEach(errors::remove);
        found.forEach(e -> errors.put(e.field(), e));
        return found.isEmpty();
    }

    private void show(String field, Optional<FieldError> error) {
        if (error.isPresent()) {
            errors.put(field, error.get());
        } else {
            errors.remove(field);
        }
    }

    /** The time fields still at their default on today show now again when the person adds (a time typed stays). */
    private void followClock() {
        if (!intake.today().equals(day.get())) {
            return;
        }
        String now = TimeInput.format(intake.now().toLocalTime());
        for (StringProperty field : List.of(foodTime, supplementTime, medicationTime)) {
            if (field.get().equals(defaultTimeShown)) {
                field.set(now);
            }
        }
        defaultTimeShown = now;
    }

    /**
     * A time typed for the day shown: a time of day, and on today no later than now (the rule of every form,
     * {@link org.carnet.core.NotInFuture}), so the intake form refuses what the episode dialog refuses.
     */
    private NumberInput.Parsed<LocalTime> parseTime(String field, String text) {
        var parsed = TimeInput.parse(field, text);
        if (parsed.value().isEmpty() || day.get() == null) {
            return parsed;
        }
        var future = org.carnet.core.NotInFuture.moment(field, LocalDateTime.of(day.get(), parsed.value().get()),
                intake.now());
        return future.isPresent() ? new NumberInput.Parsed<>(Optional.empty(), future) : parsed;
    }

    static NumberInput.Parsed<Double> parseGrams(String text) {
        return NumberInput.positiveDecimal(GRAMS, text, FOOD_GRAMS_MAX, FOOD_GRAMS_DECIMALS);
    }

    static NumberInput.Parsed<Double> parseUnits(String text) {
        return NumberInput.positiveDecimal(UNITS, text, UNITS_MAX, UNITS_DECIMALS);
    }

    private static <T> Optional<T> find(List<T> items, T wanted, java.util.function.Function<T, Long> id) {
        if (wanted == null) {
            return Optional.empty();
        }
        return items.stream().filter(i -> id.apply(i).equals(id.apply(wanted))).findFirst();
    }

    /** Default time for new entries: now on today, midday on a past day. */
    static LocalTime defaultTime(LocalDate shown, LocalDate today, LocalTime now) {
        return shown.equals(today) ? now : LocalTime.NOON;
    }
}
