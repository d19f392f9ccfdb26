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
 * on it); a failure stays until closed. They never take the keyboard focus: Esc closes the newest one (when no
 * control used the key first), and their buttons can be reached with Tab.
 *
 * <p>Put {@link #layer()} above the window's content in a {@code StackPane}; it only catches the mouse on its cards.
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
    private final Supplier<String> closeText;
    private Duration autoHide = DEFAULT_AUTO_HIDE;
    private final EventHandler<KeyEvent> escape = event -> {
        if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed() && !cards().isEmpty()) {
            close(cards().get(cards().size() - 1));
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
        layer.sceneProperty().addListener((ChangeListener<Scene>) (o, before, after) -> {
            if (before != null) {
                before.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
            if (after != null) {
                after.addEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    /** The node to lay over the window's content. */
    public Region layer() {
        return layer;
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
        return show(Kind.INFO, title, text, true, actions);
    }

    public Node show(Kind kind, String title, String text, Action... actions) {
        return show(kind, title, text, false, actions);
    }

    private Node show(Kind kind, String title, String text, boolean stays, Action... actions) {
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

        while (cards().size() >= MAX_SHOWN) {
            remove(cards().get(0));
        }
        layer.getChildren().add(card);
        card.setOpacity(0);
        FadeTransition in = new FadeTransition(Duration.millis(150), card);
        in.setToValue(1);
        in.play();
        return card;
    }

    /** The cards shown, oldest first; not those already fading out. */
    public List<Node> cards() {
        return layer.getChildren().stream().filter(c -> !c.getProperties().containsKey(FadeTransition.class)).toList();
    }

    /** Fades a card out and removes it. */
    public void close(Node card) {
        if (!layer.getChildren().contains(card) || card.getProperties().containsKey(FadeTransition.class)) {
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
    }

    private void remove(Node card) {
        stopTimer(card);
        layer.getChildren().remove(card);
    }

    private static void stopTimer(Node card) {
        if (card.getProperties().get(PauseTransition.class) instanceof PauseTransition wait) {
            wait.stop();
        }
    }
}
