package org.carnet.app;

import java.io.File;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
import org.carnet.ui.TaskRunner;

/** File › Export / Import / CSV: the choice of file in the window, the work in the background, the outcome in words. */
final class DataTransfers {
    private final Window owner;
    private final Services services;
    private final TaskRunner runner;
    private final Messages messages;
    private final DialogService dialogs;
    private final JournalChanges changes;
    private final StatusBar status;

    DataTransfers(Window owner, Services services, TaskRunner runner, Messages messages, DialogService dialogs,
                  JournalChanges changes, StatusBar status) {
        this.owner = owner;
        this.services = services;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.changes = changes;
        this.status = status;
    }

    void exportBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.exportBackup"));
        chooser.setInitialFileName("carnet-" + LocalDate.now() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        run("transfer.exporting", () -> {
            services.backupJson().exportTo(file.toPath());
            return file;
        }, done -> dialogs.inform(messages.get("transfer.exported.header"),
                messages.get("transfer.exported", file.getAbsolutePath())), "action.exportBackup");
    }

    void importBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.importBackup"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(owner);
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
        run("transfer.importing", () -> {
            if (mode == ImportMode.REPLACE) {
                services.backupNow();
            }
            return services.backupJson().importFrom(file.toPath(), mode);
        }, (ImportResult result) -> {
            if (!result.ok()) {
                dialogs.inform(messages.get("transfer.import.refused.header"), messages.get("transfer.import.refused",
                        String.join("\n", ImportProblems.describe(messages, result.problems(), 8))));
                return;
            }
            int added = result.added().values().stream().mapToInt(Integer::intValue).sum();
            int skipped = result.skipped().values().stream().mapToInt(Integer::intValue).sum();
            changes.changed();
            dialogs.inform(messages.get("transfer.imported.header"), messages.get("transfer.imported", added, skipped));
        }, "action.importBackup");
    }

    void exportCsv() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("menu.exportCsv"));
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return;
        }
        run("transfer.exporting", () -> services.csvExport().export(dir.toPath(), LocalDate.of(1900, 1, 1),
                services.journal().today()), summary -> dialogs.inform(messages.get("transfer.exported.header"),
                messages.get("transfer.csv", dir.getAbsolutePath(), summary.dayRows(), summary.episodeRows(),
                        summary.intakeRows())), "action.exportCsv");
    }

    private <T> void run(String workingKey, Callable<T> work, Consumer<T> onDone, String actionKey) {
        status.working(messages.get(workingKey));
        runner.run(work, result -> {
            status.done();
            onDone.accept(result);
        }, error -> {
            status.done();
            dialogs.showError(actionKey, error);
        });
    }
}
