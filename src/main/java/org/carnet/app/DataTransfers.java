package org.carnet.app;

import java.io.File;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.TaskRunner;

/**
 * File › Export / Import / CSV: the choice of file in the window, the work in the background (with the status bar),
 * the outcome as a notification in the window's corner. A refused import lists its first problems, in the reader's
 * language, and "Details…" shows more.
 */
final class DataTransfers {
    private static final Logger LOG = Logger.getLogger(DataTransfers.class.getName());
    /** Problems in the notification; "Details…" shows up to {@link #PROBLEMS_IN_DETAILS}. */
    static final int PROBLEMS_IN_NOTIFICATION = 3;
    static final int PROBLEMS_IN_DETAILS = 20;

    /** Where the files come from and go to: the system's choosers in the app, fixed files in tests. */
    interface FileChoices {
        /** The backup file to write, or null if the person cancelled. */
        File backupToSave(Window owner, Messages messages);

        File backupToOpen(Window owner, Messages messages);

        File csvFolder(Window owner, Messages messages);
    }

    static final FileChoices CHOOSERS = new FileChoices() {
        @Override
        public File backupToSave(Window owner, Messages messages) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("menu.exportBackup"));
            chooser.setInitialFileName("carnet-" + LocalDate.now() + ".json");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            return org.carnet.ui.FileFolders.chosen(org.carnet.ui.FileFolders.prepare(chooser).showSaveDialog(owner));
        }

        @Override
        public File backupToOpen(Window owner, Messages messages) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("menu.importBackup"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            return org.carnet.ui.FileFolders.chosen(org.carnet.ui.FileFolders.prepare(chooser).showOpenDialog(owner));
        }

        @Override
        public File csvFolder(Window owner, Messages messages) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("menu.exportCsv"));
            return org.carnet.ui.FileFolders.chosen(org.carnet.ui.FileFolders.prepare(chooser).showDialog(owner));
        }
    };

    private final Window owner;
    private final Services services;
    private final TaskRunner runner;
    private final Messages messages;
    private final DialogService dialogs;
    private final JournalChanges changes;
    private final StatusBar status;
    private final Notifier notifier;
    private final FileChoices files;

    DataTransfers(Window owner, Services services, TaskRunner runner, Messages messages, DialogService dialogs,
                  JournalChanges changes, StatusBar status, Notifier notifier, FileChoices files) {
        this.owner = owner;
        this.services = services;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.changes = changes;
        this.status = status;
        this.notifier = notifier;
        this.files = files;
    }

    void exportBackup() {
        File file = files.backupToSave(owner, messages);
        if (file == null) {
            return;
        }
        run("transfer.exporting", () -> {
            services.backupJson().exportTo(file.toPath());
            return file;
        }, done -> notifier.success(messages.get("transfer.exported.header"),
                messages.get("transfer.exported", file.getAbsolutePath())), "action.exportBackup", file);
    }

    void importBackup() {
        File file = files.backupToOpen(owner, messages);
        if (file == null) {
            return;
        }
        ButtonType merge = new ButtonType(messages.get("transfer.import.merge"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(messages.get("transfer.import.replace"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("transfer.import.question"), merge, replace,
                cancel);
        ask.initOwner(owner);
        ask.setTitle(messages.get("app.name"));
        ask.setHeaderText(messages.get("transfer.import.header", file.getName()));
        ButtonType answer = ask.showAndWait().orElse(cancel);
        if (answer == cancel) {
            return;
        }
        ImportMode mode = answer == replace ? ImportMode.REPLACE : ImportMode.MERGE;
        run("transfer.importing", () -> services.importBackup(file.toPath(), mode, safety -> { }),
                (ImportResult result) -> {
            if (!result.ok()) {
                refused(result);
                return;
            }
            int added = result.added().values().stream().mapToInt(Integer::intValue).sum();
            int skipped = result.skipped().values().stream().mapToInt(Integer::intValue).sum();
            changes.changed();
            String header = messages.get("transfer.imported.header");
            List<String> unknown = ImportProblems.unknownFoods(messages, result,
                    code -> services.intake().food(code).isPresent());
            List<String> details = new java.util.ArrayList<>(ImportProblems.tables(messages, result));
            details.addAll(unknown);
            String summary = messages.get("transfer.imported", added, skipped);
            notifier.success(header, unknown.isEmpty() ? summary : summary + "\n" + String.join("\n", unknown),
                    new Notifier.Action(messages.get("notification.details"), () -> dialogs.inform(header,
                            String.join("\n", details))));
        }, "action.importBackup", null);
    }

    /** The file was checked and refused: the first problems in the corner, more on demand. */
    private void refused(ImportResult result) {
        String header = messages.get("transfer.import.refused.header");
        List<String> first = ImportProblems.describe(messages, result.problems(), PROBLEMS_IN_NOTIFICATION);
        String details = String.join("\n", ImportProblems.describe(messages, result.problems(), PROBLEMS_IN_DETAILS));
        notifier.error(header, messages.get("transfer.import.refused.short", ImportProblems.count(result.problems()),
                        String.join("\n", first)),
                new Notifier.Action(messages.get("notification.details"),
                        () -> dialogs.inform(header, messages.get("transfer.import.refused", details))));
    }

    void exportCsv() {
        File dir = files.csvFolder(owner, messages);
        if (dir == null) {
            return;
        }
        run("transfer.exporting", () -> services.csvExport().export(dir.toPath(), LocalDate.of(1900, 1, 1),
                services.journal().today()), summary -> notifier.success(messages.get("transfer.exported.header"),
                messages.get("transfer.csv", dir.getAbsolutePath(), summary.dayRows(), summary.episodeRows(),
                        summary.intakeRows(), summary.labRows())), "action.exportCsv", dir);
    }

    /** The work in the background; a failure to write {@code target} (a file or folder, or null) says which. */
    private <T> void run(String workingKey, Callable<T> work, Consumer<T> onDone, String actionKey, File target) {
        status.working(messages.get(workingKey));
        runner.run(work, result -> {
            status.done();
            onDone.accept(result);
        }, error -> {
            status.done();
            LOG.log(Level.WARNING, "Failed: " + actionKey, error);
            notifier.error(messages.get("error.couldNot", messages.get(actionKey)),
                    target != null && causedByFile(error) ? messages.get("transfer.fileError", target.getAbsolutePath())
                            : DialogService.describe(messages, error));
        });
    }

    private static boolean causedByFile(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
