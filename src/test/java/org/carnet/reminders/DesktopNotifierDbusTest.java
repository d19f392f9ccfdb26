package org.carnet.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notification goes out on the session D-Bus as a freedesktop Notify call: a private bus started here, a
 * monitor on it, and what the monitor saw. Skipped, not failed, where dbus-daemon, dbus-monitor or gdbus is
 * missing.
 */
class DesktopNotifierDbusTest {
    @TempDir
    Path folder;

    private Process bus;
    private Process monitor;

    @AfterEach
    void stopTheBus() {
        for (Process process : new Process[] {monitor, bus}) {
            if (process != null) {
                process.destroy();
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @Test
    void theNotificationIsANotifyCallOnTheSessionBus() throws Exception {
        assumeTrue(onPath("dbus-daemon") && onPath("dbus-monitor") && onPath("gdbus"),
                "dbus-daemon, dbus-monitor and gdbus are needed");
        String address = startBus();
        Path seen = folder.resolve("monitor.txt");
        monitor = new ProcessBuilder("dbus-monitor", "--address", address,
                "interface='org.freedesktop.Notifications'")
                .redirectErrorStream(true).redirectOutput(seen.toFile()).start();
        waitFor(() -> Files.size(seen) > 0, "the monitor to start");

        CommandRunner onThatBus = (command, env) -> CommandRunner.SYSTEM.run(command,
                Map.of("DBUS_SESSION_BUS_ADDRESS", address));
        // No notification server owns the name on this bus, so the call itself is refused after it is sent.
        new DesktopNotifier(onThatBus, "Linux").show(new Notification("Carnet: today's check-in",
                "Not done yet today."));

        waitFor(() -> Files.readString(seen).contains("Not done yet today."), "the Notify call");
        String text = Files.readString(seen, StandardCharsets.UTF_8);
        assertThat(text).contains("member=Notify").contains("string \"Carnet\"")
                .contains("string \"Carnet: today's check-in\"").contains("string \"Not done yet today.\"")
                .as("actions, an empty array of strings").doesNotContain("string \"[]\"").contains("int32 30000");
    }

    private String startBus() throws IOException, InterruptedException {
        Path addressFile = folder.resolve("address");
        bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1")
                .redirectOutput(addressFile.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        waitFor(() -> Files.size(addressFile) > 0, "the bus address");
        return Files.readAllLines(addressFile).get(0).strip();
    }

    private interface Check {
        boolean ok() throws IOException;
    }

    private static void waitFor(Check check, String what) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void quotesInTheTextCannotBreakTheGdbusArgument() {
        assertThat(DesktopNotifier.gvariantString("it's \\ done")).isEqualTo("'it\\'s \\\\ done'");
        List<List<String>> commands = new DesktopNotifier((c, e) -> 0, "Linux")
                .commands(new Notification("a", "b"));
        assertThat(commands.get(0).get(0)).isEqualTo("gdbus");
        assertThat(commands.get(1).get(0)).isEqualTo("notify-send");
    }
}
