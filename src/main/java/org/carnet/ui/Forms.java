package org.carnet.ui;

import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.carnet.core.FieldError;

/** Building blocks for the forms: a text field with its inline error underneath. */
public final class Forms {
    private Forms() {
    }

    /** A short field bound to {@code text}, showing {@code errors.get(field)} under it in words. */
    public static VBox numberField(String id, StringProperty text, String prompt, String field,
                                   ObservableMap<String, FieldError> errors, Messages messages, double width) {
        return withError(numberInput(id, text, prompt, width), field, errors, messages);
    }

    /** Keeps {@code label} showing the error of {@code field}, hidden when there is none. */
    public static void showErrorIn(Label label, String field, ObservableMap<String, FieldError> errors, Messages messages) {
        Runnable update = () -> {
            FieldError error = errors.get(field);
            label.setText(error == null ? "" : messages.error(error));
            label.setVisible(error != null);
            label.setManaged(error != null);
        };
        update.run();
        MapChangeListener<String, FieldError> listener = change -> update.run();
        label.getProperties().put(Forms.class, listener);
        errors.addListener(new WeakMapChangeListener<>(listener));
    }

    /** A short field bound to {@code text}, alone: put it in a box with {@link #errorUnder} to show its errors. */
    public static TextField numberInput(String id, StringProperty text, String prompt, double width) {
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.setPrefColumnCount(4);
        input.setMaxWidth(width);
        input.setPrefWidth(width);
        input.textProperty().bindBidirectional(text);
        return input;
    }

    /**
     * Puts the error label of {@code field} under {@code input}, kept up to date with {@code errors}. The label is
     * made when the field first has an error (a form has a dozen fields, and a label not made is not styled before
     * the person can type); hidden and out of the layout when the error is gone.
     */
    public static VBox withError(javafx.scene.control.Control input, String field,
                                 ObservableMap<String, FieldError> errors, Messages messages) {
        VBox box = new VBox(ERROR_GAP, input);
        errorUnder(box, input, field, errors, messages);
        box.getStyleClass().add("field-box");
        return box;
    }

    /**
     * As {@link #withError}, in a box of the caller's ({@code input} one of its children, e.g. under its label):
     * the error label goes right under {@code input}, {@value #ERROR_GAP} px below it whatever the box's spacing,
     * so the field needs no box of its own.
     */
    public static void errorUnder(VBox box, javafx.scene.control.Control input, String field,
                                  ObservableMap<String, FieldError> errors, Messages messages) {
        Label[] made = new Label[1];
        Runnable update = () -> {
            Optional<FieldError> current = Optional.ofNullable(errors.get(field));
            Label error = made[0];
            if (error == null && current.isPresent()) {
                error = new Label();
                made[0] = error;
                error.setId(input.getId() + "-error");
                error.getStyleClass().add("field-error");
                error.setWrapText(true);
                error.setMaxWidth(260);
                if (box.getSpacing() != ERROR_GAP) {
                    VBox.setMargin(error, new javafx.geometry.Insets(ERROR_GAP - box.getSpacing(), 0, 0, 0));
                }
                box.getChildren().add(box.getChildren().indexOf(input) + 1, error);
            }
            if (error != null) {
                error.setText(current.map(messages::error).orElse(""));
                error.setVisible(current.isPresent());
                error.setManaged(current.isPresent());
            }
            if (current.isPresent()) {
                if (!input.getStyleClass().contains("invalid")) {
                    input.getStyleClass().add("invalid");
                }
            } else {
                input.getStyleClass().remove("invalid");
            }
        };
        update.run();
        // The view may be rebuilt (language switch) while the model lives on: listen weakly, keep it with the field.
        MapChangeListener<String, FieldError> listener = change -> update.run();
        input.getProperties().put(ERROR_LISTENER, listener);
        errors.addListener(new WeakMapChangeListener<>(listener));
    }

    /** The key of a field's error listener in its properties (a date field keeps its refusal label under Forms). */
    private static final Object ERROR_LISTENER = new Object();

    /** The space between a field and its error label. */
    private static final double ERROR_GAP = 2;

    /**
     * A date field in the language's short format whose calendar offers no day after {@code today}. A later day
     * typed into it is refused in words ({@link org.carnet.core.NotInFuture}, the rule of every form) and the day
     * it showed comes back: put {@link #withFutureRefused} on the page, not the field alone, to show the words.
     */
    public static javafx.scene.control.DatePicker pastDatePicker(String id, Messages messages,
                                                                 java.util.function.Supplier<java.time.LocalDate> today) {
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker();
        date.setId(id);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(messages.shortDateFormatter(), null));
        date.setPrefWidth(150);
        date.setDayCellFactory(picker -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(today.get()));
            }
        });
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(260);
        error.setVisible(false);
        error.setManaged(false);
        date.getProperties().put(Forms.class, error);
        // Added first, so that the page's own listener sees the refused day put back.
        date.valueProperty().addListener((o, was, now) -> {
            Optional<FieldError> future = org.carnet.core.NotInFuture.day(FUTURE_FIELD, now, today.get());
            if (future.isPresent()) {
                date.setValue(was);   // runs this listener again with the day put back, which clears the words
            }
            error.setText(future.map(e -> messages.shortDate(now) + " — " + messages.error(e)).orElse(""));
            error.setVisible(future.isPresent());
            error.setManaged(future.isPresent());
        });
        return date;
    }

    /** The field of {@link #pastDatePicker} with the line under it that says why a day was refused. */
    public static VBox withFutureRefused(javafx.scene.control.DatePicker date) {
        VBox box = new VBox(2, date, futureError(date));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** The line of a {@link #pastDatePicker} that says why a day was refused, for a form that places it itself. */
    public static Label futureError(javafx.scene.control.DatePicker date) {
        return (Label) date.getProperties().get(Forms.class);
    }

    private static final String FUTURE_FIELD = "day";
}
