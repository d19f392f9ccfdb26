package org.carnet.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when first needed: the control's text is kept at once (and given to screen readers as its help, as
 * a tooltip's is), the {@link Tooltip} itself, a popup window of its own that costs time to make, only when the
 * pointer first comes over the control. A window of some thirty controls with tooltips then opens without making
 * thirty popups that the person may never see.
 */
public final class Tooltips {
    /** The key, in a node's properties, of the text of its tooltip not made yet. */
    private static final String PENDING = Tooltips.class.getName() + ".pending";
    private static final EventHandler<MouseEvent> MAKE = event -> make((Node) event.getSource());

    private Tooltips() {
    }

    /** Gives {@code control} a tooltip of {@code text}, made on the first hover ({@link Control#setTooltip}). */
    public static void set(Control control, String text) {
        pend(control, text);
    }

    /** Gives {@code node}, which need not be a control, a tooltip of {@code text}, made on the first hover. */
    public static void install(Node node, String text) {
        pend(node, text);
    }

    private static void pend(Node node, String text) {
        if (node.getProperties().put(PENDING, text) == null) {
            // A filter: it runs before the node's own handlers, so the tooltip's own behaviour sees this hover.
            node.addEventFilter(MouseEvent.MOUSE_ENTERED, MAKE);
        }
        node.setAccessibleHelp(text);
    }

    /** True while {@code node} has a tooltip given here and not made yet. */
    public static boolean isPending(Node node) {
        return node.getProperties().containsKey(PENDING);
    }

    /**
     * The text of {@code node}'s tooltip: the one given here (made or not), else the one set on the control
     * directly; null when it has none.
     */
    public static String text(Node node) {
        Object pending = node.getProperties().get(PENDING);
        if (pending != null) {
            return (String) pending;
        }
        Tooltip made = node instanceof Control control ? control.getTooltip() : null;
        return made == null ? null : made.getText();
    }

    /** Makes and installs {@code node}'s tooltip now, if one is pending, and gives it back; else null. */
    public static Tooltip make(Node node) {
        Object text = node.getProperties().remove(PENDING);
        if (text == null) {
            return null;
        }
        node.removeEventFilter(MouseEvent.MOUSE_ENTERED, MAKE);
        Tooltip tooltip = new Tooltip((String) text);
        if (node instanceof Control control) {
            control.setTooltip(tooltip);
        } else {
            Tooltip.install(node, tooltip);
        }
        return tooltip;
    }
}
