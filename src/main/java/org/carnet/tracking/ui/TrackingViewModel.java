package org.carnet.tracking.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.carnet.labs.LabResult;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.Tracked;
import org.carnet.tracking.TrackingService;
import org.carnet.tracking.TrackingService.TrackingData;
import org.carnet.ui.TaskRunner;

/** The current protocol analysed as of today, and the symptom shown in the chart. */
public final class TrackingViewModel {
    private final TrackingService tracking;
    private final TaskRunner runner;

    // Properties
    private final ReadOnlyObjectWrapper<TrackingData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TrackingService.JournalSoFar> soFar = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Tracked> symptom = new SimpleObjectProperty<>(Symptom.CRAMP_EPISODES);
    private final ReadOnlyObjectWrapper<List<LabResult>> labResults = new ReadOnlyObjectWrapper<>(List.of());
    /** Where the laboratory results come from; none until the window gives the journal's. */
    private Callable<List<LabResult>> labs = List::of;

    public TrackingViewModel(TrackingService tracking, TaskRunner runner) {
        this.tracking = tracking;
        this.runner = runner;
    }

    /** Null when there is no protocol (once {@link #loadedProperty()} is true). */
    public ReadOnlyObjectProperty<TrackingData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<Tracked> symptomProperty() {
        return symptom;
    }

    /** The laboratory results, drawn as marks on the chart's timeline. */
    public void setLabResults(Callable<List<LabResult>> labs) {
        this.labs = labs;
    }

    /** The laboratory results as of the last load, newest first; set before {@link #dataProperty()}. */
    public ReadOnlyObjectProperty<List<LabResult>> labResultsProperty() {
        return labResults.getReadOnlyProperty();
    }

    /** What the journal says while no protocol runs (days recorded, red flags); null while a protocol runs. */
    public ReadOnlyObjectProperty<TrackingService.JournalSoFar> soFarProperty() {
        return soFar.getReadOnlyProperty();
    }

    private record Loaded(Optional<TrackingData> data, TrackingService.JournalSoFar soFar, List<LabResult> labs) {
    }

    public void load(Consumer<Throwable> onFailure) {
        load(() -> { }, onFailure);
    }

    /** Reads the data anew; {@code done} runs once it is in. */
    public void load(Runnable done, Consumer<Throwable> onFailure) {
        Callable<List<LabResult>> source = labs;
        runner.run(() -> {
            Optional<TrackingData> current = tracking.analyseCurrent();
            return new Loaded(current, current.isPresent() ? null : tracking.journalSoFar(),
                    List.copyOf(source.call()));
        }, both -> {
            Optional<TrackingData> result = both.data();
            labResults.set(both.labs());
            TrackingData next = result.orElse(null);
            if (next != null && next.report().symptoms().stream()
                    .noneMatch(s -> s.symptom().equals(symptom.get()) && s.tracked())) {
                next.report().symptoms().stream().filter(s -> s.tracked()).findFirst()
                        .ifPresent(s -> symptom.set(s.symptom()));
            }
            soFar.set(both.soFar());
            data.set(next);
            loaded.set(true);
            done.run();
        }, onFailure);
    }
}
