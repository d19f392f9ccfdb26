package org.carnet.tracking.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.carnet.tracking.Symptom;
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
    private final ObjectProperty<Symptom> symptom = new SimpleObjectProperty<>(Symptom.CRAMP_EPISODES);

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

    public ObjectProperty<Symptom> symptomProperty() {
        return symptom;
    }

    public void load(Consumer<Throwable> onFailure) {
        runner.run(tracking::analyseCurrent, result -> {
            TrackingData next = result.orElse(null);
            if (next != null && !next.report().summary(symptom.get()).tracked()) {
                next.report().symptoms().stream().filter(s -> s.tracked()).findFirst()
                        .ifPresent(s -> symptom.set(s.symptom()));
            }
            data.set(next);
            loaded.set(true);
        }, onFailure);
    }
}
