package org.carnet.reminders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux without a systemd user session: an XDG autostart entry ({@code ~/.config/autostart/carnet-remind.desktop})
 * that the desktop starts at login; it runs {@code carnet remind --every 15}, which stays and checks every 15
 * minutes until the session ends.
 */
public final class XdgAutostart implements Schedule {
    private final Path file;

    public XdgAutostart(Path configHome) {
        this.file = configHome.resolve("autostart").resolve("carnet-remind.desktop");
    }

    @Override
    public String kind() {
        return "xdgAutostart";
    }

    public Path file() {
        return file;
    }

    static String entry(List<String> command) {
        List<String> looping = new ArrayList<>(command);
        looping.add("--every");
        looping.add(Integer.toString(EVERY_MINUTES));
        return """
                [Desktop Entry]
                Type=Application
                Name=Carnet reminders
                Comment=Shows a reminder when something asked for is due and not logged
                Exec=%s
                Icon=carnet
                Terminal=false
                NoDisplay=true
                X-GNOME-Autostart-enabled=true
                """.formatted(ScheduleFiles.quoted(looping));
    }

    @Override
    public List<Path> install(List<String> command) {
        ScheduleFiles.write(file, entry(command));
        return List.of(file);
    }

    @Override
    public void remove() {
        ScheduleFiles.delete(file);
    }

    @Override
    public boolean installed() {
        return Files.exists(file);
    }
}
