package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the app leaves in the data folder beside the journal are its owner's only (0600), also those the
 * journal's own open never sees: the window's lock and the log of a command run while a window holds carnet.log.
 */
@DisabledOnOs(OS.WINDOWS)
class OwnFilesModeTest {
    @TempDir
    Path dir;

    @AfterEach
    void closeTheLogFile() {
        LogManager.getLogManager().reset();
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theLogOfASecondCarnetIsTheOwnersOnly() throws Exception {
        Files.createDirectories(dir);
        // Another Carnet (here: this test) holds the log: this one writes carnet.log.1.
        try (FileChannel held = FileChannel.open(dir.resolve(Logging.FILE_NAME + ".lck"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = held.lock()) {
            Logging.toDataFolder(dir);
            Logger.getLogger(OwnFilesModeTest.class.getName()).severe("a line");

            Path second = dir.resolve(Logging.FILE_NAME + ".1");
            assertThat(second).as("the second log").exists();
            assertThat(mode(second)).isEqualTo("rw-------");
            assertThat(mode(dir.resolve(Logging.FILE_NAME + ".1.lck"))).isEqualTo("rw-------");
        }
    }

    @Test
    void theWindowsLockIsTheOwnersOnly() throws Exception {
        try (WindowLock lock = WindowLock.hold(dir).orElseThrow()) {
            assertThat(mode(dir.resolve(WindowLock.FILE_NAME))).isEqualTo("rw-------");
        }
    }
}
