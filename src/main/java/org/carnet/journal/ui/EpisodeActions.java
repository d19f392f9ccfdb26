package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.carnet.journal.Episode;
import org.carnet.ui.DataKind;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalService;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.ReusedDialog;
import org.carnet.ui.TaskRunner;

/** Logging, editing and deleting episodes, from any screen. A failed save reopens the form with what was typed. */
public final class EpisodeActions {
    private final JournalService journal;
    private final TaskRunner runner;
    private final JournalChanges changes;
    private final Supplier<Messages> messages;
    private final Supplier<DialogService> dialogs;
    private final Supplier<Window> owner;
    private EpisodeDialog dialog;
    private EpisodeViewModel form;
    private Messages dialogMessages;
    private Window dialogOwner;

    public EpisodeActions(JournalService journal, TaskRunner runner, JournalChanges changes,
                          Supplier<Messages> messages, Supplier<DialogService> dialogs, Supplier<Window> owner) {
        this.journal = journal;
        this.runner = runner;
        this.changes = changes;
        this.messages = messages;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** "Log an episode now": now, or on {@code day} at the current time when the day shown is another one. */
    public void logNow(LocalDate day, EpisodeKind kind) {
        LocalDate target = day == null || day.isAfter(journal.today()) ? journal.today() : day;
        EpisodeDialog dialog = dialog();
        form.startNew(journal.now(), kind, target);
        ask(dialog);
    }

    public void edit(Episode episode) {
        EpisodeDialog dialog = dialog();
        form.startEdit(episode, journal.now());
        ask(dialog);
    }

    public void delete(Episode episode) {
        Messages text = messages.get();
        String what = text.of("episode.kind", episode.kind()) + " " + text.shortDate(episode.day()) + " "
                + text.time(episode.occurredAt());
        if (dialogs.get().confirm(text.get("episode.delete.header"), text.get("episode.delete.content", what),
                text.get("action.delete"))) {
            runner.run(() -> {
                journal.deleteEpisode(episode.id());
                return null;
            }, done -> changes.publish(DataKind.EPISODES), error -> dialogs.get().showError("action.deleteEpisode", error));
        }
    }

    /**
     * Builds the form ahead and has JavaFX style and lay it out (every field shown), out of sight: the first "log an
     * episode" then opens without holding the window. Nothing is shown.
     */
    public void prepareForm() {
        EpisodeDialog dialog = dialog();
        form.startNew(journal.now(), EpisodeKind.PALPITATION, null);
        ReusedDialog.style(dialog);
    }

    /**
     * The window's episode dialog, made once and shown again for each episode (a new one would be built, styled and
     * laid out anew: most of its opening time); made again when the language or the window changes.
     */
    private EpisodeDialog dialog() {
        Messages words = messages.get();
        Window window = owner.get();
        if (dialog == null || dialogMessages != words || dialogOwner != window || dialog.isShowing()) {
            form = EpisodeViewModel.now(journal.now(), EpisodeKind.CRAMP, null);
            dialog = new EpisodeDialog(window, form, words);
            dialogMessages = words;
            dialogOwner = window;
        }
        return dialog;
    }

    private void ask(EpisodeDialog shown) {
        shown.ask().ifPresent(episode ->
                runner.run(() -> journal.logEpisode(episode), saved -> changes.publish(DataKind.EPISODES), error -> {
                    dialogs.get().showError("action.saveEpisode", error);
                    // Shown again as it was typed (in a dialog of its own if another episode is being typed).
                    EpisodeDialog again = dialog();
                    form.startEdit(episode, journal.now());
                    ask(again);
                }));
    }
}
