package org.carnet.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light or dark: AtlantaFX as the user-agent stylesheet, our own sheet on top.
 *
 * <p>Both AtlantaFX themes are one user-agent stylesheet ({@link ThemeSheet}, made at build time); the dark theme is
 * the pseudo-class {@code :carnet-dark} on the root of every scene the app shows. A switch therefore only changes
 * that pseudo-class: JavaFX keeps each node's matched rules and restyles what differs (colours), instead of matching
 * every node against a new stylesheet and measuring every text again. Without the built sheet (a class path without
 * the build's resources) the two AtlantaFX sheets are swapped as before.
 */
public enum Theme {
    LIGHT,
    DARK;

    public static final String APP_CSS = "/org/carnet/ui/app.css";

    private static final PseudoClass DARK_ROOT = PseudoClass.getPseudoClass(ThemeSheet.DARK_PSEUDO_CLASS);
    /** Every scene seen in a window, so that a switch reaches the hidden ones too (dialogs kept for next time). */
    private static final Set<Scene> scenes = Collections.newSetFromMap(new WeakHashMap<>());
    private static final Map<Window, Boolean> windows = new WeakHashMap<>();
    private static boolean tracking;

    private static volatile Theme current = LIGHT;

    /** The theme last applied. */
    public static Theme current() {
        return current;
    }

    /** Applies the theme to every window of the app, and to those shown later. On the FX thread. */
    public void apply() {
        current = this;
        URL both = Theme.class.getResource(ThemeSheet.RESOURCE);
        if (both == null) {
            Application.setUserAgentStylesheet(this == DARK
                    ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            return;
        }
        String sheet = both.toExternalForm();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
        track();
        Window.getWindows().forEach(Theme::follow);
        scenes.forEach(Theme::mark);
    }

    /** From now on, each window shown gets the current theme on its scene's root, before its first frame. */
    private static void track() {
        if (tracking) {
            return;
        }
        tracking = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Theme::follow);
            }
        });
    }

    private static void follow(Window window) {
        if (windows.put(window, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((o, was, scene) -> follow(scene));
        }
        follow(window.getScene());
    }

    private static void follow(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scenes.add(scene)) {
            scene.rootProperty().addListener((o, was, root) -> mark(root));
        }
        mark(scene);
    }

    private static void mark(Scene scene) {
        mark(scene.getRoot());
    }

    private static void mark(Parent root) {
        if (root != null) {
            root.pseudoClassStateChanged(DARK_ROOT, current == DARK);
        }
    }

    /** The few rules of the first "opening" page, shown before the theme is loaded. */
    public static String splashStylesheet() {
        return Theme.class.getResource("/org/carnet/ui/splash.css").toExternalForm();
    }

    public static String appStylesheet() {
        return Theme.class.getResource(APP_CSS).toExternalForm();
    }

    public static Theme fromName(String name) {
        return "DARK".equalsIgnoreCase(name) ? DARK : LIGHT;
    }
}
