package org.carnet.ui;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons and icon-only buttons that still say what they do (tooltip and accessible text). */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static Button button(Ikon ikon, String description) {
        Button button = new Button(null, icon(ikon));
        button.getStyleClass().addAll("button-icon", "flat");
        Tooltips.set(button, description);
        button.setAccessibleText(description);
        return button;
    }
}
