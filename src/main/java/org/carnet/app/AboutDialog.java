package org.carnet.app;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * Help › About and sources: version, what Carnet is and is not, where the data lives, each source document with the
 * facts taken from it, the food table's credit, the fonts and the libraries. A resizable window that scrolls; Esc
 * closes it, and "Copy all" (or Ctrl+C) puts the whole text on the clipboard.
 */
final class AboutDialog extends Dialog<Void> {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final AboutContent content;

    AboutDialog(Window owner, Messages messages, Path dataDir) {
        this.content = new AboutContent(messages, Version.current(), dataDir);
        initOwner(owner);
        setResizable(true);
        setTitle(messages.get("about.title"));
        setHeaderText(content.header());
        getDialogPane().setId("about-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());

        VBox page = new VBox(6);
        page.setId("about-page");
        page.getStyleClass().add("about-page");
        page.setPadding(new Insets(4, 16, 16, 4));
        for (AboutContent.Block block : content.blocks()) {
            page.getChildren().add(paragraph(block));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("about-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(680);
        scroll.setPrefViewportHeight(520);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().setMinSize(420, 320);

        ButtonType copy = new ButtonType(messages.get("about.copy"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) getDialogPane().lookupButton(copy);
        copyButton.setId("about-copy");
        copyButton.setTooltip(new Tooltip(messages.get("about.copy") + " (" + COPY.getDisplayText() + ")"));
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            // Copying is not an answer: the window stays open.
            e.consume();
            copyAll();
        });
        Button close = (Button) getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("about-close");
        close.setText(messages.get("action.close"));
        close.setDefaultButton(true);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                e.consume();
                copyAll();
            }
        });
        setOnShown(e -> scroll.requestFocus());
    }

    /** The whole page as plain text on the system clipboard. */
    void copyAll() {
        ClipboardContent text = new ClipboardContent();
        text.putString(content.plainText());
        Clipboard.getSystemClipboard().setContent(text);
    }

    private static Node paragraph(AboutContent.Block block) {
        Label label = new Label(block.text());
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (block.id() != null) {
            label.setId(block.id());
        }
        label.getStyleClass().add("about-" + block.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        switch (block.kind()) {
            case TITLE -> {
                label.getStyleClass().add("section-title");
                VBox.setMargin(label, new Insets(12, 0, 0, 0));
            }
            case DOCUMENT -> VBox.setMargin(label, new Insets(10, 0, 2, 0));
            case FACT, ITEM -> {
                // A bullet with the text hanging beside it, wrapped lines aligned.
                Label bullet = new Label("•");
                bullet.setMinWidth(Region.USE_PREF_SIZE);
                HBox.setHgrow(label, Priority.ALWAYS);
                HBox item = new HBox(8, bullet, label);
                VBox.setMargin(item, new Insets(0, 0, 0, 12));
                return item;
            }
            case FACT_SECTION -> {
                label.getStyleClass().add("hint");
                VBox.setMargin(label, new Insets(-4, 0, 2, 30));
            }
            case NOTE -> label.getStyleClass().add("hint");
            default -> {
            }
        }
        return label;
    }
}
