package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.carnet.journal.JournalService;
import org.carnet.journal.OwnSymptomService;
import org.carnet.ui.AppPage;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The check-in page: one day's symptoms and episodes. The menus save it and move between days through it. */
public final class CheckInPage implements AppPage {
    private final CheckInViewModel model;
    private final JournalService journal;
    private final EpisodeActions episodes;
    private final Supplier<Messages> messages;
    private final DialogService dialogs;
    private final Runnable editOwnSymptoms;
    /** The view of the page last made, or made for the menus before the first visit. */
    private CheckInView view;

    public CheckInPage(JournalService journal, OwnSymptomService ownSymptoms, TaskRunner runner,
                       JournalChanges changes, RedFlagAlerts alerts, EpisodeActions episodes,
                       Supplier<Messages> messages, DialogService dialogs, Consumer<Throwable> loadFailed,
                       Runnable editOwnSymptoms) {
        this.model = new CheckInViewModel(journal, ownSymptoms, runner, changes, alerts);
        this.journal = journal;
        this.episodes = episodes;
        this.messages = messages;
        this.dialogs = dialogs;
        this.editOwnSymptoms = editOwnSymptoms;
        changes.subscribe(() -> model.refreshEpisodes(loadFailed), DataKind.EPISODES);
        changes.subscribe(() -> model.reloadOwnSymptoms(loadFailed), DataKind.OWN_SYMPTOMS);
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CALENDAR_CHECK;
    }

    /** Today's check-in. */
    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        model.load(journal.today(), failed);
        return AppPage.untilIdle(model.busyProperty());
    }

    @Override
    public Node create(Messages words) {
        view = newView(words);
        return view.createView();
    }

    private CheckInView newView(Messages words) {
        CheckInView made = new CheckInView(model, episodes, words, dialogs);
        made.setOnEditOwnSymptoms(editOwnSymptoms);
        return made;
    }

    /** The view the menus act on: the page's, or one for the current language if the page was not made yet. */
    public CheckInView view() {
        if (view == null) {
            view = newView(messages.get());
        }
        return view;
    }

    public CheckInViewModel model() {
        return model;
    }

    /** The day shown, or null while none is loaded. */
    public LocalDate day() {
        return model.dayProperty().get();
    }

    @Override
    public void focus(Node shown) {
        view().focusFirstField();
    }

    @Override
    public void whenChangesHandled(Runnable next, Runnable stay) {
        view().whenChangesHandled(next);
    }
}
