package org.carnet.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.carnet.app.CarnetApp;

/**
 * Starts Carnet as a person would and plays what they do first, timing when today's check-in accepts typing: types
 * the password when asked ({@code -Dcarnet.probe.password=…}), presses the home page's "fill in today's check-in",
 * then, as soon as a text field of the check-in has the focus and Save is enabled, types a digit; once the field
 * shows it, prints "typing" and the JVM uptime in ms, and closes the app. Only public JavaFX API and the nodes' ids:
 * the same probe times an older build of the app (the before/after table). Polls the FX thread every 4 ms.
 */
public final class TypingProbe {
    private static final AtomicBoolean pending = new AtomicBoolean();
    private static final AtomicBoolean done = new AtomicBoolean();
    private static volatile boolean passwordTyped;
    private static volatile boolean checkInOpened;

    private TypingProbe() {
    }

    public static void main(String[] args) {
        Thread poller = new Thread(TypingProbe::poll, "typing-probe");
        poller.setDaemon(true);
        poller.start();
        Application.launch(CarnetApp.class, args);
        System.exit(done.get() ? 0 : 1);
    }

    private static void poll() {
        while (!done.get()) {
            if (pending.compareAndSet(false, true)) {
                try {
                    Platform.runLater(() -> {
                        try {
                            check();
                        } finally {
                            pending.set(false);
                        }
                    });
                } catch (IllegalStateException toolkitNotStarted) {
                    pending.set(false);
                }
            }
            try {
                Thread.sleep(4);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void check() {
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (!window.isShowing() || scene == null || scene.getRoot() == null) {
                continue;
            }
            Parent root = scene.getRoot();
            String password = System.getProperty("carnet.probe.password");
            if (password != null && !passwordTyped && root.lookup("#unlock-password") instanceof PasswordField field
                    && field.isVisible()) {
                passwordTyped = true;
                field.setText(password);
                field.fireEvent(new ActionEvent());
                return;
            }
            if (!checkInOpened && root.lookup("#home-open-checkin") instanceof Button fill && !fill.isDisabled()
                    && fill.getScene() != null) {
                checkInOpened = true;
                fill.fire();
                return;
            }
            if (checkInOpened && scene.getFocusOwner() instanceof TextField field && !(field instanceof PasswordField)
                    && inside(field, "checkin-view") && root.lookup("#checkin-save") instanceof Button save
                    && !save.isDisabled() && field.isEditable()) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, "3", "", KeyCode.UNDEFINED, false, false,
                        false, false));
                // The field's text was selected whole: the digit typed replaces it and the selection is gone.
                if (field.getText().contains("3") && field.getSelection().getLength() == 0
                        && done.compareAndSet(false, true)) {
                    System.out.println("typing " + ManagementFactory.getRuntimeMXBean().getUptime());
                    System.out.println("rss " + PeakRss.megabytes());
                    System.out.flush();
                    Platform.exit();
                }
                return;
            }
        }
    }

    private static boolean inside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
