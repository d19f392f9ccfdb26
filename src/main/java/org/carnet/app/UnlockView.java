package org.carnet.app;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The page shown instead of the journal while it waits for its password: one field, Enter opens, a wrong password
 * says so under the field and leaves the field ready for another try.
 */
final class UnlockView {
    private final Messages messages;
    private final Consumer<char[]> onSubmit;
    private final Runnable onQuit;
    private final PasswordField field = new PasswordField();
    private final Label error = new Label();
    private final Button open = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();

    UnlockView(Messages messages, Consumer<char[]> onSubmit, Runnable onQuit) {
        this.messages = messages;
        this.onSubmit = onSubmit;
        this.onQuit = onQuit;
    }

    StackPane createView(boolean wrongPassword) {
        Label title = new Label(messages.get("unlock.title"), Icons.icon(MaterialDesignL.LOCK_OUTLINE));
        title.getStyleClass().add("title-3");
        Label explain = new Label(messages.get("unlock.explain"));
        explain.setWrapText(true);
        Label prompt = new Label(messages.get("unlock.field"));
        prompt.setLabelFor(field);
        field.setId("unlock-password");
        field.setPromptText(messages.get("unlock.field"));
        field.setOnAction(e -> submit());
        error.setId("unlock-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(wrongPassword);
        error.setVisible(wrongPassword);
        error.setText(wrongPassword ? messages.get("unlock.wrong") : "");
        open.setText(messages.get("unlock.open"));
        open.setId("unlock-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> submit());
        Button quit = new Button(messages.get("menu.quit"));
        quit.setId("unlock-quit");
        quit.setCancelButton(true);
        quit.setOnAction(e -> onQuit.run());
        progress.setMaxSize(22, 22);
        progress.setVisible(false);
        HBox buttons = new HBox(8, open, quit, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label forgotten = new Label(messages.get("unlock.forgotten"));
        forgotten.getStyleClass().add("hint");
        forgotten.setWrapText(true);
        VBox card = new VBox(10, title, explain, prompt, field, error, buttons, forgotten);
        card.getStyleClass().add("home-card");
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        page.setId("unlock-page");
        page.setAlignment(Pos.CENTER);
        page.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(field::requestFocus);
            }
        });
        return page;
    }

    private void submit() {
        if (field.getText().isEmpty()) {
            error.setText(messages.get("unlock.empty"));
            error.setManaged(true);
            error.setVisible(true);
            field.requestFocus();
            return;
        }
        char[] typed = field.getText().toCharArray();
        // A PasswordField keeps its text in a String; clear it as soon as it has been read.
        field.clear();
        field.setDisable(true);
        open.setDisable(true);
        progress.setVisible(true);
        error.setText(messages.get("unlock.opening"));
        error.setManaged(true);
        error.setVisible(true);
        error.getStyleClass().remove("field-error");
        onSubmit.accept(typed);
    }
}
