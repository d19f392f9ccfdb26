package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogManager;
import org.carnet.reminders.CommandRunner;
import org.carnet.reminders.DesktopNotifier;
import org.carnet.reminders.ReminderSettings;
import org.carnet.reminders.TestBus;
import org.carnet.reminders.XdgAutostart;
import org.carnet.ui.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole click path on a private session bus with a fake notification server that clicks: {@code carnet remind}
 * shows the check-in reminder with its "Open Carnet" action, hears the ActionInvoked, and runs the launch command it
 * gives; that command, a real Carnet in a second JVM, finds a window holding the folder (this test holds its lock)
 * and leaves it the request to show the check-in, instead of opening a second window. Skipped where the D-Bus tools
 * or Python's D-Bus module are missing.
 */
class RemindClickDbusTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @TempDir
    Path dataDir;
    @TempDir
    Path busFolder;

    private TestBus bus;

    @AfterEach
    void stop() {
        if (bus != null) {
            bus.close();
        }
        LogManager.getLogManager().reset();
    }

    @Test
    void aClickRunsTheLauncherWhichAsksTheOpenWindowForTheCheckIn() throws Exception {
        bus = TestBus.start(busFolder);
        Path calls = bus.fakeNotificationServer("click");
        AppSettings settings = AppSettings.load(dataDir);
        settings.setReminders(new ReminderSettings(true, LocalTime.of(20, 0), false));
        settings.setLanguage(Language.ENGLISH);
        settings.save();
        LocalDateTime now = LocalDateTime.of(2026, 4, 2, 21, 0);
        Clock clock = Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
        List<List<String>> launched = new ArrayList<>();
        List<Integer> launcherCodes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (WindowLock window = WindowLock.hold(dataDir).orElseThrow()) {
            RemindCommand remind = new RemindCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream()), clock, new CliJournal(clock, null, d -> null),
                    new DesktopNotifier(CommandRunner.SYSTEM, "Linux",
                            Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address())),
                    d -> new XdgAutostart(busFolder.resolve("config")), command -> {
                        launched.add(command);
                        launcherCodes.add(runHeadless(command));
                    }, Duration.ofSeconds(20));

            assertThat(remind.run(dataDir, List.of())).isEqualTo(Cli.OK);
        }

        assertThat(Files.readString(calls, StandardCharsets.UTF_8)).contains("Carnet: today’s check-in")
                .contains("|default,Open Carnet|");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Clicked: opening Carnet on today’s check-in.");
        assertThat(launched).hasSize(1);
        assertThat(launched.get(0)).endsWith("--data-dir", dataDir.toAbsolutePath().toString(), "--open", "checkin");
        assertThat(launcherCodes).as("the second Carnet handed over and ended").containsExactly(0);
        assertThat(OpenRequest.take(dataDir)).contains(OpenRequest.Target.CHECKIN);
    }

    /** Runs the launch command with no display at all: were it to try a window, it would fail, not hang. */
    private static int runHeadless(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (java.io.IOException e) {
            return -2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -3;
        }
    }
}
