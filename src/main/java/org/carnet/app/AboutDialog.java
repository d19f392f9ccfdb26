package org.carnet.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.guidance.SourceDocument;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/** About Carnet: version, data folder, the disclaimer and the documents the guidance comes from. */
final class AboutDialog extends Dialog<Void> {
    AboutDialog(Window owner, Messages messages, Services services) {
        initOwner(owner);
        setTitle(messages.get("menu.about"));
        setHeaderText(messages.get("about.header", Version.current()));
        getDialogPane().setId("about-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        VBox content = new VBox(8);
        content.getChildren().add(wrapped(messages.get("app.disclaimer")));
        if (services != null) {
            content.getChildren().add(wrapped(messages.get("about.dataFolder", services.dataDir())));
        }
        Label sources = new Label(messages.get("about.sources"));
        sources.getStyleClass().add("section-title");
        content.getChildren().add(sources);
        for (SourceDocument document : SourceDocument.values()) {
            String line = document.published() == null
                    ? document.publisher() + " — " + document.title()
                    : messages.get("source.document", document.publisher(), document.title(),
                            messages.shortDate(document.published()));
            content.getChildren().add(wrapped("• " + line));
        }
        Label data = new Label(messages.get("about.data"));
        data.getStyleClass().add("section-title");
        content.getChildren().addAll(data, wrapped(messages.get("about.ciqual", org.carnet.intake.FoodTable.CREDIT)));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CLOSE))
                .setText(messages.get("action.close"));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }
}
