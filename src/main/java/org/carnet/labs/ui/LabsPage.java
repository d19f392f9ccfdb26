package org.carnet.labs.ui;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.carnet.labs.LabService;
import org.carnet.ui.AppPage;
import org.carnet.ui.DataChanges;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The results page: the person's lab results, entered by hand. */
public final class LabsPage implements AppPage {
    private final LabsViewModel model;
    private final DialogService dialogs;
    private LabsView view;

    public LabsPage(LabService labs, TaskRunner runner, DataChanges changes, DialogService dialogs,
                    Consumer<Throwable> loadFailed) {
        this.model = new LabsViewModel(labs, runner, changes);
        this.dialogs = dialogs;
        changes.subscribe(() -> model.load(loadFailed), DataKind.LABS);
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TEST_TUBE;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        return AppPage.loading(failed, model::load);
    }

    @Override
    public Node create(Messages messages) {
        view = new LabsView(model, messages, dialogs);
        return view.createView();
    }

    @Override
    public void focus(Node shown) {
        if (view != null) {
            view.focusFirstField();
        }
    }
}
