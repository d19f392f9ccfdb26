package org.carnet.reminders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a notification the way the system offers. Linux: the freedesktop Notify call over the session D-Bus, sent
 * with {@code gdbus} (GLib), else {@code notify-send} (libnotify). macOS: {@code osascript}'s "display
 * notification". Windows: a toast through PowerShell. Only the Linux ones have been tried. A click on the
 * notification is reported on Linux (tested) and Windows (untried); see {@link #deliver}.
 */
public final class DesktopNotifier {
    public static final String APP_NAME = "Carnet";
    /** How long the notification stays, in milliseconds, where the server honours it. */
    static final int TIMEOUT_MS = 30_000;
    /** The key of the action a click on the notification itself invokes (freedesktop notification spec). */
    public static final String DEFAULT_ACTION = "default";
    /**
     * How long {@code carnet remind} waits for a click at most: the notification's lifetime and then some, for the
     * servers (GNOME's) that keep it in a list rather than close it; never more than one run of the timer.
     */
    public static final Duration CLICK_WAIT = Duration.ofMinutes(2);

    private static final Duration MONITOR_START = Duration.ofSeconds(3);
    private static final Duration CALL_TIME = Duration.ofSeconds(20);
    static final List<String> MONITOR = List.of("gdbus", "monitor", "--session", "--dest",
            "org.freedesktop.Notifications", "--object-path", "/org/freedesktop/Notifications");
    /** gdbus call's reply: "(uint32 42,)". */
    private static final Pattern REPLY_ID = Pattern.compile("uint32 (\\d+)");
    /** gdbus monitor's lines: "…Notifications.ActionInvoked (uint32 42, 'default')". */
    private static final Pattern ACTION_INVOKED =
            Pattern.compile("\\.ActionInvoked \\(uint32 (\\d+), '((?:[^'\\\\]|\\\\.)*)'\\)");
    private static final Pattern CLOSED = Pattern.compile("\\.NotificationClosed \\(uint32 (\\d+),");

    private final CommandRunner runner;
    private final String os;
    private final Map<String, String> environment;

    public DesktopNotifier(CommandRunner runner, String osName) {
        this(runner, osName, Map.of());
    }

    /** With {@code environment} added to the programs' (a test's own session bus address). */
    public DesktopNotifier(CommandRunner runner, String osName, Map<String, String> environment) {
        this.runner = runner;
        this.os = osName.toLowerCase(Locale.ROOT);
        this.environment = Map.copyOf(environment);
    }

    public static DesktopNotifier forThisSystem() {
        return new DesktopNotifier(CommandRunner.SYSTEM, System.getProperty("os.name", ""));
    }

    /** True when it was shown (or at least handed to the system's notification service); no click awaited. */
    public boolean show(Notification notification) {
        return deliver(List.of(notification), Duration.ZERO, shown -> { }).shown().get(0);
    }

    /**
     * What became of notifications shown together: which were shown, and the one whose default action was invoked
     * (clicked), if any. {@code wait} bounds how long a click is awaited: zero waits for none.
     */
    public record Delivery(List<Boolean> shown, OptionalInt clicked) {
        public Delivery {
            shown = List.copyOf(shown);
        }
    }

    /**
     * Shows the notifications and, for {@code wait} at most, waits for a click on one of them. Linux: a monitor of
     * the notification server's signals is started first (so a quick click is not missed), each Notify call's
     * reply gives its id, and the wait ends at the first {@code ActionInvoked} with the key {@value #DEFAULT_ACTION},
     * when every one is closed ({@code NotificationClosed}), or at the time limit. Windows: one PowerShell script
     * shows the toasts and waits for an {@code Activated} event (untried). macOS: {@code osascript}'s
     * notifications cannot report a click; they are only shown. {@code onShown} is told which were shown before the
     * wait begins (on Windows, after it: the script does both).
     */
    public Delivery deliver(List<Notification> notifications, Duration wait, Consumer<List<Boolean>> onShown) {
        Delivery delivery;
        if (os.contains("mac")) {
            delivery = new Delivery(notifications.stream().map(n -> runner.run(macCommand(n), environment) == 0)
                    .toList(), OptionalInt.empty());
        } else if (os.contains("win")) {
            delivery = windows(notifications, wait);
        } else {
            return linux(notifications, wait, onShown);
        }
        onShown.accept(delivery.shown());
        return delivery;
    }

    private Delivery linux(List<Notification> notifications, Duration wait, Consumer<List<Boolean>> onShown) {
        boolean awaitClick = !wait.isZero() && notifications.stream().anyMatch(n -> !n.action().isEmpty());
        Optional<CommandRunner.Lines> monitor = awaitClick ? runner.watch(MONITOR, environment) : Optional.empty();
        try {
            if (monitor.isPresent()) {
                // "Monitoring signals on object …": the match rule is in place before anything is shown.
                monitor.get().next(MONITOR_START);
            }
            List<Boolean> shown = new ArrayList<>();
            Map<Long, Integer> open = new HashMap<>();
            for (int i = 0; i < notifications.size(); i++) {
                Notification n = notifications.get(i);
                Optional<String> reply = runner.output(gdbusCommand(n), environment, CALL_TIME);
                if (reply.isPresent()) {
                    shown.add(true);
                    Matcher id = REPLY_ID.matcher(reply.get());
                    if (id.find() && !n.action().isEmpty()) {
                        open.put(Long.parseLong(id.group(1)), i);
                    }
                } else {
                    shown.add(runner.run(notifySendCommand(n), environment) == 0);
                }
            }
            onShown.accept(List.copyOf(shown));
            OptionalInt clicked = monitor.isPresent() && !open.isEmpty()
                    ? awaitClick(monitor.get(), open, wait) : OptionalInt.empty();
            return new Delivery(shown, clicked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(notifications.stream().map(n -> false).toList(), OptionalInt.empty());
        } finally {
            monitor.ifPresent(CommandRunner.Lines::close);
        }
    }

    /** Reads the monitor's lines until a click on one of {@code open} (id → index), all are closed, or the end. */
    static OptionalInt awaitClick(CommandRunner.Lines monitor, Map<Long, Integer> open, Duration wait)
            throws InterruptedException {
        Map<Long, Integer> left = new HashMap<>(open);
        long end = System.nanoTime() + wait.toNanos();
        while (!left.isEmpty()) {
            long remaining = end - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            String line = monitor.next(Duration.ofNanos(remaining));
            if (line == null) {
                break;
            }
            Matcher invoked = ACTION_INVOKED.matcher(line);
            if (invoked.find() && invoked.group(2).equals(DEFAULT_ACTION)
                    && left.containsKey(Long.parseLong(invoked.group(1)))) {
                return OptionalInt.of(left.get(Long.parseLong(invoked.group(1))));
            }
            Matcher closed = CLOSED.matcher(line);
            if (closed.find()) {
                left.remove(Long.parseLong(closed.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private Delivery windows(List<Notification> notifications, Duration wait) {
        Optional<String> output = runner.output(windowsCommand(notifications, wait), environment,
                wait.plus(CALL_TIME));
        if (output.isEmpty()) {
            return new Delivery(notifications.stream().map(n -> false).toList(), OptionalInt.empty());
        }
        Matcher clicked = Pattern.compile("clicked (\\d+)").matcher(output.get());
        return new Delivery(notifications.stream().map(n -> true).toList(),
                clicked.find() ? OptionalInt.of(Integer.parseInt(clicked.group(1))) : OptionalInt.empty());
    }

    /** The commands to try, in order, until one succeeds (Linux: gdbus, then notify-send). */
    List<List<String>> commands(Notification n) {
        if (os.contains("mac")) {
            return List.of(macCommand(n));
        }
        if (os.contains("win")) {
            return List.of(windowsCommand(List.of(n), Duration.ZERO));
        }
        return List.of(gdbusCommand(n), notifySendCommand(n));
    }

    static List<String> gdbusCommand(Notification n) {
        String actions = n.action().isEmpty() ? "@as []"
                : "['" + DEFAULT_ACTION + "', " + gvariantString(n.action()) + "]";
        return List.of("gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications",
                "--object-path", "/org/freedesktop/Notifications",
                "--method", "org.freedesktop.Notifications.Notify",
                APP_NAME, "0", "carnet", gvariantString(n.summary()), gvariantString(n.body()),
                actions, "{'urgency': <byte 1>, 'desktop-entry': <'carnet'>}", Integer.toString(TIMEOUT_MS));
    }

    /** libnotify's command: shown only, no click awaited (its {@code --action} needs 0.8 and blocks each one). */
    static List<String> notifySendCommand(Notification n) {
        return List.of("notify-send", "--app-name=" + APP_NAME, "--icon=carnet", "--expire-time=" + TIMEOUT_MS,
                n.summary(), n.body());
    }

    private static List<String> macCommand(Notification n) {
        return List.of("osascript", "-e", "display notification " + appleScript(n.body())
                + " with title " + appleScript(n.summary()));
    }

    private static List<String> windowsCommand(List<Notification> notifications, Duration wait) {
        return List.of("powershell", "-NoProfile", "-NonInteractive", "-Command", windowsToasts(notifications, wait));
    }

    /** A GVariant string literal, as gdbus parses its arguments. */
    static String gvariantString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String appleScript(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Untried: the toast API of Windows 10 and 11 reached from PowerShell, no module to install. Each toast's
     * Activated event (a click on it) is registered; the script waits for one for {@code wait} and writes
     * "clicked INDEX".
     */
    private static String windowsToasts(List<Notification> notifications, Duration wait) {
        StringBuilder script = new StringBuilder("[Windows.UI.Notifications.ToastNotificationManager, "
                + "Windows.UI.Notifications, ContentType=WindowsRuntime] | Out-Null; "
                + "$n = [Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('Carnet'); ");
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            script.append("$t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent("
                    + "[Windows.UI.Notifications.ToastTemplateType]::ToastText02); $x = $t.GetElementsByTagName('text'); "
                    + "$x.Item(0).AppendChild($t.CreateTextNode(" + powershell(n.summary()) + ")) | Out-Null; "
                    + "$x.Item(1).AppendChild($t.CreateTextNode(" + powershell(n.body()) + ")) | Out-Null; "
                    + "$toast = [Windows.UI.Notifications.ToastNotification]::new($t); ");
            if (!wait.isZero() && !n.action().isEmpty()) {
                script.append("Register-ObjectEvent -InputObject $toast -EventName Activated -SourceIdentifier "
                        + "'carnet" + i + "' | Out-Null; ");
            }
            script.append("$n.Show($toast); ");
        }
        if (!wait.isZero()) {
            script.append("$e = Wait-Event -Timeout ").append(Math.max(1, wait.toSeconds()))
                    .append("; if ($e) { 'clicked ' + $e.SourceIdentifier.Substring(6) }");
        }
        return script.toString();
    }

    private static String powershell(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
