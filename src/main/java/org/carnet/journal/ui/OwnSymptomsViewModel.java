package org.carnet.journal.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.journal.OwnSymptomService;
import org.carnet.ui.DataKind;
import org.carnet.ui.DataChanges;
import org.carnet.ui.TaskRunner;

/**
 * "My symptoms": the list of the person's own symptoms and the form of the one chosen (or of a new one). Saving,
 * retiring and bringing back go through {@link OwnSymptomService}; its refusals show under the fields.
 */
public final class OwnSymptomsViewModel {
    private final OwnSymptomService service;
    private final TaskRunner runner;
    private final DataChanges changes;

    // Properties
    private final ObservableList<OwnSymptom> symptoms = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OwnSymptom> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OwnSymptomKind> kind = new SimpleObjectProperty<>(OwnSymptomKind.SCALE);
    private final BooleanProperty higherIsBetter = new SimpleBooleanProperty();
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();

    public OwnSymptomsViewModel(OwnSymptomService service, TaskRunner runner, DataChanges changes) {
        this.service = service;
        this.runner = runner;
        this.changes = changes;
        name.addListener((o, was, now) -> errors.remove("name"));
        kind.addListener((o, was, now) -> errors.remove("kind"));
    }

    public ObservableList<OwnSymptom> symptoms() {
        return symptoms;
    }

    /** The symptom the form edits; null for a new one. */
    public ReadOnlyObjectProperty<OwnSymptom> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OwnSymptomKind> kindProperty() {
        return kind;
    }

    public BooleanProperty higherIsBetterProperty() {
        return higherIsBetter;
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    // Commands

    public void load(Consumer<Throwable> onFailure) {
        runner.run(service::all, all -> {
            symptoms.setAll(all);
            OwnSymptom current = selected.get();
            if (current != null) {
                select(all.stream().filter(s -> s.id().equals(current.id())).findFirst().orElse(null));
            }
        }, onFailure);
    }

    /** Puts {@code symptom} in the form (null: an empty form for a new one). */
    public void select(OwnSymptom symptom) {
        selected.set(symptom);
        name.set(symptom == null ? "" : symptom.name());
        kind.set(symptom == null ? OwnSymptomKind.SCALE : symptom.kind());
        higherIsBetter.set(symptom != null && symptom.higherIsBetter());
        errors.clear();
    }

    /** Adds the new symptom or saves the changes to the chosen one; false (nothing written) if refused. */
    public void save(Runnable onSaved, Consumer<Throwable> onFailure) {
        OwnSymptom current = selected.get();
        OwnSymptom edited = new OwnSymptom(current == null ? null : current.id(), name.get(), kind.get(),
                higherIsBetter.get(), current != null && current.retired());
        write(() -> service.save(edited), saved -> {
            onSaved.run();
            select(null);
        }, onFailure);
    }

    /** The chosen symptom is no longer asked in the check-in; its values stay. */
    public void retire(Consumer<Throwable> onFailure) {
        OwnSymptom current = selected.get();
        if (current != null) {
            write(() -> service.retire(current), this::select, onFailure);
        }
    }

    /** The chosen retired symptom is asked in the check-in again. */
    public void restore(Consumer<Throwable> onFailure) {
        OwnSymptom current = selected.get();
        if (current != null) {
            write(() -> service.restore(current), this::select, onFailure);
        }
    }

    private void write(java.util.concurrent.Callable<OwnSymptom> work, Consumer<OwnSymptom> then,
                       Consumer<Throwable> onFailure) {
        runner.run(work, saved -> {
            changes.publish(DataKind.OWN_SYMPTOMS);
            then.accept(saved);
            load(onFailure);
        }, error -> {
            if (error instanceof ValidationException invalid) {
                errors.clear();
                List<FieldError> found = invalid.errors();
                found.forEach(e -> errors.putIfAbsent(e.field(), e));
            } else {
                onFailure.accept(error);
            }
        });
    }
}
