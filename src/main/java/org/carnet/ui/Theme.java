package org.carnet.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark: AtlantaFX as the user-agent stylesheet, our own sheet on top. */
public enum Theme {
    LIGHT,
    DARK;

    public static final String APP_CSS = "/org/carnet/ui/app.css";

    private static volatile Theme current = LIGHT;

    /** The theme last applied. */
    public static Theme current() {
        return current;
    }

    public void apply() {
        current = this;
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
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
