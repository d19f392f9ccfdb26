package org.carnet.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Held by the window for as long as it is open on a data folder, whatever the journal does meanwhile (waiting for
 * its password, closed for a restore, the demo on screen): a second Carnet asked to open a page knows by it that a
 * window is there to ask. A lock on a file of the folder, freed by the system when the process ends.
 */
final class WindowLock implements AutoCloseable {
    static final String FILE_NAME = "carnet-window.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WindowLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another window holds it (or the folder cannot be written). */
    static Optional<WindowLock> hold(Path dataDir) {
        if (!org.carnet.storage.UnusableFolderException.accepts(dataDir)) {
            return Optional.empty(); // nothing is created in a folder that cannot hold a journal
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                // Empty, but in the data folder: readable by its owner only, as every file the app writes there.
                org.carnet.storage.FilePermissions.ownerOnlyFile(dataDir.resolve(FILE_NAME));
                return Optional.of(new WindowLock(channel, lock));
            }
        } catch (IOException | OverlappingFileLockException e) {
            // Held in this very process, or no folder to lock in: no lock.
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    /** True when a window holds the lock of {@code dataDir} now. */
    static boolean heldElsewhere(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve(FILE_NAME))) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Released when the channel closes all the same.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to free.
            }
        }
    }
}
