package org.carnet.reminders;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The schedule this system uses, and the places its files go (from the environment, never from $HOME strings). */
public final class Schedules {
    private Schedules() {
    }

    public static Schedule forThisSystem(Path dataDir) {
        return choose(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv(),
                dataDir, CommandRunner.SYSTEM);
    }

    /** Linux: the systemd user timer when a user session answers, else XDG autostart. */
    public static Schedule choose(String osName, Path home, Map<String, String> env, Path dataDir,
                                  CommandRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new WindowsTask(dataDir, runner);
        }
        if (os.contains("mac")) {
            return new LaunchAgent(home, runner);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path configHome = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        SystemdTimer timer = new SystemdTimer(configHome, runner);
        XdgAutostart autostart = new XdgAutostart(configHome);
        if (timer.installed() || (!autostart.installed() && SystemdTimer.available(runner))) {
            return timer;
        }
        return autostart;
    }
}
