package org.carnet.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.carnet.core.JournalLockedException;
import org.carnet.core.StorageException.Problem;

/** Work on the closed journal's files while holding the data folder's lock, so no Carnet opens it meanwhile. */
final class FolderLock {
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private FolderLock() {
    }

    static <T> T whileClosed(Path dataDir, String what, Work<T> work) {
        try (FileChannel channel = FileChannel.open(dataDir.resolve(Database.LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new JournalLockedException(dataDir);
            }
            try {
                return work.run();
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw StorageFailures.wrap("Cannot " + what, e, Problem.OTHER);
        }
    }
}
