package org.carnet.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Nothing a person reads is silently cut, in any window of the app: after each layout, a labelled control whose text
 * no longer fits (it ends in "…") gets a tooltip with the whole text, taken away again once the text fits; and a
 * dialog is resizable and grows with its content (errors shown, fields revealed) instead of squeezing it, within the
 * screen. Pages and dialogs are still laid out to fit; this is the net under them, for the sizes and the words no
 * one tried.
 */
public final class WholeText {
    /** The key, in a control's properties, of the tooltip this class gave it. */
    public static final String TOOLTIP = WholeText.class.getName() + ".tooltip";
    private static final String INSTALLED = WholeText.class.getName() + ".installed";
    private static final String LAST_PREF = WholeText.class.getName() + ".pref";
    private static final String GROWING = WholeText.class.getName() + ".growing";
    private static boolean everywhere;

    private WholeText() {
    }

    /** Watches every window the app opens, now and later. Call on the FX thread; a second call does nothing. */
    public static void everywhere() {
        if (everywhere) {
            return;
        }
        everywhere = true;
        Window.getWindows().forEach(WholeText::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WholeText::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            install(window.getScene());
        }
        window.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                install(now);
            }
        });
    }

    /** True when {@code scene} is checked after each of its layouts. */
    public static boolean isInstalled(Scene scene) {
        return scene.getProperties().containsKey(INSTALLED);
    }

    /** Checks {@code scene} after each of its layouts. */
    public static void install(Scene scene) {
        if (scene.getProperties().containsKey(INSTALLED)) {
            return;
        }
        scene.getProperties().put(INSTALLED, Boolean.TRUE);
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getRoot() instanceof DialogPane pane) {
                growWith(scene, pane);
            }
            explainCutText(scene.getRoot());
        });
    }

    /** Gives every cut text under {@code node} its tooltip, and takes it from those whole again. */
    static void explainCutText(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            explain(labeled);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                explainCutText(child);
            }
        }
    }

    private static void explain(Labeled labeled) {
        Object own = labeled.getProperties().get(TOOLTIP);
        if (labeled.getTooltip() != null && labeled.getTooltip() != own || Tooltips.isPending(labeled)) {
            return;
        }
        String full = labeled.getText();
        boolean cut = full != null && !full.isBlank() && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                && isCut(labeled, full);
        if (cut) {
            String whole = labeled.isMnemonicParsing() ? Layouts.withoutMnemonic(full) : full;
            Tooltip tooltip = own instanceof Tooltip t ? t : new Tooltip();
            if (!whole.equals(tooltip.getText())) {
                tooltip.setText(whole);
            }
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
            labeled.getProperties().put(TOOLTIP, tooltip);
            if (labeled.getTooltip() != tooltip) {
                labeled.setTooltip(tooltip);
            }
        } else if (own != null) {
            labeled.getProperties().remove(TOOLTIP);
            if (labeled.getTooltip() == own) {
                labeled.setTooltip(null);
            }
        }
    }

    /** True when the text drawn by {@code labeled}'s skin is not its whole text (JavaFX put an ellipsis in). */
    public static boolean isCut(Labeled labeled, String full) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic()
                    && "LabeledText".equals(child.getClass().getSimpleName())) {
                String shown = text.getText();
                return text.isVisible() && shown != null && !shown.equals(full)
                        && !(labeled.isMnemonicParsing() && shown.equals(Layouts.withoutMnemonic(full)));
            }
        }
        return false;
    }

    /**
     * A dialog is resizable, never smaller than its content needs, and grows to its content's preferred size when
     * that grows (an error shown under a field), moved up if it would leave the screen.
     */
    private static void growWith(Scene scene, DialogPane pane) {
        if (!(scene.getWindow() instanceof Stage stage) || !stage.isShowing()) {
            return;
        }
        if (!stage.isResizable() && !stage.resizableProperty().isBound()) {
            stage.setResizable(true);
        }
        double width = Math.max(scene.getWidth(), pane.minWidth(-1));
        // A dialog's buttons are never cut: the dialog gets as wide as its row of buttons asks.
        Node buttons = pane.lookup(".button-bar");
        if (buttons != null) {
            width = Math.max(width, buttons.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset());
        }
        double prefHeight = pane.prefHeight(width);
        double[] last = (double[]) pane.getProperties().get(LAST_PREF);
        pane.getProperties().put(LAST_PREF, new double[] {prefHeight});
        double height = Math.max(scene.getHeight(), pane.minHeight(width));
        if (last != null && prefHeight > last[0] + 0.5) {
            height = Math.max(height, prefHeight);
        }
        if (width <= scene.getWidth() + 0.5 && height <= scene.getHeight() + 0.5) {
            return;
        }
        // Not in the middle of this frame: the window takes its new size between two frames.
        if (pane.getProperties().put(GROWING, Boolean.TRUE) == null) {
            double wanted = width;
            double wantedHeight = height;
            javafx.application.Platform.runLater(() -> {
                pane.getProperties().remove(GROWING);
                resize(stage, scene, wanted, wantedHeight);
            });
        }
    }

    private static void resize(Stage stage, Scene scene, double width, double height) {
        if (!stage.isShowing() || stage.getScene() != scene) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double frameWidth = stage.getWidth() - scene.getWidth();
        double frameHeight = stage.getHeight() - scene.getHeight();
        double newWidth = Math.min(width + frameWidth, screen.getWidth());
        double newHeight = Math.min(height + frameHeight, screen.getHeight());
        stage.setWidth(newWidth);
        stage.setHeight(newHeight);
        if (stage.getY() + newHeight > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - newHeight));
        }
        if (stage.getX() + newWidth > screen.getMaxX()) {
            stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - newWidth));
        }
    }
}
