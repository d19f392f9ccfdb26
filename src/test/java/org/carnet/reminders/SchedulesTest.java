package org.carnet.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule files as written, and the system commands run to enable and remove them. */
class SchedulesTest {
    private static final List<String> COMMAND = List.of("/opt/carnet/bin/Carnet", "--data-dir", "/home/a b/carnet",
            "remind");

    @TempDir
    Path home;

    private final List<String> ran = new ArrayList<>();

    private CommandRunner answering(int code) {
        return (command, env) -> {
            ran.add(String.join(" ", command));
            return code;
        };
    }

    @Test
    void withASystemdUserSessionTheTimerIsWrittenEnabledAndRemoved() throws Exception {
        Schedule schedule = Schedules.choose("Linux", home, Map.of(), home.resolve("data"), answering(0));
        assertThat(schedule).isInstanceOf(SystemdTimer.class);

        List<Path> files = schedule.install(COMMAND);

        Path units = home.resolve(".config/systemd/user");
        assertThat(files).containsExactly(units.resolve("carnet-remind.service"), units.resolve("carnet-remind.timer"));
        assertThat(Files.readString(files.get(0)))
                .contains("ExecStart=\"/opt/carnet/bin/Carnet\" \"--data-dir\" \"/home/a b/carnet\" \"remind\"")
                .contains("Type=oneshot");
        assertThat(Files.readString(files.get(1))).contains("OnCalendar=*:0/15").contains("WantedBy=timers.target");
        assertThat(ran).contains("systemctl --user daemon-reload", "systemctl --user enable --now carnet-remind.timer");
        assertThat(schedule.installed()).isTrue();

        ran.clear();
        schedule.remove();

        assertThat(ran).containsExactly("systemctl --user disable --now carnet-remind.timer",
                "systemctl --user daemon-reload");
        assertThat(files).noneMatch(Files::exists);
        assertThat(schedule.installed()).isFalse();
    }

    @Test
    void withoutASystemdUserSessionAnAutostartEntryLoopsEveryFifteenMinutes() throws Exception {
        Path configHome = home.resolve("cfg");
        Schedule schedule = Schedules.choose("Linux", home, Map.of("XDG_CONFIG_HOME", configHome.toString()),
                home.resolve("data"), answering(1));
        assertThat(schedule).isInstanceOf(XdgAutostart.class);

        List<Path> files = schedule.install(COMMAND);

        assertThat(files).containsExactly(configHome.resolve("autostart/carnet-remind.desktop"));
        assertThat(Files.readString(files.get(0))).contains("Type=Application")
                .contains("Exec=\"/opt/carnet/bin/Carnet\" \"--data-dir\" \"/home/a b/carnet\" \"remind\" "
                        + "\"--every\" \"15\"");
        schedule.remove();
        assertThat(files.get(0)).doesNotExist();
    }

    @Test
    void aTimerTheSystemRefusesToEnableIsAnError() {
        CommandRunner refusing = (command, env) -> command.contains("enable") ? 1 : 0;
        Schedule schedule = Schedules.choose("Linux", home, Map.of(), home, refusing);

        assertThatThrownBy(() -> schedule.install(COMMAND)).isInstanceOf(Schedule.ScheduleException.class)
                .hasMessageContaining("enable");
    }

    @Test
    void windowsAndMacosSchedulesAreWrittenWithTheirCommands() throws Exception {
        Schedule windows = Schedules.choose("Windows 11", home, Map.of(), home.resolve("data"), answering(0));
        List<Path> task = windows.install(COMMAND);
        assertThat(Files.readString(task.get(0))).contains("<Interval>PT15M</Interval>")
                .contains("<Command>/opt/carnet/bin/Carnet</Command>");
        assertThat(ran).anyMatch(line -> line.startsWith("schtasks /Create /TN Carnet reminders /XML"));

        Schedule mac = Schedules.choose("Mac OS X", home, Map.of(), home.resolve("data"), answering(0));
        List<Path> agent = mac.install(COMMAND);
        assertThat(agent.get(0)).isEqualTo(home.resolve("Library/LaunchAgents/org.carnet.remind.plist"));
        assertThat(Files.readString(agent.get(0))).contains("<string>remind</string>")
                .contains("<integer>900</integer>");
        mac.remove();
        assertThat(agent.get(0)).doesNotExist();
    }
}
