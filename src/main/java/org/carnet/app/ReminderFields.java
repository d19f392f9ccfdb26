package org.carnet.app;

import java.time.LocalTime;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carnet.core.NumberInput;
import org.carnet.core.TimeInput;
import org.carnet.reminders.ReminderSettings;
import org.carnet.ui.Messages;

/**
 * The reminders' choices, as File › Preferences… and the first run's reminder step show them: a check-in reminder
 * from a chosen time, reminders of the current protocol's planned doses, and what they do. Ids start with
 * {@code prefix} ({@code preferences-check-in}, {@code first-run-check-in}…).
 */
final class ReminderFields {
    static final double TEXT_WIDTH = 580;

    private final CheckBox checkIn = new CheckBox();
    private final TextField time = new TextField();
    private final CheckBox doses = new CheckBox();
    private final Label error = new Label();
    private Messages messages;

    ReminderFields(String prefix, Messages messages, ReminderSettings current) {
        checkIn.setId(prefix + "-check-in");
        checkIn.setSelected(current.checkIn());
        time.setId(prefix + "-check-in-time");
        time.setPrefColumnCount(5);
        time.setText(TimeInput.format(current.checkInTime()));
        time.disableProperty().bind(checkIn.selectedProperty().not());
        doses.setId(prefix + "-doses");
        doses.setSelected(current.doses());
        doses.setWrapText(true);
        doses.setMaxWidth(TEXT_WIDTH);
        doses.setMinHeight(Region.USE_PREF_SIZE);
        error.setId(prefix + "-error");
        error.getStyleClass().add("field-error");
        hideError();
        setMessages(messages);
    }

    /** The words of the choices, in {@code messages}' language (the first run may change it). */
    void setMessages(Messages messages) {
        checkIn.setText(messages.get("preferences.checkIn"));
        time.setAccessibleText(messages.get("preferences.checkInTime"));
        doses.setText(messages.get("preferences.doses"));
        this.messages = messages;
    }

    /** The choices and, under them, how reminders come ({@code encrypted}: what a password changes). */
    Node create(boolean encrypted) {
        Label timeLabel = new Label(messages.get("preferences.checkInTime"));
        timeLabel.setLabelFor(time);
        HBox checkInRow = new HBox(8, checkIn, timeLabel, time);
        checkInRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, checkInRow, doses, error, paragraph(messages.get("preferences.how")),
                paragraph(messages.get(encrypted ? "preferences.locked" : "preferences.spacing")));
    }

    /** The first choice, where the keyboard starts. */
    Node first() {
        return checkIn;
    }

    /** The reminders chosen, or empty (and the problem said under them, the time focused) when the time is not one. */
    Optional<ReminderSettings> validate() {
        Optional<ReminderSettings> chosen = chosen();
        if (chosen.isEmpty()) {
            error.setText(messages.get(TimeInput.INVALID_TIME));
            error.setManaged(true);
            error.setVisible(true);
            time.requestFocus();
        } else {
            hideError();
        }
        return chosen;
    }

    /** The reminders chosen, or empty when the check-in reminder is on with a time that is not one. */
    Optional<ReminderSettings> chosen() {
        NumberInput.Parsed<LocalTime> parsed = TimeInput.parse("checkInTime", time.getText());
        if (checkIn.isSelected() && !parsed.ok()) {
            return Optional.empty();
        }
        LocalTime at = parsed.ok() ? parsed.orNull() : ReminderSettings.DEFAULT_CHECK_IN_TIME;
        return Optional.of(new ReminderSettings(checkIn.isSelected(), at, doses.isSelected()));
    }

    private void hideError() {
        error.setText("");
        error.setManaged(false);
        error.setVisible(false);
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
