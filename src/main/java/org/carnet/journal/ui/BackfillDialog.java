package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.journal.CheckIn;
import org.carnet.journal.JournalLimits;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * The days missed since the last check-in, filled in one step: a row per day with the cramps, sleep quality and
 * fatigue. A field left empty stays "not recorded" (never 0), and a day left empty is not written. The result is
 * the check-ins to save (null when put off).
 */
public final class BackfillDialog extends Dialog<List<CheckIn>> {
    private final List<LocalDate> days;
    private final List<TextField[]> rows = new ArrayList<>();
    private final Label error = new Label();
    private final Messages messages;

    public BackfillDialog(Window owner, Messages messages, List<LocalDate> days) {
        this.days = List.copyOf(days);
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("backfill.title"));
        setHeaderText(messages.get("backfill.header", days.size()));
        getDialogPane().setId("backfill-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(780);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label(), heading(messages.get("backfill.cramps")),
                heading(messages.get("backfill.sleepQuality")), heading(messages.get("backfill.fatigue")));
        for (int i = 0; i < days.size(); i++) {
            Label day = new Label(messages.longDate(days.get(i)));
            day.setMinWidth(Region.USE_PREF_SIZE);
            TextField[] fields = {field("cramps", i), field("sleep", i), field("fatigue", i)};
            fields[0].setAccessibleText(day.getText() + ", " + messages.get("backfill.cramps"));
            fields[1].setAccessibleText(day.getText() + ", " + messages.get("backfill.sleepQuality"));
            fields[2].setAccessibleText(day.getText() + ", " + messages.get("backfill.fatigue"));
            rows.add(fields);
            grid.addRow(i + 1, day, fields[0], fields[1], fields[2]);
        }
        error.setId("backfill-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Label hint = new Label(messages.get("backfill.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.setPrefWidth(560);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        VBox content = new VBox(10, hint, grid, error);
        content.setAlignment(Pos.TOP_LEFT);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("backfill.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("backfill.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, later);
        getDialogPane().lookupButton(save).setId("backfill-save");
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (checkIns().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == save ? checkIns().orElse(null) : null);
        setOnShown(e -> rows.get(0)[0].requestFocus());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String name, int row) {
        TextField field = new TextField();
        field.setId("backfill-" + name + "-" + row);
        field.setPrefColumnCount(4);
        return field;
    }

    /** The check-ins typed, or empty (with the error shown) when a value is out of range. */
    private Optional<List<CheckIn>> checkIns() {
        List<CheckIn> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            TextField[] fields = rows.get(i);
            NumberInput.Parsed<Integer> cramps = optional("crampCount", fields[0].getText(), 0,
                    JournalLimits.MAX_EPISODES_PER_DAY);
            NumberInput.Parsed<Integer> sleep = optional("sleepQuality", fields[1].getText(),
                    JournalLimits.SLEEP_QUALITY_MIN, JournalLimits.SLEEP_QUALITY_MAX);
            NumberInput.Parsed<Integer> fatigue = optional("fatigue", fields[2].getText(), JournalLimits.SCALE_MIN,
                    JournalLimits.SCALE_MAX);
            for (NumberInput.Parsed<Integer> parsed : List.of(cramps, sleep, fatigue)) {
                parsed.error().ifPresent(errors::add);
            }
            if (cramps.orNull() != null || sleep.orNull() != null || fatigue.orNull() != null) {
                out.add(new CheckIn(days.get(i), cramps.orNull(), null, null, sleep.orNull(), null, null,
                        fatigue.orNull(), null, null, null, Set.of(), null));
            }
        }
        if (!errors.isEmpty()) {
            error.setText(messages.error(errors.get(0)));
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private static NumberInput.Parsed<Integer> optional(String field, String text, int min, int max) {
        if (text == null || text.isBlank()) {
            return new NumberInput.Parsed<>(Optional.empty(), Optional.empty());
        }
        return NumberInput.wholeNumber(field, text, min, max);
    }
}
