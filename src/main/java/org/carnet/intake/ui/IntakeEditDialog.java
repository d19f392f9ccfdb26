package org.carnet.intake.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.core.TimeInput;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * Changes a logged intake in place: its time, its amount (grams or units) and, for a supplement or a medication,
 * which one. The result is the intake with the same id (null when cancelled); the day stays the same.
 */
final class IntakeEditDialog<T> extends Dialog<T> {
    private final TextField time = new TextField();
    private final TextField amount = new TextField();
    private final Label error = new Label();
    /** The day of the intake and the clock: a time later than now is refused (the rule of every form). */
    private LocalDate day;
    private java.util.function.Supplier<LocalDateTime> now;

    private IntakeEditDialog(Window owner, Messages messages, String title, LocalTime at, String amountLabel,
                             String amountText, ComboBox<?> choice,
                             BiFunction<LocalTime, String, Optional<T>> result,
                             java.util.function.Function<String, Optional<FieldError>> amountError) {
        initOwner(owner);
        setTitle(messages.get("intake.edit.title"));
        setHeaderText(title);
        getDialogPane().setId("intake-edit-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        time.setId("intake-edit-time");
        time.setPrefColumnCount(5);
        time.setText(TimeInput.format(at));
        amount.setId("intake-edit-amount");
        amount.setPrefColumnCount(6);
        amount.setText(amountText);
        error.setId("intake-edit-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        if (choice != null) {
            choice.setId("intake-edit-choice");
            grid.addRow(row++, new Label(messages.get("intake.edit.which")), choice);
        }
        if (amountLabel != null) {
            grid.addRow(row++, labelFor(amountLabel, amount), amount);
        }
        grid.addRow(row++, labelFor(messages.get("intake.time"), time), time);
        grid.add(error, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        getDialogPane().lookupButton(save).setId("intake-edit-save");
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            NumberInput.Parsed<LocalTime> parsed = TimeInput.parse("time", time.getText());
            Optional<FieldError> problem = parsed.error()
                    .or(() -> parsed.value().filter(t -> now != null).flatMap(t -> org.carnet.core.NotInFuture
                            .moment("time", day.atTime(t), now.get())))
                    .or(() -> amountLabel == null ? Optional.empty() : amountError.apply(amount.getText()));
            if (problem.isPresent()) {
                error.setText(messages.error(problem.get()));
                e.consume();
            }
        });
        setResultConverter(button -> button != save ? null
                : result.apply(TimeInput.parse("time", time.getText()).orNull(), amount.getText()).orElse(null));
        setOnShown(e -> (amountLabel == null ? time : amount).requestFocus());
    }

    /** Refuses, in words, a time on {@code intakeDay} later than {@code clock} says it is. */
    void refuseLaterThanNow(LocalDate intakeDay, java.util.function.Supplier<LocalDateTime> clock) {
        this.day = intakeDay;
        this.now = clock;
    }

    private static Optional<FieldError> required(String text) {
        return text == null || text.isBlank() ? Optional.of(FieldError.of("amount", TimeInput.REQUIRED))
                : Optional.empty();
    }

    private static Label labelFor(String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    static IntakeEditDialog<FoodIntake> food(Window owner, Messages messages, String name, FoodIntake intake) {
        return new IntakeEditDialog<>(owner, messages, name, intake.takenAt().toLocalTime(),
                messages.get("intake.edit.grams"), messages.numbers().decimal(intake.grams(), 1), null,
                (at, grams) -> IntakeViewModel.parseGrams(grams).value().map(g ->
                        new FoodIntake(intake.id(), intake.day().atTime(at), intake.foodCode(), g)),
                grams -> required(grams).or(() -> IntakeViewModel.parseGrams(grams).error()));
    }

    static IntakeEditDialog<SupplementIntake> supplement(Window owner, Messages messages, List<Product> products,
                                                          Product current, SupplementIntake intake) {
        ComboBox<Product> choice = choice(products, current, p -> ProductText.describe(p, messages));
        return new IntakeEditDialog<>(owner, messages, ProductText.describe(current, messages),
                intake.takenAt().toLocalTime(), messages.get("intake.units"),
                messages.numbers().decimal(intake.units(), 2), choice,
                (at, units) -> IntakeViewModel.parseUnits(units).value().map(u -> new SupplementIntake(intake.id(),
                        intake.day().atTime(at), choice.getValue().id(), u)),
                units -> required(units).or(() -> IntakeViewModel.parseUnits(units).error()));
    }

    static IntakeEditDialog<MedicationIntake> medication(Window owner, Messages messages,
                                                          List<Medication> medications, Medication current,
                                                          MedicationIntake intake) {
        ComboBox<Medication> choice = choice(medications, current, Medication::name);
        return new IntakeEditDialog<>(owner, messages, current.name(), intake.takenAt().toLocalTime(), null, "",
                choice, (at, ignored) -> Optional.of(new MedicationIntake(intake.id(), intake.day().atTime(at),
                        choice.getValue().id())), ignored -> Optional.empty());
    }

    private static <V> ComboBox<V> choice(List<V> items, V current, java.util.function.Function<V, String> text) {
        ComboBox<V> box = new ComboBox<>();
        box.getItems().setAll(items);
        if (!box.getItems().contains(current)) {
            // An archived product or medication stays selectable for the intakes that have it.
            box.getItems().add(0, current);
        }
        box.setValue(current);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(V value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public V fromString(String string) {
                return null;
            }
        });
        return box;
    }
}
