package org.carnet.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/** First start: what Carnet is, and what it is not. */
final class WelcomeDialog extends Dialog<Void> {
    WelcomeDialog(Window owner, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("welcome.title"));
        setHeaderText(messages.get("welcome.header"));
        getDialogPane().setId("welcome-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        VBox text = new VBox(10);
        for (String key : new String[] {"welcome.what", "welcome.how", "welcome.not", "welcome.private"}) {
            Label paragraph = new Label(messages.get(key));
            paragraph.setWrapText(true);
            paragraph.setMaxWidth(520);
            text.getChildren().add(paragraph);
        }
        text.getChildren().get(2).getStyleClass().add("welcome-warning");
        getDialogPane().setContent(text);
        ButtonType start = new ButtonType(messages.get("welcome.start"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(start);
    }
}
