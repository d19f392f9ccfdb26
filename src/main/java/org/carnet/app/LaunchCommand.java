package org.carnet.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start this very Carnet again from a schedule: the installed launcher when there is one (jpackage sets
 * {@code jpackage.app-path}), else this Java with this class path.
 */
final class LaunchCommand {
    private LaunchCommand() {
    }

    /** The command that runs {@code carnet --data-dir DIR remind}. */
    static List<String> remind(Path dataDir) {
        List<String> command = new ArrayList<>(launcher());
        command.add(CommandLine.DATA_DIR);
        command.add(dataDir.toAbsolutePath().toString());
        command.add("remind");
        return command;
    }

    /** The command that opens the window on a page: {@code carnet --data-dir DIR --open checkin|intake}. */
    static List<String> open(Path dataDir, OpenRequest.Target target) {
        List<String> command = new ArrayList<>(launcher());
        command.add(CommandLine.DATA_DIR);
        command.add(dataDir.toAbsolutePath().toString());
        command.add(OpenRequest.OPTION);
        command.add(target.word());
        return command;
    }

    /**
     * Starts {@code command} on its own, not waited for, its output dropped: the window a reminder's click opens
     * outlives the reminder's process (the systemd unit says {@code KillMode=process} for that).
     */
    static void startDetached(List<String> command) {
        try {
            new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")
                                    ? "NUL" : "/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            java.util.logging.Logger.getLogger(LaunchCommand.class.getName())
                    .log(java.util.logging.Level.WARNING, "Could not open the window: " + command, e);
        }
    }

    static List<String> launcher() {
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null && !appPath.isBlank()) {
            return List.of(appPath);
        }
        String javaCommand = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Absolute entries: the schedule runs from another working folder.
        String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        return List.of(javaCommand, "-cp", classPath, Launcher.class.getName());
    }
}
