package org.carnet.app;

import java.util.ArrayList;
import java.util.List;

/**
 * What the person asked for on the command line: global options, then an optional command with its own
 * arguments. Parsing never throws; a mistake becomes an {@link #error()} in words.
 */
record CommandLine(String dataDir, boolean help, boolean version, String command, List<String> commandArgs,
                   String error, String passwordFile, OpenRequest.Target open, String lang) {

    static final String DATA_DIR = "--data-dir";
    static final String PASSWORD_FILE = "--password-file";
    static final String LANG = "--lang";

    private static final String DATA_DIR_NEEDS = "--data-dir needs a folder, for example: --data-dir ~/carnet-test";
    private static final String PASSWORD_FILE_NEEDS =
            "--password-file needs a file whose first line is the journal's password";
    private static final String LANG_NEEDS = "--lang takes fr or en";

    static CommandLine parse(String[] args) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        boolean help = false;
        boolean version = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (command != null) {
                rest.add(arg);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else if (option.equals(DATA_DIR) || option.equals(PASSWORD_FILE) || option.equals(OpenRequest.OPTION)
                    || option.equals(LANG)) {
                String needs = option.equals(DATA_DIR) ? DATA_DIR_NEEDS
                        : option.equals(PASSWORD_FILE) ? PASSWORD_FILE_NEEDS
                        : option.equals(LANG) ? LANG_NEEDS : OpenRequest.usage(null);
                String value;
                if (!option.equals(arg)) {
                    value = arg.substring(option.length() + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    return failed(needs);
                }
                if (value.isBlank()) {
                    return failed(needs);
                }
                if (values.putIfAbsent(option, value) != null) {
                    return failed(option + " is given twice");
                }
            } else if (arg.startsWith("-")) {
                return failed("Unknown option: " + arg);
            } else {
                command = arg;
            }
        }
        String lang = values.get(LANG);
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            return failed(LANG_NEEDS + ", not " + lang);
        }
        OpenRequest.Target open = null;
        String openWord = values.get(OpenRequest.OPTION);
        if (openWord != null) {
            open = OpenRequest.Target.parse(openWord).orElse(null);
            if (open == null) {
                return failed(OpenRequest.usage(openWord));
            }
            if (command != null) {
                return failed(OpenRequest.OPTION + " opens the window on a page; it does not go with a command ("
                        + command + ")");
            }
        }
        return new CommandLine(values.get(DATA_DIR), help, version, command, List.copyOf(rest), null,
                values.get(PASSWORD_FILE), open, lang);
    }

    private static CommandLine failed(String error) {
        return new CommandLine(null, false, false, null, List.of(), error, null, null, null);
    }

    /** True when no window is wanted: the person asked for help, the version or a command. */
    boolean headless() {
        return help || version || command != null || error != null;
    }
}
