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
import org.carnet.ui.TaskRunner;

/** The list of logged days, newest first, reloaded in one query whenever the journal changes. */
public final class JournalListViewModel {
    private final JournalService journal;
    private final TaskRunner runner;
    private final ObservableList<DaySummary> days = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public JournalListViewModel(JournalService journal, TaskRunner runner, JournalChanges changes,
                                Consumer<Throwable> onFailure) {
        this.journal = journal;
        this.runner = runner;
        changes.subscribe(() -> load(onFailure), DataKind.DAYS, DataKind.EPISODES);
    }

    public ObservableList<DaySummary> days() {
        return days;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void load(Consumer<Throwable> onFailure) {
        loading.set(true);
        runner.run(journal::listDays, (List<DaySummary> loaded) -> {
            days.setAll(loaded);
            loading.set(false);
        }, error -> {
            loading.set(false);
            onFailure.accept(error);
        });
    }
}
