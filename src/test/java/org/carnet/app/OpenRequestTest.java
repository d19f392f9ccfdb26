package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.carnet.reminders.Due;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page a reminder's click opens on, and the request file a second Carnet leaves for the open window. */
class OpenRequestTest {
    @TempDir
    Path dataDir;

    @Test
    void theCheckInOpensTheCheckInAndAPlannedDoseTheIntakePage() {
        LocalDate day = LocalDate.of(2026, 4, 2);
        assertThat(OpenRequest.Target.of(new Due.CheckIn(day, LocalTime.of(20, 0))))
                .isEqualTo(OpenRequest.Target.CHECKIN);
        assertThat(OpenRequest.Target.of(new Due.Dose(day, 3, "Mg", 1, LocalTime.of(8, 0), null)))
                .isEqualTo(OpenRequest.Target.INTAKE);
        assertThat(OpenRequest.Target.CHECKIN.page()).isEqualTo(MainWindow.Page.CHECK_IN);
        assertThat(OpenRequest.Target.INTAKE.page()).isEqualTo(MainWindow.Page.INTAKE);
    }

    @Test
    void theLaunchCommandNamesTheFolderAndThePage() {
        assertThat(LaunchCommand.open(dataDir, OpenRequest.Target.INTAKE))
                .endsWith("--data-dir", dataDir.toAbsolutePath().toString(), "--open", "intake");
    }

    @Test
    void aRequestIsTakenOnceAndAnUnknownOneIsDropped() throws Exception {
        OpenRequest.send(dataDir, OpenRequest.Target.INTAKE);
        assertThat(OpenRequest.take(dataDir)).contains(OpenRequest.Target.INTAKE);
        assertThat(OpenRequest.take(dataDir)).as("taken").isEmpty();
        assertThat(dataDir.resolve(OpenRequest.FILE_NAME)).doesNotExist();

        Files.writeString(dataDir.resolve(OpenRequest.FILE_NAME), "rm -rf /\n");
        assertThat(OpenRequest.take(dataDir)).isEmpty();
        assertThat(dataDir.resolve(OpenRequest.FILE_NAME)).doesNotExist();
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("nothing left aside").isEmpty();
        }
    }

    @Test
    void theWatcherHandsOverAWaitingRequestAndEachNewOne() throws Exception {
        OpenRequest.send(dataDir, OpenRequest.Target.CHECKIN);
        BlockingQueue<OpenRequest.Target> seen = new ArrayBlockingQueue<>(4);
        try (AutoCloseable watcher = OpenRequest.watch(dataDir, seen::add)) {
            assertThat(seen.poll(10, TimeUnit.SECONDS)).as("waiting before").isEqualTo(OpenRequest.Target.CHECKIN);
            OpenRequest.send(dataDir, OpenRequest.Target.INTAKE);
            assertThat(seen.poll(10, TimeUnit.SECONDS)).isEqualTo(OpenRequest.Target.INTAKE);
        }
    }

    @Test
    void theWindowLockIsSeenFromOutsideAndFreedOnClose() {
        assertThat(WindowLock.heldElsewhere(dataDir)).isFalse();
        try (WindowLock lock = WindowLock.hold(dataDir).orElseThrow()) {
            assertThat(WindowLock.heldElsewhere(dataDir)).isTrue();
            assertThat(WindowLock.hold(dataDir)).as("one window per folder").isEmpty();
        }
        assertThat(WindowLock.heldElsewhere(dataDir)).isFalse();
    }
}
