package org.carnet.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * Notifications inside a window: cards in its bottom-right corner that say how long work ended, without a modal
 * dialog to dismiss. A success goes away by itself after a few seconds (not while the pointer or the keyboard is
 * on it); a failure stays until closed. They never take the keyboard focus: Esc closes the newest one, the page's
 * first (when no control used the key first), and their buttons can be reached with Tab.
 *
 * <p>Put {@link #layer()} above the window's content in a {@code StackPane}; it only catches the mouse on its cards.
 *
 * <p>A notice about the page shown ({@link #pageNotice}) belongs to that page: it goes in {@link #pageLayer()}, laid
 * out under the page (the page gives it room, so it never covers a field), and goes when the person leaves the page
 * ({@link #pageLeft()}), closes it or presses Esc.
 */
public final class Notifier {
    /** What a notification reports. */
    public enum Kind { SUCCESS, INFO, ERROR }

    /** A button on a notification; the notification closes when it is used. */
    public record Action(String text, Runnable run) {
    }

    private static final String STAYS = "notification-stays";
    public static final Duration DEFAULT_AUTO_HIDE = Duration.seconds(6);
    /** The oldest cards go when more pile up: a corner of the window, not a list. */
    static final int MAX_SHOWN = 3;

    private final VBox layer = new VBox();
    private final VBox pageLayer = new VBox();
    private final Supplier<String> closeText;
    private Duration autoHide = DEFAULT_AUTO_HIDE;
    private final EventHandler<KeyEvent> escape = event -> {
        List<Node> shown = cards();
        if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed() && !shown.isEmpty()) {
            close(shown.get(shown.size() - 1));
            event.consume();
        }
    };

    /** @param closeText the words of the close button (tooltip and screen reader), asked for each card */
    public Notifier(Supplier<String> closeText) {
        this.closeText = closeText;
        layer.getStyleClass().add("notification-layer");
        layer.setId("notifications");
        layer.setAlignment(Pos.BOTTOM_RIGHT);
        layer.setPickOnBounds(false);
        layer.setFillWidth(false);
        pageLayer.getStyleClass().add("page-notice-layer");
        pageLayer.setId("page-notices");
        pageLayer.setAlignment(Pos.BOTTOM_RIGHT);
        pageLayer.setFillWidth(false);
        // No room taken while there is nothing to say.
        pageLayer.setManaged(false);
        pageLayer.setVisible(false);
        pageLayer.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            pageLayer.setManaged(!pageLayer.getChildren().isEmpty());
            pageLayer.setVisible(pageLayer.isManaged());
        });
        // One Esc handler for both layers, in the scene of whichever is shown.
        ChangeListener<Scene> escapeIn = (o, before, after) -> {
            if (before != null) {
                before.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
            if (after != null) {
                after.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
                after.addEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
        };
        layer.sceneProperty().addListener(escapeIn);
        pageLayer.sceneProperty().addListener(escapeIn);
    }

    /** The node to lay over the window's content. */
    public Region layer() {
        return layer;
    }

    /** The node to lay out under the page shown, for the notices that belong to it. */
    public Region pageLayer() {
        return pageLayer;
    }

    /** How long a success or an information stays; failures stay until closed. */
    public void setAutoHide(Duration delay) {
        this.autoHide = delay;
    }

    public Node success(String title, String text, Action... actions) {
        return show(Kind.SUCCESS, title, text, actions);
    }

    public Node error(String title, String text, Action... actions) {
        return show(Kind.ERROR, title, text, actions);
    }

    /** An offer that stays until acted on or closed (an INFO card with no countdown). */
    public Node offer(String title, String text, Action... actions) {
        return show(Kind.INFO, title, text, true, layer, actions);
    }

    /**
     * A notice about the page shown, that stays until the person leaves the page ({@link #pageLeft()}), closes it or
     * presses Esc; laid out under the page, never over it.
     */
    public Node pageNotice(String title, String text, Action... actions) {
        return show(Kind.INFO, title, text, true, pageLayer, actions);
    }

    /** The person left the page shown: its notices go. */
    public void pageLeft() {
        List.copyOf(pageLayer.getChildren()).forEach(this::remove);
    }

    public Node show(Kind kind, String title, String text, Action... actions) {
        return show(kind, title, text, false, layer, actions);
    }

    private Node show(Kind kind, String title, String text, boolean stays, VBox into, Action... actions) {
        HBox card = new HBox();
        if (stays) {
            card.getProperties().put(STAYS, Boolean.TRUE);
        }
        card.getStyleClass().addAll("notification", "notification-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleText(title + ". " + text);

        FontIcon icon = new FontIcon(switch (kind) {
            case SUCCESS -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case ERROR -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
        });
        icon.getStyleClass().add("notification-icon");

        Label heading = new Label(title);
        heading.getStyleClass().add("notification-title");
        heading.setWrapText(true);
        Label body = new Label(text);
        body.getStyleClass().add("notification-text");
        body.setWrapText(true);
        VBox words = new VBox(heading, body);
        words.getStyleClass().add("notification-body");
        HBox.setHgrow(words, Priority.ALWAYS);
        if (actions.length > 0) {
            HBox buttons = new HBox();
            buttons.getStyleClass().add("notification-actions");
            for (Action action : actions) {
                Button button = new Button(action.text());
                button.getStyleClass().add("small");
                button.setOnAction(e -> {
                    close(card);
                    action.run().run();
                });
                buttons.getChildren().add(button);
            }
            words.getChildren().add(buttons);
        }

        Button close = Icons.button(MaterialDesignC.CLOSE, closeText.get());
        close.getStyleClass().add("notification-close");
        close.setOnAction(e -> close(card));

        card.getChildren().addAll(icon, words, close);
        if (kind != Kind.ERROR && !card.getProperties().containsKey(STAYS)) {
            PauseTransition wait = new PauseTransition(autoHide);
            wait.setOnFinished(e -> close(card));
            // Reading takes the time it takes: no countdown while the pointer or the keyboard is on the card.
            Runnable restart = () -> {
                if (card.isHover() || card.focusWithinProperty().get()) {
                    wait.stop();
                } else {
                    wait.playFromStart();
                }
            };
            card.hoverProperty().addListener(o -> restart.run());
            card.focusWithinProperty().addListener(o -> restart.run());
            wait.play();
            card.getProperties().put(PauseTransition.class, wait);
        }

        List<Node> before = shownIn(into);
        for (int i = 0; i <= before.size() - MAX_SHOWN; i++) {
            remove(before.get(i));
        }
        into.getChildren().add(card);
        card.setOpacity(0);
        FadeTransition in = new FadeTransition(Duration.millis(150), card);
        in.setToValue(1);
        in.play();
        return card;
    }

    /** The cards shown, the window's oldest first, then the page's; not those already fading out. */
    public List<Node> cards() {
        List<Node> shown = new java.util.ArrayList<>(shownIn(layer));
        shown.addAll(shownIn(pageLayer));
        return shown;
    }

    private static List<Node> shownIn(VBox where) {
        return where.getChildren().stream().filter(c -> !c.getProperties().containsKey(FadeTransition.class)).toList();
    }

    /** Fades a card out and removes it. */
    public void close(Node card) {
        if (!(layer.getChildren().contains(card) || pageLayer.getChildren().contains(card))
                || card.getProperties().containsKey(FadeTransition.class)) {
            return;
        }
        stopTimer(card);
        card.setMouseTransparent(true);
        FadeTransition out = new FadeTransition(Duration.millis(150), card);
        card.getProperties().put(FadeTransition.class, out);
        out.setToValue(0);
        out.setOnFinished(e -> remove(card));
        out.play();
    }

    /** Removes every card at once. */
    public void clear() {
        List.copyOf(layer.getChildren()).forEach(this::remove);
        pageLeft();
    }

    private void remove(Node card) {
        stopTimer(card);
        layer.getChildren().remove(card);
        pageLayer.getChildren().remove(card);
    }

    private static void stopTimer(Node card) {
        if (card.getProperties().get(PauseTransition.class) instanceof PauseTransition wait) {
            wait.stop();
        }
    }
}
