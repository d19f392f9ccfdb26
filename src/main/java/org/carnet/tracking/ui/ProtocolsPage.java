package org.carnet.tracking.ui;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.tracking.TrackingService;
import org.carnet.ui.AppPage;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The protocols page: the supplement plan followed, with its products and its baseline. */
public final class ProtocolsPage implements AppPage {
    private final ProtocolsViewModel model;
    private final DialogService dialogs;

    public ProtocolsPage(TrackingService tracking, TaskRunner runner, JournalChanges changes, DialogService dialogs,
                         Consumer<Throwable> loadFailed) {
        this.model = new ProtocolsViewModel(tracking, runner, changes);
        this.dialogs = dialogs;
        // Products added under My products appear in the protocol's list at once.
        changes.subscribe(() -> model.load(loadFailed), DataKind.PRODUCTS);
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FLAG_OUTLINE;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        return AppPage.loading(failed, model::load);
    }

    @Override
    public Node create(Messages messages) {
        return new ProtocolsView(model, messages, dialogs).createView();
    }

    /** A half-filled protocol is asked about: saved, discarded, or kept on screen ({@code stay}). */
    @Override
    public void whenChangesHandled(Runnable next, Runnable stay) {
        ProtocolsView.whenChangesHandled(model, dialogs, next, stay);
    }
}
