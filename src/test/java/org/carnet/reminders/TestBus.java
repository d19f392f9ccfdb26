package org.carnet.reminders;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A private D-Bus session bus for a test ({@code dbus-daemon}), with, on request, a fake notification server on it
 * (a small Python script using python3-dbus: it answers Notify with an id and then "clicks" the notification,
 * closes it, or stays silent). The test is skipped, not failed, where the programs are missing.
 */
public final class TestBus implements AutoCloseable {
    private static final String PYTHON = "/usr/bin/python3";

    private final Path folder;
    private final Process bus;
    private final String address;
    private Process server;

    private TestBus(Path folder, Process bus, String address) {
        this.folder = folder;
        this.bus = bus;
        this.address = address;
    }

    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Starts a bus, skipping the test when dbus-daemon or gdbus is missing. */
    public static TestBus start(Path folder) throws IOException, InterruptedException {
        assumeTrue(onPath("dbus-daemon") && onPath("gdbus"), "dbus-daemon and gdbus are needed");
        Path addressFile = folder.resolve("address");
        Process bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1")
                .redirectOutput(addressFile.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        waitFor(() -> Files.size(addressFile) > 0, "the bus address");
        return new TestBus(folder, bus, Files.readAllLines(addressFile).get(0).strip());
    }

    public String address() {
        return address;
    }

    /**
     * Starts the fake notification server ({@code mode}: click, close or silent), skipping the test when Python's
     * D-Bus module is missing; returns the file where it writes each Notify call: "id|app|summary|body|actions|ms".
     */
    public Path fakeNotificationServer(String mode) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)) && new ProcessBuilder(PYTHON, "-c",
                        "import dbus, dbus.service, dbus.mainloop.glib; from gi.repository import GLib")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor() == 0, "python3 with its dbus and gi modules is needed for the fake server");
        Path script = folder.resolve("fake-notification-server.py");
        try (var in = TestBus.class.getResourceAsStream("fake-notification-server.py")) {
            Files.copy(in, script);
        }
        Path calls = folder.resolve("notify-calls.txt");
        Files.createFile(calls);
        Path said = folder.resolve("server.txt");
        ProcessBuilder builder = new ProcessBuilder(PYTHON, script.toString(), calls.toString(), mode)
                .redirectErrorStream(true).redirectOutput(said.toFile());
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        server = builder.start();
        waitFor(() -> Files.readString(said).contains("ready"), "the fake notification server");
        return calls;
    }

    @Override
    public void close() {
        for (Process process : new Process[] {server, bus}) {
            if (process != null) {
                process.destroy();
            }
        }
    }

    public interface Check {
        boolean ok() throws IOException;
    }

    public static void waitFor(Check check, String what) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
