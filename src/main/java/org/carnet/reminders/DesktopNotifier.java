package org.carnet.reminders;

import java.util.List;
import java.util.Locale;

/**
 * Shows a notification the way the system offers. Linux: the freedesktop Notify call over the session D-Bus, sent
 * with {@code gdbus} (GLib), else {@code notify-send} (libnotify). macOS: {@code osascript}'s "display
 * notification". Windows: a toast through PowerShell. Only the Linux ones have been tried.
 */
public final class DesktopNotifier {
    public static final String APP_NAME = "Carnet";
    /** How long the notification stays, in milliseconds, where the server honours it. */
    static final int TIMEOUT_MS = 30_000;

    private final CommandRunner runner;
    private final String os;

    public DesktopNotifier(CommandRunner runner, String osName) {
        this.runner = runner;
        this.os = osName.toLowerCase(Locale.ROOT);
    }

    public static DesktopNotifier forThisSystem() {
        return new DesktopNotifier(CommandRunner.SYSTEM, System.getProperty("os.name", ""));
    }

    /** True when it was shown (or at least handed to the system's notification service). */
    public boolean show(Notification notification) {
        for (List<String> command : commands(notification)) {
            if (runner.run(command) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The commands to try, in order, until one succeeds. */
    List<List<String>> commands(Notification n) {
        if (os.contains("mac")) {
            return List.of(List.of("osascript", "-e", "display notification " + appleScript(n.body())
                    + " with title " + appleScript(n.summary())));
        }
        if (os.contains("win")) {
            return List.of(List.of("powershell", "-NoProfile", "-NonInteractive", "-Command", windowsToast(n)));
        }
        return List.of(
                List.of("gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications",
                        "--object-path", "/org/freedesktop/Notifications",
                        "--method", "org.freedesktop.Notifications.Notify",
                        APP_NAME, "0", "carnet", gvariantString(n.summary()), gvariantString(n.body()),
                        "@as []", "{'urgency': <byte 1>, 'desktop-entry': <'carnet'>}", Integer.toString(TIMEOUT_MS)),
                List.of("notify-send", "--app-name=" + APP_NAME, "--icon=carnet", "--expire-time=" + TIMEOUT_MS,
                        n.summary(), n.body()));
    }

    /** A GVariant string literal, as gdbus parses its arguments. */
    static String gvariantString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String appleScript(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String windowsToast(Notification n) {
        // Untried: the toast API of Windows 10 and 11 reached from PowerShell, no module to install.
        return "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType=WindowsRuntime]"
                + " | Out-Null; $t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent("
                + "[Windows.UI.Notifications.ToastTemplateType]::ToastText02); $x = $t.GetElementsByTagName('text'); "
                + "$x.Item(0).AppendChild($t.CreateTextNode(" + powershell(n.summary()) + ")) | Out-Null; "
                + "$x.Item(1).AppendChild($t.CreateTextNode(" + powershell(n.body()) + ")) | Out-Null; "
                + "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('Carnet').Show("
                + "[Windows.UI.Notifications.ToastNotification]::new($t))";
    }

    private static String powershell(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
