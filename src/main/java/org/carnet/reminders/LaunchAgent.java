package org.carnet.reminders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * macOS (written, not yet tried): a LaunchAgent {@code ~/Library/LaunchAgents/org.carnet.remind.plist} that runs
 * the command every 15 minutes and at login, loaded with {@code launchctl load -w}.
 */
public final class LaunchAgent implements Schedule {
    public static final String LABEL = "org.carnet.remind";

    private final Path file;
    private final CommandRunner runner;

    public LaunchAgent(Path home, CommandRunner runner) {
        this.file = home.resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist");
        this.runner = runner;
    }

    @Override
    public String kind() {
        return "launchAgent";
    }

    static String plist(List<String> command) {
        String arguments = command.stream()
                .map(word -> "    <string>" + ScheduleFiles.xmlEscaped(word) + "</string>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>%s</string>
                  <key>ProgramArguments</key>
                  <array>
                %s
                  </array>
                  <key>StartInterval</key>
                  <integer>%d</integer>
                  <key>RunAtLoad</key>
                  <true/>
                </dict>
                </plist>
                """.formatted(LABEL, arguments, EVERY_MINUTES * 60);
    }

    @Override
    public List<Path> install(List<String> command) {
        ScheduleFiles.write(file, plist(command));
        int code = runner.run(List.of("launchctl", "load", "-w", file.toString()));
        if (code != 0) {
            throw new ScheduleException(ScheduleException.Problem.COMMAND,
                    "launchctl load (exit code " + code + ")", null);
        }
        return List.of(file);
    }

    @Override
    public void remove() {
        if (Files.exists(file)) {
            runner.run(List.of("launchctl", "unload", "-w", file.toString()));
        }
        ScheduleFiles.delete(file);
    }

    @Override
    public boolean installed() {
        return Files.exists(file);
    }
}
