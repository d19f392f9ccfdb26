package org.carnet.profile.ui;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.carnet.guidance.GuidanceService;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.profile.ProfileService;
import org.carnet.ui.AppPage;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The profile page: age, sex, conditions and medications that change the references and the findings. */
public final class ProfilePage implements AppPage {
    private final ProfileViewModel model;
    private final DialogService dialogs;

    public ProfilePage(ProfileService profiles, GuidanceService guidance, TaskRunner runner, JournalChanges changes,
                       DialogService dialogs) {
        this.model = new ProfileViewModel(profiles, guidance, runner, changes);
        this.dialogs = dialogs;
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.ACCOUNT_OUTLINE;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        return AppPage.loading(failed, model::load);
    }

    @Override
    public Node create(Messages messages) {
        return new ProfileView(model, messages, dialogs).createView();
    }
}
