package org.carnet.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notification goes out on the session D-Bus as a freedesktop Notify call: a private bus started here, a
 * monitor on it, and what the monitor saw; with a fake notification server on it, a click (ActionInvoked) is
 * reported and a close (NotificationClosed) ends the wait. Skipped, not failed, where dbus-daemon, dbus-monitor,
 * gdbus or Python's D-Bus module is missing.
 */
class DesktopNotifierDbusTest {
    @TempDir
    Path folder;

    private TestBus bus;
    private Process monitor;

    @AfterEach
    void stopTheBus() {
        if (monitor != null) {
            monitor.destroy();
        }
        if (bus != null) {
            bus.close();
        }
    }

    private DesktopNotifier onTheBus() {
        return new DesktopNotifier(CommandRunner.SYSTEM, "Linux", Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()));
    }

    @Test
    void theNotificationIsANotifyCallOnTheSessionBus() throws Exception {
        assumeTrue(TestBus.onPath("dbus-monitor"), "dbus-monitor is needed");
        bus = TestBus.start(folder);
        Path seen = folder.resolve("monitor.txt");
        monitor = new ProcessBuilder("dbus-monitor", "--address", bus.address(),
                "interface='org.freedesktop.Notifications'")
                .redirectErrorStream(true).redirectOutput(seen.toFile()).start();
        TestBus.waitFor(() -> Files.size(seen) > 0, "the monitor to start");

        // No notification server owns the name on this bus, so the call itself is refused after it is sent.
        onTheBus().show(new Notification("Carnet: today's check-in", "Not done yet today."));

        TestBus.waitFor(() -> Files.readString(seen).contains("Not done yet today."), "the Notify call");
        String text = Files.readString(seen, StandardCharsets.UTF_8);
        assertThat(text).contains("member=Notify").contains("string \"Carnet\"")
                .contains("string \"Carnet: today's check-in\"").contains("string \"Not done yet today.\"")
                .as("actions, an empty array of strings").doesNotContain("string \"[]\"").contains("int32 30000");
    }

    @Test
    void aClickOnTheNotificationIsReported() throws Exception {
        bus = TestBus.start(folder);
        Path calls = bus.fakeNotificationServer("click");
        long start = System.nanoTime();

        DesktopNotifier.Delivery delivery = onTheBus().deliver(List.of(
                new Notification("Carnet : le bilan du jour", "Pas encore fait aujourd’hui.", "Ouvrir Carnet")),
                Duration.ofSeconds(20), shown -> { });

        assertThat(delivery.shown()).containsExactly(true);
        assertThat(delivery.clicked()).hasValue(0);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ended at the click").isLessThan(Duration.ofSeconds(10));
        assertThat(Files.readString(calls, StandardCharsets.UTF_8))
                .contains("|Carnet|Carnet : le bilan du jour|Pas encore fait aujourd’hui.|default,Ouvrir Carnet|30000");
    }

    @Test
    void theSecondOfTwoIsTheOneClickedAndAClosedOneEndsTheWaitWithNoClick() throws Exception {
        bus = TestBus.start(folder);
        Path calls = bus.fakeNotificationServer("close");
        long start = System.nanoTime();

        DesktopNotifier.Delivery delivery = onTheBus().deliver(List.of(new Notification("a", "b", "Open Carnet"),
                new Notification("c", "d", "Open Carnet")), Duration.ofSeconds(20), shown -> { });

        assertThat(delivery.shown()).containsExactly(true, true);
        assertThat(delivery.clicked()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("both closed: no wait to the limit")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(Files.readAllLines(calls)).hasSize(2);
    }

    @Test
    void theWaitForAClickIsBounded() throws Exception {
        bus = TestBus.start(folder);
        bus.fakeNotificationServer("silent");
        long start = System.nanoTime();

        DesktopNotifier.Delivery delivery = onTheBus().deliver(List.of(new Notification("a", "b", "Open Carnet")),
                Duration.ofSeconds(2), shown -> { });

        assertThat(delivery.clicked()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2),
                Duration.ofSeconds(8));
    }

    @Test
    void quotesInTheTextCannotBreakTheGdbusArgument() {
        assertThat(DesktopNotifier.gvariantString("it's \\ done")).isEqualTo("'it\\'s \\\\ done'");
        List<List<String>> commands = new DesktopNotifier((c, e) -> 0, "Linux")
                .commands(new Notification("a", "b"));
        assertThat(commands.get(0).get(0)).isEqualTo("gdbus");
        assertThat(commands.get(0)).contains("@as []");
        assertThat(commands.get(1).get(0)).isEqualTo("notify-send");
        assertThat(DesktopNotifier.gdbusCommand(new Notification("a", "b", "Ouvrir l'app")))
                .contains("['default', 'Ouvrir l\\'app']");
    }

    @Test
    void theMonitorsLinesAreReadForTheClickOnOneOfOurs() throws Exception {
        List<String> lines = List.of("The name org.freedesktop.Notifications is owned by :1.0",
                "/org/freedesktop/Notifications: org.freedesktop.Notifications.ActionInvoked (uint32 3, 'default')",
                "/org/freedesktop/Notifications: org.freedesktop.Notifications.NotificationClosed (uint32 5, uint32 2)",
                "/org/freedesktop/Notifications: org.freedesktop.Notifications.ActionInvoked (uint32 6, 'default')");
        java.util.Iterator<String> it = lines.iterator();
        CommandRunner.Lines monitor = new CommandRunner.Lines() {
            @Override
            public String next(Duration wait) {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
        assertThat(DesktopNotifier.awaitClick(monitor, Map.of(5L, 0, 6L, 1), Duration.ofSeconds(5))).hasValue(1);
    }
}
