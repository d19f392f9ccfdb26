package org.carnet.intake.ui;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.carnet.intake.IntakeService;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.ui.AppPage;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** My products: the person's supplements and medications, their doses and usual routine. */
public final class ProductsPage implements AppPage {
    private final ProductsViewModel model;
    private final DialogService dialogs;

    public ProductsPage(IntakeService intake, TaskRunner runner, JournalChanges changes, DialogService dialogs) {
        this.model = new ProductsViewModel(intake, runner, changes);
        this.dialogs = dialogs;
    }

    @Override
    public Ikon icon() {
        return MaterialDesignP.PILL;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        return AppPage.loading(failed, model::load);
    }

    @Override
    public Node create(Messages messages) {
        return new ProductsView(model, messages, dialogs).createView();
    }
}
