package org.carnet.ui;

import java.util.Locale;

/** The languages the interface speaks. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    FRENCH(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** French when the system speaks French, English otherwise. */
    public static Language fromSystem(Locale system) {
        return "fr".equals(system.getLanguage()) ? FRENCH : ENGLISH;
    }

    public static Language fromCode(String code, Language fallback) {
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(code)) {
                return language;
            }
        }
        return fallback;
    }

    public String code() {
        return locale.getLanguage();
    }
}
