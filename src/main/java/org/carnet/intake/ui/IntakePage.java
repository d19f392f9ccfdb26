package org.carnet.intake.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.carnet.guidance.GuidanceService;
import org.carnet.intake.IntakeService;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.reminders.Due;
import org.carnet.ui.AppPage;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The intake page: the day's foods and supplements against the references, and the findings they raise. */
public final class IntakePage implements AppPage {
    private final IntakeViewModel model;
    private final IntakeService intake;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Runnable openProducts;
    private IntakeView view;

    public IntakePage(IntakeService intake, GuidanceService guidance, Function<LocalDateTime, List<Due.Dose>> lateDoses,
                      TaskRunner runner, JournalChanges changes, DialogService dialogs, Notifier notifier,
                      Consumer<Throwable> loadFailed, Runnable openProducts) {
        this.model = new IntakeViewModel(intake, guidance, runner, changes);
        model.setLateDoses(lateDoses);
        this.intake = intake;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.openProducts = openProducts;
        // A check-in's digestion, a new product or a profile change can change the intake findings.
        changes.subscribe(() -> model.reload(loadFailed), DataKind.DAYS, DataKind.PRODUCTS, DataKind.MEDICATIONS,
                DataKind.FOODS, DataKind.ROUTINE, DataKind.PROFILE);
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SILVERWARE_FORK_KNIFE;
    }

    /** Today's intakes. */
    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        return AppPage.loading(failed, (done, failing) -> model.load(intake.today(), done, failing));
    }

    @Override
    public Node create(Messages messages) {
        view = new IntakeView(model, messages, dialogs, openProducts);
        view.setOnCopied(count -> notifier.success(messages.get("intake.title"),
                messages.get("intake.copyDay.done", count)));
        view.setOnNewFindings(found -> notifier.pageNotice(
                messages.get("intake.newFindings.notice.title"), IntakeView.notice(found, messages)));
        return view.createView();
    }

    @Override
    public void focus(Node shown) {
        if (view != null) {
            view.focusSearch();
        }
    }

    /** Journal › Find a food: the search field of the page, once it is shown. */
    public void findFood() {
        if (view != null) {
            view.findFood();
        }
    }
}
