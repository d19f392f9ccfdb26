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
                if (focused != null && scroll.getScene() == scene && isInside(focused, form)) {
                    reveal(scroll, form, focused);
                }
            };
            scroll.getProperties().put(ScrollOnFocus.class, listener);
            scene.focusOwnerProperty().addListener(new javafx.beans.value.WeakChangeListener<>(listener));
        });
    }

    /**
     * Scrolls {@code scroll} so that {@code focused}, a node of {@code form}, is in view with the title of its card:
     * also for a field that kept the focus while the page was scrolled away from it (Ctrl+N).
     */
    public static void reveal(ScrollPane scroll, Region form, Node focused) {
        double contentHeight = form.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        var bounds = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        // The card the field is in shows its title too (a number box alone does not say what it is for), when the
        // card's top and the field fit in the viewport together.
        double from = bounds.getMinY() - 24;
        Node card = cardOf(focused, form);
        if (card != null) {
            double cardTop = form.sceneToLocal(card.localToScene(card.getBoundsInLocal())).getMinY() - 8;
            if (bounds.getMaxY() + 24 - cardTop <= viewport) {
                from = Math.min(from, cardTop);
            }
        }
        double target = top;
        if (from < top) {
            target = from;
        } else if (bounds.getMaxY() + 24 > top + viewport) {
            target = bounds.getMaxY() + 24 - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    /** The titled card ({@code .form-section}) of {@code form} that holds {@code node}, or null. */
    private static Node cardOf(Node node, Node form) {
        for (Node n = node; n != null && n != form; n = n.getParent()) {
            if (n.getStyleClass().contains("form-section")) {
                return n;
            }
        }
        return null;
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
