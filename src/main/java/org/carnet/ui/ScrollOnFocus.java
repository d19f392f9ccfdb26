package org.carnet.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Keyboard users tab through long forms: the field that takes the focus is scrolled into view. */
public final class ScrollOnFocus {
    private ScrollOnFocus() {
    }

    /** Scrolls {@code scroll} so that a node of {@code form} that takes the focus is in view. */
    public static void install(ScrollPane scroll, Region form) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                return;
            }
            // Pages are rebuilt often; the scene must not keep old ones alive: listen weakly, keep it with the pane.
            javafx.beans.value.ChangeListener<Node> listener = (fo, before, focused) -> {
                if (focused == null || scroll.getScene() != scene || !isInside(focused, form)) {
                    return;
                }
                double contentHeight = form.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    return;
                }
                var bounds = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
                double top = scroll.getVvalue() * (contentHeight - viewport);
                double target = top;
                if (bounds.getMinY() - 24 < top) {
                    target = bounds.getMinY() - 24;
                } else if (bounds.getMaxY() + 24 > top + viewport) {
                    target = bounds.getMaxY() + 24 - viewport;
                }
                scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
            };
            scroll.getProperties().put(ScrollOnFocus.class, listener);
            scene.focusOwnerProperty().addListener(new javafx.beans.value.WeakChangeListener<>(listener));
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
