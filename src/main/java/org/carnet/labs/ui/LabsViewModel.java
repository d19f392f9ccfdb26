package org.carnet.labs.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.carnet.core.NumberInput;
import org.carnet.core.ValidationException;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabService;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.labs.LabValidator;
import org.carnet.ui.DataChanges;
import org.carnet.ui.DataKind;
import org.carnet.ui.TaskRunner;

/**
 * The Results page: the person's laboratory results, newest first, and the form that logs a new one or edits one.
 * Values are kept as typed, in the unit chosen among the test's units; the service stores them in the canonical unit.
 * Every change publishes {@link DataKind#LABS}, so the tracking chart and the summary follow.
 */
public final class LabsViewModel {
    /** Decimals accepted in a value or a range end (reports print at most 2; the third is kept). */
    public static final int DECIMALS = 3;
    /** Bounds of what the number field parses; the validator says what is wrong with a value inside them. */
    private static final double PARSE_LIMIT = 1e9;
    static final List<String> FIELDS = List.of("test", "takenOn", "value", "unit", "rangeLow", "rangeHigh");

    private final LabService labs;
    private final TaskRunner runner;
    private final DataChanges changes;

    // Properties: the list
    private final ObservableList<LabResult> results = FXCollections.observableArrayList();
    // Properties: the form
    private final ObjectProperty<LabTest> test = new SimpleObjectProperty<>();
    private final ObservableList<LabUnit> units = FXCollections.observableArrayList();
    private final ObjectProperty<LabUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> takenOn = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty rangeLow = new SimpleStringProperty("");
    private final StringProperty rangeHigh = new SimpleStringProperty("");
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();
    /** The result being edited, null while a new one is typed. */
    private final ReadOnlyObjectWrapper<LabResult> editing = new ReadOnlyObjectWrapper<>();

    public LabsViewModel(LabService labs, TaskRunner runner, DataChanges changes) {
        this.labs = labs;
        this.runner = runner;
        this.changes = changes;
        // The unit choice follows the test: its units, the canonical one first; a unit the test has is kept.
        test.addListener((o, was, now) -> {
            units.setAll(now == null ? List.of() : now.units());
            if (now != null && !now.accepts(unit.get())) {
                unit.set(now.canonicalUnit());
            }
        });
        takenOn.set(labs.today());
    }

    // Properties

    public ObservableList<LabResult> results() {
        return results;
    }

    public ObjectProperty<LabTest> testProperty() {
        return test;
    }

    /** The units of the chosen test. */
    public ObservableList<LabUnit> units() {
        return units;
    }

    public ObjectProperty<LabUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<LocalDate> takenOnProperty() {
        return takenOn;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty rangeLowProperty() {
        return rangeLow;
    }

    public StringProperty rangeHighProperty() {
        return rangeHigh;
    }

    /** Errors by field: test, takenOn, value, unit, rangeLow, rangeHigh. */
    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<LabResult> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public LocalDate today() {
        return labs.today();
    }

    // Commands

    public void load(Consumer<Throwable> onFailure) {
        load(() -> { }, onFailure);
    }

    /** Reads the data anew; {@code done} runs once it is in. */
    public void load(Runnable done, Consumer<Throwable> onFailure) {
        runner.run(labs::all, all -> {
            results.setAll(all);
            done.run();
        }, onFailure);
    }

    /** Puts {@code result} in the form, to be changed and saved in its place. */
    public void edit(LabResult result) {
        editing.set(result);
        test.set(result.test());
        unit.set(result.unit());
        takenOn.set(result.takenOn());
        value.set(typed(result.value()));
        rangeLow.set(typed(result.rangeLow()));
        rangeHigh.set(typed(result.rangeHigh()));
        errors.clear();
    }

    /** Leaves the result being edited as it was and empties the form. */
    public void cancelEdit() {
        clear();
    }

    /**
     * Checks the form (numbers, then the validator's rules: nothing negative or implausible, the range in order, a
     * unit of the test, no future date); shows what is wrong by field and saves nothing then. Returns whether it was
     * sent to be saved.
     */
    public boolean save(Consumer<Throwable> onFailure) {
        List<FieldError> found = new ArrayList<>();
        Double parsedValue = number("value", value.get(), found);
        Double low = number("rangeLow", rangeLow.get(), found);
        Double high = number("rangeHigh", rangeHigh.get(), found);
        LabResult edited = editing.get();
        LabResult result = new LabResult(edited == null ? null : edited.id(), test.get(), takenOn.get(), parsedValue,
                unit.get(), low, high);
        if (found.isEmpty()) {
            found.addAll(LabValidator.validate(result, labs.today()));
        }
        if (!show(found)) {
            return false;
        }
        runner.run(() -> labs.save(result), saved -> {
            clear();
            changes.publish(DataKind.LABS);
            load(onFailure);
        }, error -> {
            if (error instanceof ValidationException invalid) {
                show(invalid.errors());
            } else {
                onFailure.accept(error);
            }
        });
        return true;
    }

    public void delete(LabResult result, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            labs.delete(result.id());
            return result;
        }, deleted -> {
            if (editing.get() != null && editing.get().id().equals(deleted.id())) {
                clear();
            }
            changes.publish(DataKind.LABS);
            load(onFailure);
        }, onFailure);
    }

    private void clear() {
        editing.set(null);
        value.set("");
        rangeLow.set("");
        rangeHigh.set("");
        takenOn.set(labs.today());
        errors.clear();
    }

    private static Double number(String field, String text, List<FieldError> found) {
        var parsed = NumberInput.decimal(field, text, -PARSE_LIMIT, PARSE_LIMIT, DECIMALS);
        parsed.error().ifPresent(found::add);
        return parsed.orNull();
    }

    /** As the person typed it: no trailing zeros, a point (the field accepts a comma too). */
    private static String typed(Double number) {
        return number == null ? "" : java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private boolean show(List<FieldError> found) {
        errors.clear();
        for (FieldError error : found) {
            errors.putIfAbsent(FIELDS.contains(error.field()) ? error.field() : "value", error);
        }
        return found.isEmpty();
    }
}
