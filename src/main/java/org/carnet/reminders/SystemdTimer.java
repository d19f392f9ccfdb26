package org.carnet.reminders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Linux with a systemd user session: {@code carnet-remind.service} (one run of the command) and
 * {@code carnet-remind.timer} (every 15 minutes, and 2 minutes after logging in) in
 * {@code ~/.config/systemd/user}, enabled with {@code systemctl --user enable --now}.
 */
public final class SystemdTimer implements Schedule {
    public static final String UNIT = "carnet-remind";

    private final Path unitDir;
    private final CommandRunner runner;

    public SystemdTimer(Path configHome, CommandRunner runner) {
        this.unitDir = configHome.resolve("systemd").resolve("user");
        this.runner = runner;
    }

    /** Whether this session has a systemd user instance to talk to. */
    public static boolean available(CommandRunner runner) {
        return runner.run(List.of("systemctl", "--user", "show-environment")) == 0;
    }

    @Override
    public String kind() {
        return "systemdTimer";
    }

    public Path serviceFile() {
        return unitDir.resolve(UNIT + ".service");
    }

    public Path timerFile() {
        return unitDir.resolve(UNIT + ".timer");
    }

    static String service(List<String> command) {
        return """
                [Unit]
                Description=Carnet: show a reminder when something asked for is due and not logged

                [Service]
                Type=oneshot
                ExecStart=%s
                # The window a click on the notification opens outlives this run.
                KillMode=process
                """.formatted(ScheduleFiles.quoted(command));
    }

    static String timer() {
        return """
                [Unit]
                Description=Carnet reminders, every %d minutes

                [Timer]
                OnStartupSec=2min
                OnCalendar=*:0/%d
                AccuracySec=1min

                [Install]
                WantedBy=timers.target
                """.formatted(EVERY_MINUTES, EVERY_MINUTES);
    }

    @Override
    public List<Path> install(List<String> command) {
        ScheduleFiles.write(serviceFile(), service(command));
        ScheduleFiles.write(timerFile(), timer());
        systemctl("daemon-reload");
        systemctl("enable", "--now", UNIT + ".timer");
        return List.of(serviceFile(), timerFile());
    }

    @Override
    public void remove() {
        if (Files.exists(timerFile())) {
            // Disabling a timer the session never loaded fails; the files go all the same.
            runner.run(List.of("systemctl", "--user", "disable", "--now", UNIT + ".timer"));
        }
        ScheduleFiles.delete(timerFile());
        ScheduleFiles.delete(serviceFile());
        runner.run(List.of("systemctl", "--user", "daemon-reload"));
    }

    @Override
    public boolean installed() {
        return Files.exists(timerFile());
    }

    private void systemctl(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("systemctl", "--user"));
        command.addAll(List.of(args));
        int code = runner.run(command);
        if (code != 0) {
            throw new ScheduleException(ScheduleException.Problem.COMMAND,
                    String.join(" ", command) + " (exit code " + code + ")", null);
        }
    }
}
