package org.carnet.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the journal readable by its owner only where the file system allows it (POSIX: 0700 for folders, 0600 for
 * files). Elsewhere (Windows, FAT) the files keep what the system gives them: the per-user data folder is already
 * private there, and a failure here must never stop the journal from opening.
 */
public final class FilePermissions {
    private static final Logger LOG = Logger.getLogger(FilePermissions.class.getName());
    static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {
    }

    public static void ownerOnlyFolder(Path folder) {
        apply(folder, OWNER_FOLDER);
    }

    public static void ownerOnlyFile(Path file) {
        apply(file, OWNER_FILE);
    }

    /**
     * Creates an empty file already private, so that what is written into it is never readable by others, not even
     * for a moment. Where POSIX is not supported the file is created as the system likes.
     */
    static void createPrivateFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /** The data folder, its backups folder and the journal's own files (database, lock, log). */
    static void restrictDataFolder(Path dataDir) {
        ownerOnlyFolder(dataDir);
        ownerOnlyFolder(dataDir.resolve(Backups.FOLDER));
        try (var files = Files.list(dataDir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(Database.FILE_NAME))
                    .forEach(FilePermissions::ownerOnlyFile);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot list the data folder to restrict its files", e);
        }
    }

    private static void apply(Path path, Set<PosixFilePermission> permissions) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to do.
        } catch (IOException | SecurityException e) {
            LOG.log(Level.FINE, "Cannot restrict the permissions of " + path, e);
        }
    }
}
