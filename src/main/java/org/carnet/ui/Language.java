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

    /**
     * The region whose calendar the date pickers follow (they read the default format locale): France for French,
     * so weeks start on Monday; English keeps the system's own.
     */
    public Locale calendarLocale(Locale system) {
        if (this == FRENCH) {
            return "fr".equals(system.getLanguage()) && !system.getCountry().isEmpty() ? system : Locale.FRANCE;
        }
        return "en".equals(system.getLanguage()) ? system : Locale.UK;
    }

    /** Makes the date pickers built from now on show this language's calendar. */
    public void applyToCalendars() {
        Locale.setDefault(Locale.Category.FORMAT, calendarLocale(Locale.getDefault(Locale.Category.DISPLAY)));
    }

    public String code() {
        return locale.getLanguage();
    }
}
