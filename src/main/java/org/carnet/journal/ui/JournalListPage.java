package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.carnet.journal.JournalService;
import org.carnet.journal.OwnSymptomService;
import org.carnet.ui.AppPage;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/** The journal page: the list of days; a day opens its check-in. */
public final class JournalListPage implements AppPage {
    private final JournalListViewModel model;
    private final Consumer<LocalDate> openDay;

    public JournalListPage(JournalService journal, OwnSymptomService ownSymptoms, TaskRunner runner,
                           JournalChanges changes, Consumer<Throwable> loadFailed, Consumer<LocalDate> openDay) {
        this.model = new JournalListViewModel(journal, ownSymptoms, runner, changes, loadFailed);
        this.openDay = openDay;
    }

    @Override
    public Ikon icon() {
        return MaterialDesignN.NOTEBOOK_OUTLINE;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        model.load(failed);
        return AppPage.untilIdle(model.loadingProperty());
    }

    @Override
    public Node create(Messages messages) {
        return new JournalListView(model, messages, openDay).createView();
    }

    @Override
    public void focus(Node view) {
        Node list = view.lookup("#journal-list");
        if (list != null) {
            list.requestFocus();
        }
    }
}
