package org.carnet.app;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.carnet.reminders.ReminderSettings;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * File › Preferences…: the reminders. A check-in reminder at a chosen time, reminders of the current protocol's
 * planned doses; both off until turned on (the first run asks, as one of its steps). The result is the reminders
 * chosen (null when cancelled).
 */
final class PreferencesDialog extends Dialog<ReminderSettings> {
    PreferencesDialog(Window owner, Messages messages, ReminderSettings current, boolean encrypted) {
        initOwner(owner);
        setTitle(messages.get("preferences.title"));
        setHeaderText(messages.get("preferences.header"));
        getDialogPane().setId("preferences-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(640);

        ReminderFields fields = new ReminderFields("preferences", messages, current);
        getDialogPane().setContent(fields.create(encrypted));

        ButtonType save = new ButtonType(messages.get("preferences.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        getDialogPane().lookupButton(save).setId("preferences-save");
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (fields.validate().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == save ? fields.chosen().orElse(null) : null);
        setOnShown(e -> fields.first().requestFocus());
    }
}
