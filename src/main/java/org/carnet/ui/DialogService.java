package org.carnet.ui;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.carnet.core.JournalLockedException;
import org.carnet.core.JournalPasswordException;
import org.carnet.core.StorageException;
import org.carnet.core.ValidationException;

/**
 * The one way failures and questions reach the user: in words, in their language. Details go to the log file in
 * the data folder, never to the screen.
 */
public class DialogService {
    private static final Logger LOG = Logger.getLogger(DialogService.class.getName());

    private final Window owner;
    private Messages messages;

    public DialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    /** Explains a failure of {@code actionKey} (e.g. "action.saveCheckIn"). */
    public void showError(String actionKey, Throwable error) {
        LOG.log(Level.WARNING, "Failed: " + actionKey, error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("error.couldNot", messages.get(actionKey)));
        alert.setContentText(describe(messages, error));
        alert.getDialogPane().getStyleClass().add("carnet-error");
        alert.showAndWait();
    }

    /** A short piece of information, acknowledged with OK. */
    public void inform(String header, String content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, content, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    /** A question with a destructive answer; true only when the person confirms. */
    public boolean confirm(String header, String content, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().lookupButton(yes).setId("confirm-yes");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /** Save, discard, or stay: for unsaved changes. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    public UnsavedChoice askUnsaved() {
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("action.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.content"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("unsaved.header"));
        alert.getDialogPane().lookupButton(save).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    /** The sentence a person reads for a failure; never a stack trace. */
    public static String describe(Messages messages, Throwable error) {
        if (error instanceof JournalLockedException locked) {
            return messages.get("error.locked", locked.dataDir());
        }
        if (error instanceof ValidationException invalid) {
            return invalid.errors().stream().map(messages::error).collect(Collectors.joining("\n"));
        }
        if (error instanceof JournalPasswordException password) {
            return messages.get(password.wrongPassword() ? "error.password.wrong" : "error.password.required");
        }
        if (error instanceof org.carnet.reminders.Schedule.ScheduleException schedule) {
            return messages.get("error.schedule", schedule.getMessage());
        }
        if (error instanceof StorageException storage) {
            return switch (storage.problem()) {
                case DISK_FULL -> messages.get("error.diskFull");
                case READ_ONLY -> messages.get("error.readOnly");
                case FOLDER_UNAVAILABLE -> messages.get("error.folderUnavailable");
                case JOURNAL_CLOSED -> messages.get("error.journalClosed");
                case UNUSABLE_PATH -> messages.get("error.unusablePath");
                case OTHER -> messages.get("error.storage");
            };
        }
        return messages.get("error.unexpected");
    }
}
