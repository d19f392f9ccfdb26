package org.carnet.app;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * File › Password…: set a password on an unprotected journal, or change or remove the present one. The current
 * password is asked first; the new one twice. Nothing happens until the form is right.
 */
final class PasswordDialog extends Dialog<PasswordDialog.Choice> {
    /** At least this many characters: a short password protects little. */
    static final int MIN_LENGTH = 8;

    /** What the person chose: a new password, or none (remove). */
    record Choice(char[] newPassword) {
        boolean removes() {
            return newPassword == null;
        }
    }

    private final Messages messages;
    private final boolean protectedNow;
    private final Predicate<char[]> isCurrent;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Label error = new Label();

    PasswordDialog(Window owner, Messages messages, boolean protectedNow, Predicate<char[]> isCurrent) {
        this.messages = messages;
        this.protectedNow = protectedNow;
        this.isCurrent = isCurrent;
        initOwner(owner);
        setTitle(messages.get("password.title"));
        setHeaderText(messages.get(protectedNow ? "password.header.change" : "password.header.set"));
        getDialogPane().setId("password-dialog");
        getDialogPane().setPrefWidth(660);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());

        VBox content = new VBox(6);
        if (protectedNow) {
            content.getChildren().addAll(label("password.current", current), current);
        }
        content.getChildren().addAll(label("password.new", next), next, label("password.again", again), again);
        current.setId("password-current");
        next.setId("password-new");
        again.setId("password-again");
        error.setId("password-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setManaged(false);
        Label warning = new Label(messages.get("password.warning"));
        warning.setWrapText(true);
        warning.setMaxWidth(460);
        warning.getStyleClass().add("welcome-warning");
        Label exports = new Label(messages.get("password.exports"));
        exports.setWrapText(true);
        exports.setMaxWidth(460);
        exports.getStyleClass().add("hint");
        content.getChildren().addAll(error, warning, exports);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get(protectedNow ? "password.change" : "password.set"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(messages.get("password.remove"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().add(save);
        if (protectedNow) {
            getDialogPane().getButtonTypes().add(remove);
        }
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("password-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!validate(false)) {
                e.consume();
            }
        });
        if (protectedNow) {
            Button removeButton = (Button) getDialogPane().lookupButton(remove);
            removeButton.setId("password-remove");
            removeButton.addEventFilter(ActionEvent.ACTION, e -> {
                if (!validate(true)) {
                    e.consume();
                }
            });
        }
        setResultConverter(button -> {
            try {
                if (button == save) {
                    return new Choice(next.getText().toCharArray());
                }
                if (button == remove) {
                    return new Choice(null);
                }
                return null;
            } finally {
                current.clear();
                next.clear();
                again.clear();
            }
        });
        setOnShown(e -> (protectedNow ? current : next).requestFocus());
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static final String MISMATCH = "password.error.mismatch";

    /**
     * The rules for a new password, shared with the first run: the message key of what is wrong (its pattern takes
     * {@link #MIN_LENGTH}), or null when the password can be used.
     */
    static String newPasswordProblem(String password, String again) {
        if (password.length() < MIN_LENGTH) {
            return "password.error.short";
        }
        return password.equals(again) ? null : MISMATCH;
    }

    /** Checks the fields; on a problem says it under them, focuses the field to fix and returns false. */
    private boolean validate(boolean removing) {
        if (protectedNow && !isCurrent.test(current.getText().toCharArray())) {
            return refuse(current.getText().isEmpty() ? "password.error.currentMissing" : "password.error.current",
                    current);
        }
        if (removing) {
            return true;
        }
        String problem = newPasswordProblem(next.getText(), again.getText());
        if (problem != null) {
            return refuse(problem, problem.equals(MISMATCH) ? again : next);
        }
        if (protectedNow && next.getText().equals(current.getText())) {
            return refuse("password.error.same", next);
        }
        return true;
    }

    private boolean refuse(String key, PasswordField field) {
        error.setText(messages.get(key, MIN_LENGTH));
        error.setManaged(true);
        error.setVisible(true);
        field.requestFocus();
        field.selectAll();
        getDialogPane().getScene().getWindow().sizeToScene();
        return false;
    }

    Optional<Choice> ask() {
        return showAndWait();
    }
}
