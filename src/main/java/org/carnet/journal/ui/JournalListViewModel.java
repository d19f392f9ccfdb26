package org.carnet.journal.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carnet.journal.DaySummary;
import org.carnet.ui.DataKind;
import org.carnet.journal.JournalService;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomService;
import org.carnet.ui.TaskRunner;

/** The list of logged days, newest first, reloaded in one query whenever the journal changes. */
public final class JournalListViewModel {
    private final JournalService journal;
    private final TaskRunner runner;
    private final OwnSymptomService ownService;
    private final ObservableList<DaySummary> days = FXCollections.observableArrayList();
    private final ObservableList<OwnSymptom> ownSymptoms = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public JournalListViewModel(JournalService journal, TaskRunner runner, JournalChanges changes,
                                Consumer<Throwable> onFailure) {
        this(journal, null, runner, changes, onFailure);
    }

    /** @param ownService the person's own symptoms, whose values each line shows by name (null: none) */
    public JournalListViewModel(JournalService journal, OwnSymptomService ownService, TaskRunner runner,
                                JournalChanges changes, Consumer<Throwable> onFailure) {
        this.journal = journal;
        this.ownService = ownService;
        this.runner = runner;
        changes.subscribe(() -> load(onFailure), DataKind.DAYS, DataKind.EPISODES, DataKind.OWN_SYMPTOMS);
    }

    /** Every own symptom (retired ones too: their values stay in the list), to name the values. */
    public ObservableList<OwnSymptom> ownSymptoms() {
        return ownSymptoms;
    }

    public ObservableList<DaySummary> days() {
        return days;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private record Loaded(List<DaySummary> days, List<OwnSymptom> ownSymptoms) {
    }

    public void load(Consumer<Throwable> onFailure) {
        loading.set(true);
        runner.run(() -> new Loaded(journal.listDays(), ownService == null ? List.of() : ownService.all()),
                loaded -> {
            ownSymptoms.setAll(loaded.ownSymptoms());
            days.setAll(loaded.days());
            loading.set(false);
        }, error -> {
            loading.set(false);
            onFailure.accept(error);
        });
    }
}
