package org.carnet.app;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.storage.Backups;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/** File › Restore a backup…: the automatic copies, newest first; the one chosen replaces the journal. */
final class RestoreDialog extends Dialog<Backups.Backup> {
    RestoreDialog(Window owner, Messages messages, List<Backups.Backup> backups) {
        initOwner(owner);
        setTitle(messages.get("restore.title"));
        setHeaderText(messages.get("restore.header"));
        getDialogPane().setId("restore-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        ListView<Backups.Backup> list = new ListView<>();
        list.setId("restore-list");
        list.getItems().setAll(backups);
        list.setPrefSize(480, 280);
        list.setPlaceholder(new Label(messages.get("restore.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : describe(messages, backup));
            }
        });
        Label explain = new Label(messages.get("restore.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(480);
        explain.getStyleClass().add("hint");
        getDialogPane().setContent(new VBox(8, list, explain));
        ButtonType restore = new ButtonType(messages.get("restore.action"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(restore,
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button restoreButton = (Button) getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-action");
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                restoreButton.fire();
            }
        });
        setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            list.requestFocus();
        });
    }

    /** The day and time of a backup, to name it in a sentence. */
    static String when(Messages messages, Backups.Backup backup) {
        return messages.get("restore.when", messages.shortDate(backup.createdAt().toLocalDate()),
                messages.time(backup.createdAt()));
    }

    static String describe(Messages messages, Backups.Backup backup) {
        String when = messages.longDate(backup.createdAt().toLocalDate()) + ", " + messages.time(backup.createdAt());
        String size = Math.max(1, Math.round(backup.sizeBytes() / 1024.0)) + " kB";
        return messages.get(backup.beforeRestore() ? "restore.item.safety" : "restore.item", when, size);
    }

    Optional<Backups.Backup> ask() {
        return showAndWait();
    }
}
