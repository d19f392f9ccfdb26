package org.carnet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.carnet.ui.Language;
import org.carnet.ui.MarkdownView;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/** Help › User guide: the guide of docs/ in the person's language, bundled with the app, in a resizable window. */
final class UserGuideDialog extends Dialog<Void> {
    private final MarkdownView guide;

    UserGuideDialog(Window owner, Messages messages) {
        initOwner(owner);
        setResizable(true);
        setTitle(messages.get("guide.title"));
        guide = new MarkdownView(text(messages.language()));
        getDialogPane().setId("guide-dialog");
        getDialogPane().getProperties().put(UserGuideDialog.class, this);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        guide.node().setId("guide-scroll");
        guide.node().setPrefViewportWidth(760);
        guide.node().setPrefViewportHeight(560);
        getDialogPane().setContent(guide.node());
        // Centred on a small window, the guide would start off the screen's edge: keep it on the screen.
        setOnShown(e -> {
            Window window = getDialogPane().getScene().getWindow();
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            window.setWidth(Math.min(window.getWidth(), screen.getWidth()));
            window.setHeight(Math.min(window.getHeight(), screen.getHeight()));
            window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
            window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
        });
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    MarkdownView guide() {
        return guide;
    }

    /** The guide's Markdown in {@code language}. */
    static String text(Language language) {
        String file = language == Language.FRENCH ? "guide-utilisateur.md" : "user-guide.md";
        try (InputStream in = UserGuideDialog.class.getResourceAsStream("guide/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The user guide " + file + " is not in the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
