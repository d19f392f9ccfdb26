package org.carnet.app;

import java.time.LocalTime;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.core.NumberInput;
import org.carnet.core.TimeInput;
import org.carnet.reminders.ReminderSettings;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * File › Preferences…: the reminders. A check-in reminder at a chosen time, reminders of the current protocol's
 * planned doses; both off until turned on. The result is the reminders chosen (null when cancelled).
 */
final class PreferencesDialog extends Dialog<ReminderSettings> {
    private static final double TEXT_WIDTH = 580;

    private final CheckBox checkIn = new CheckBox();
    private final TextField time = new TextField();
    private final CheckBox doses = new CheckBox();
    private final Label error = new Label();

    PreferencesDialog(Window owner, Messages messages, ReminderSettings current, boolean encrypted,
                      boolean firstRun) {
        initOwner(owner);
        setTitle(messages.get("preferences.title"));
        setHeaderText(messages.get(firstRun ? "preferences.firstRun.header" : "preferences.header"));
        getDialogPane().setId("preferences-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(640);

        checkIn.setId("preferences-check-in");
        checkIn.setText(messages.get("preferences.checkIn"));
        checkIn.setSelected(current.checkIn());
        time.setId("preferences-check-in-time");
        time.setPrefColumnCount(5);
        time.setText(TimeInput.format(current.checkInTime()));
        time.disableProperty().bind(checkIn.selectedProperty().not());
        time.setAccessibleText(messages.get("preferences.checkInTime"));
        Label timeLabel = new Label(messages.get("preferences.checkInTime"));
        timeLabel.setLabelFor(time);
        HBox checkInRow = new HBox(8, checkIn, timeLabel, time);
        checkInRow.setAlignment(Pos.CENTER_LEFT);

        doses.setId("preferences-doses");
        doses.setText(messages.get("preferences.doses"));
        doses.setSelected(current.doses());
        doses.setWrapText(true);
        doses.setMaxWidth(TEXT_WIDTH);
        doses.setMinHeight(Region.USE_PREF_SIZE);

        error.setId("preferences-error");
        error.getStyleClass().add("field-error");
        error.setManaged(false);
        error.setVisible(false);

        VBox content = new VBox(10, checkInRow, doses, error, paragraph(messages.get("preferences.how")),
                paragraph(messages.get(encrypted ? "preferences.locked" : "preferences.spacing")));
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("preferences.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        getDialogPane().lookupButton(save).setId("preferences-save");
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (chosen().isEmpty()) {
                error.setText(messages.get(TimeInput.INVALID_TIME));
                error.setManaged(true);
                error.setVisible(true);
                time.requestFocus();
                e.consume();
            }
        });
        setResultConverter(button -> button == save ? chosen().orElse(null) : null);
        setOnShown(e -> checkIn.requestFocus());
    }

    private java.util.Optional<ReminderSettings> chosen() {
        NumberInput.Parsed<LocalTime> parsed = TimeInput.parse("checkInTime", time.getText());
        if (checkIn.isSelected() && !parsed.ok()) {
            return java.util.Optional.empty();
        }
        LocalTime at = parsed.ok() ? parsed.orNull() : ReminderSettings.DEFAULT_CHECK_IN_TIME;
        return java.util.Optional.of(new ReminderSettings(checkIn.isSelected(), at, doses.isSelected()));
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("hint");
        return label;
    }
}
