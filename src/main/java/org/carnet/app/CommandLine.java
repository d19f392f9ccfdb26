package org.carnet.app;

import java.util.ArrayList;
import java.util.List;

/**
 * What the person asked for on the command line: global options, then an optional command with its own
 * arguments. Parsing never throws; a mistake becomes an {@link #error()} in words.
 */
record CommandLine(String dataDir, boolean help, boolean version, String command, List<String> commandArgs,
                   String error) {

    static final String DATA_DIR = "--data-dir";

    static CommandLine parse(String[] args) {
        String dataDir = null;
        boolean help = false;
        boolean version = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (command != null) {
                rest.add(arg);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else if (arg.equals(DATA_DIR)) {
                if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("--")) {
                    return failed("--data-dir needs a folder, for example: --data-dir ~/carnet-test");
                }
                if (dataDir != null) {
                    return failed("--data-dir is given twice");
                }
                dataDir = args[++i];
            } else if (arg.startsWith(DATA_DIR + "=")) {
                String value = arg.substring(DATA_DIR.length() + 1);
                if (value.isBlank()) {
                    return failed("--data-dir needs a folder, for example: --data-dir ~/carnet-test");
                }
                if (dataDir != null) {
                    return failed("--data-dir is given twice");
                }
                dataDir = value;
            } else if (arg.startsWith("-")) {
                return failed("Unknown option: " + arg);
            } else {
                command = arg;
            }
        }
        return new CommandLine(dataDir, help, version, command, List.copyOf(rest), null);
    }

    private static CommandLine failed(String error) {
        return new CommandLine(null, false, false, null, List.of(), error);
    }

    /** True when no window is wanted: the person asked for help, the version or a command. */
    boolean headless() {
        return help || version || command != null || error != null;
    }
}
