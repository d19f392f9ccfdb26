package org.carnet.ui;

import javafx.scene.control.Button;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** Ikonli icons and icon-only buttons that still say what they do (tooltip and accessible text). */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    /**
     * The glyph of {@code ikon} as a plain text node that looks like {@link #icon}'s at the theme's icon size (18 px,
     * the same style class, so the theme colours it the same way), for an icon that never changes: unlike an
     * Ikonli icon it has no inline style to parse and no icon properties (size, colour) for CSS to compute.
     */
    public static Text glyph(Ikon ikon) {
        // Resolving the handler also loads its font into JavaFX, as an Ikonli icon does.
        IkonHandler handler = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                .resolve(ikon.getDescription());
        Text glyph = new Text(new String(Character.toChars(ikon.getCode())));
        glyph.setFont(Font.font(handler.getFontFamily(), GLYPH_SIZE));
        glyph.getStyleClass().add("ikonli-font-icon");
        return glyph;
    }

    /** AtlantaFX's {@code -fx-icon-size} for {@code .ikonli-font-icon}. */
    static final double GLYPH_SIZE = 18;

    public static Button button(Ikon ikon, String description) {
        return iconButton(icon(ikon), description);
    }

    /** As {@link #button}, its icon a {@link #glyph}: for a button whose icon never changes. */
    public static Button glyphButton(Ikon ikon, String description) {
        return iconButton(glyph(ikon), description);
    }

    private static Button iconButton(javafx.scene.Node graphic, String description) {
        Button button = new Button(null, graphic);
        button.getStyleClass().addAll("button-icon", "flat");
        Tooltips.set(button, description);
        button.setAccessibleText(description);
        return button;
    }
}
