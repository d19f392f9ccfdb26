package org.carnet.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin without the bitmap cache of its viewport. {@link ScrollPaneSkin} sets {@code cache} on
 * the node that clips the content (style class {@code viewport}), so each scroll pane keeps an image of its visible
 * area, as large as the pane, besides the window's own: with the software renderer those images live in the Java heap
 * (about 20 MB for the app's pages and dialogs), and on any renderer the image is thrown away and drawn again as soon as
 * the content moves or changes, which is what scrolling does. Without it the content is drawn straight into the
 * window, as every other node is; scrolling, focus and the look are JavaFX's own (only this one flag differs).
 * Installed for every {@code .scroll-pane} by app.css ({@code -fx-skin}), so the scroll panes of TextArea and of the
 * libraries' controls get it too. {@code -Dcarnet.viewportCache=true} keeps JavaFX's cache (to measure the difference,
 * or should a graphics driver ever draw the pages differently without it).
 */
public class ViewportSkin extends ScrollPaneSkin {
    /** The style class of the node JavaFX caches (ScrollPaneSkin's viewRect). */
    static final String VIEWPORT = "viewport";
    private static final boolean KEEP_CACHE = Boolean.getBoolean("carnet.viewportCache");

    public ViewportSkin(ScrollPane control) {
        super(control);
        if (!KEEP_CACHE) {
            // The viewport is one of the skin's own children; ScrollPaneSkin sets its cache once, when it makes it.
            for (Node child : getChildren()) {
                if (child.getStyleClass().contains(VIEWPORT)) {
                    child.setCache(false);
                }
            }
        }
    }
}
