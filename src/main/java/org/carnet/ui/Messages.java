package org.carnet.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.carnet.core.FieldError;
import org.carnet.core.Numbers;
import org.carnet.guidance.Fact;

/** Every text the user reads, in the chosen language, from {@code i18n/messages*.properties}. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final Numbers numbers;

    public Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale locale = language.locale();
        this.numbers = Numbers.of(locale);
        this.longDate = DateTimeFormatter.ofPattern(get("format.longDate"), locale);
        this.shortDate = DateTimeFormatter.ofPattern(get("format.shortDate"), locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing message key " + key);
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        args = localized(args);
        MessageFormat format = new MessageFormat(pattern, language.locale());
        numbers.adapt(format, args);
        return format.format(args);
    }

    /** The arguments with each {@link org.carnet.core.Localized} one put in this language (a copy if any is). */
    private Object[] localized(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof org.carnet.core.Localized words) {
                out = out == args ? args.clone() : out;
                out[i] = words.text(language.locale());
            }
        }
        return out;
    }

    /** The language's number formatter, the one the messages use. */
    public Numbers numbers() {
        return numbers;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The words for an enum constant: {@code prefix.constant_name} in lower camel case. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + camel(value.name()));
    }

    public String error(FieldError error) {
        return get(error.code(), error.args().toArray());
    }

    /** "Source: document, section" for a fact, as shown under every piece of advice. */
    public String source(Fact fact) {
        String document = fact.document().published() == null
                ? fact.document().publisher()
                : get("source.document", fact.document().publisher(), fact.document().title(),
                        shortDate.format(fact.document().published()));
        // Sections of the French documents are quoted as written; the EFSA's English ones have a translation.
        String sectionKey = "fact.section." + fact.name();
        String section = bundle.containsKey(sectionKey) ? get(sectionKey) : fact.section();
        return get("source.line", document, section);
    }

    /** The short form of {@link #source}: publisher and section, where room is short (a tight summary). */
    public String shortSource(Fact fact) {
        String sectionKey = "fact.section." + fact.name();
        String section = bundle.containsKey(sectionKey) ? get(sectionKey) : fact.section();
        return get("source.short", fact.document().publisher(), section);
    }

    public String longDate(LocalDate date) {
        String text = longDate.format(date);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    public String time(LocalDateTime dateTime) {
        return time.format(dateTime);
    }

    public DateTimeFormatter shortDateFormatter() {
        return shortDate;
    }

    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
