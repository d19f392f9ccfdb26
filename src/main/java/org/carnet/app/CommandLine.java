package org.carnet.app;

import java.util.ArrayList;
import java.util.List;
import org.carnet.ui.Messages;

/**
 * What the person asked for on the command line: global options, then an optional command with its own
 * arguments. Parsing never throws; a mistake becomes an {@link #error()}, a {@link Mistake} that {@link Cli} puts
 * in the person's words (parsing runs before the language is known).
 */
record CommandLine(String dataDir, boolean help, boolean version, String command, List<String> commandArgs,
                   Mistake error, String passwordFile, OpenRequest.Target open, String lang) {

    static final String DATA_DIR = "--data-dir";
    static final String PASSWORD_FILE = "--password-file";
    static final String LANG = "--lang";

    /**
     * A mistake on the command line: the message key {@code cli.line.<key>} and its arguments, as typed (option
     * names and values are never translated). A new key needs its words in both bundles.
     */
    record Mistake(String key, List<String> args) {
        static final String KEY_PREFIX = "cli.line.";

        Mistake(String key, String... args) {
            this(key, List.of(args));
        }

        /** The mistake in {@code words}' language. */
        String in(Messages words) {
            return words.get(KEY_PREFIX + key, args.toArray());
        }
    }

    static CommandLine parse(String[] args) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        boolean help = false;
        boolean version = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        String knownLang = knownLang(args);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (command != null) {
                rest.add(arg);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else if (isValued(option)) {
                String value = value(args, i, option);
                if (value == null || value.isBlank()) {
                    return failed(knownLang, needs(option));
                }
                if (option.equals(arg)) {
                    i++;
                }
                if (values.putIfAbsent(option, value) != null) {
                    return failed(knownLang, new Mistake("twice", option));
                }
            } else if (arg.startsWith("-")) {
                return failed(knownLang, new Mistake("unknownOption", arg));
            } else {
                command = arg;
            }
        }
        String lang = values.get(LANG);
        if (lang != null && !isLang(lang)) {
            return failed(null, new Mistake("langNot", lang));
        }
        OpenRequest.Target open = null;
        String openWord = values.get(OpenRequest.OPTION);
        if (openWord != null) {
            open = OpenRequest.Target.parse(openWord).orElse(null);
            if (open == null) {
                return failed(lang, new Mistake("openGot", openWord));
            }
            if (command != null) {
                return failed(lang, new Mistake("openWithCommand", command));
            }
        }
        return new CommandLine(values.get(DATA_DIR), help, version, command, List.copyOf(rest), null,
                values.get(PASSWORD_FILE), open, lang);
    }

    private static boolean isValued(String option) {
        return option.equals(DATA_DIR) || option.equals(PASSWORD_FILE) || option.equals(OpenRequest.OPTION)
                || option.equals(LANG);
    }

    /** The value of the option at {@code i}: after "=", else the next argument unless it is an option; else null. */
    private static String value(String[] args, int i, String option) {
        String arg = args[i];
        if (!option.equals(arg)) {
            return arg.substring(option.length() + 1);
        }
        return i + 1 < args.length && !args[i + 1].startsWith("--") ? args[i + 1] : null;
    }

    private static Mistake needs(String option) {
        return new Mistake(switch (option) {
            case DATA_DIR -> "dataDirNeeds";
            case PASSWORD_FILE -> "passwordFileNeeds";
            case LANG -> "langNeeds";
            default -> "openNeeds";
        });
    }

    private static boolean isLang(String value) {
        return value.equals("fr") || value.equals("en");
    }

    /**
     * The first valid {@code --lang} among the global options, read ahead so that a mistake anywhere on the line
     * (even before --lang) is told in that language; null when there is none.
     */
    private static String knownLang(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String option = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
            if (isValued(option)) {
                String value = value(args, i, option);
                if (option.equals(LANG)) {
                    return value != null && isLang(value) ? value : null;
                }
                if (option.equals(args[i]) && value != null) {
                    i++;
                }
            } else if (!option.startsWith("-")) {
                return null;
            }
        }
        return null;
    }

    private static CommandLine failed(String lang, Mistake error) {
        return new CommandLine(null, false, false, null, List.of(), error, null, null, lang);
    }

    /** True when no window is wanted: the person asked for help, the version or a command. */
    boolean headless() {
        return help || version || command != null || error != null;
    }
}
