package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalService;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;

/** Logging, editing and deleting episodes, from any screen. A failed save reopens the form with what was typed. */
public final class EpisodeActions {
    private final JournalService journal;
    private final TaskRunner runner;
    private final JournalChanges changes;
    private final Supplier<Messages> messages;
    private final Supplier<DialogService> dialogs;
    private final Supplier<Window> owner;

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
        ask(EpisodeViewModel.now(journal.now(), kind, target));
    }

    public void edit(Episode episode) {
        ask(EpisodeViewModel.edit(episode, journal.now()));
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
            }, done -> changes.changed(), error -> dialogs.get().showError("action.deleteEpisode", error));
        }
    }

    private void ask(EpisodeViewModel model) {
        new EpisodeDialog(owner.get(), model, messages.get()).ask().ifPresent(episode ->
                runner.run(() -> journal.logEpisode(episode), saved -> changes.changed(), error -> {
                    dialogs.get().showError("action.saveEpisode", error);
                    ask(model);
                }));
    }
}
