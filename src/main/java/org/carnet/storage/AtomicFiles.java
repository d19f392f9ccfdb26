package org.carnet.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a whole file or nothing, with what the operating system guarantees: the bytes go to a private (0600)
 * temporary file beside the target, are forced to the disk, and the file is then renamed over the target in one
 * atomic step, after which the folder itself is forced. A crash at any moment leaves the old file or the new one
 * under the target's name, never half of one; at worst a hidden {@code .part} file beside it.
 *
 * <p>The target must be a regular file or a new name: a folder, a device ({@code /dev/null}) or a symbolic link is
 * refused rather than replaced by a regular file (a link is not followed: the person names the real file).
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
    /** The ending of the temporary files; a start may delete the ones a crash left. */
    public static final String PART = ".part";
    /** A temporary file beside a target untouched this long was left by a crash. */
    static final long STALE_MILLIS = 60_000;

    /** What writes the content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The target exists and is not a regular file: a folder, a device, a link. */
    public static final class NotARegularFileException extends IOException {
        /** What the target is instead: the command line and the window put it in words. */
        public enum Kind { FOLDER, SYMBOLIC_LINK, SPECIAL }

        private final transient Path target;
        private final Kind kind;

        NotARegularFileException(Path target, Kind kind) {
            super(target + " is " + switch (kind) {
                case FOLDER -> "a folder";
                case SYMBOLIC_LINK -> "a symbolic link";
                case SPECIAL -> "a device or special file";
            } + ", not a regular file: Carnet writes only to a regular file or a new name");
            this.target = target;
            this.kind = kind;
        }

        public Path target() {
            return target;
        }

        public Kind kind() {
            return kind;
        }
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} whole or not at all (0600 where POSIX allows it). */
    public static void write(Path target, Content content) throws IOException {
        try (Together file = new Together()) {
            file.write(target, content);
            file.commit();
        }
    }

    /**
     * Several files that go together (the CSV export's): each is written whole beside its target, and only once all
     * of them are, {@link #commit} puts them in place; a failure before that (a full disk on the third file) leaves
     * every target as it was. Closing deletes what was not put in place.
     */
    public static final class Together implements AutoCloseable {
        /** Each target and its temporary file, in the order written. */
        private final java.util.Map<Path, Path> temps = new java.util.LinkedHashMap<>();

        /** Writes {@code content} beside {@code target}, forced to the disk; the target is not touched yet. */
        public void write(Path target, Content content) throws IOException {
            Path file = target.toAbsolutePath();
            refuseIfNotRegular(file);
            Path folder = file.getParent();
            if (folder == null) {
                throw new NotARegularFileException(file, NotARegularFileException.Kind.FOLDER);
            }
            deleteStaleTemps(folder, file.getFileName().toString());
            Path temp = createTemp(folder, file.getFileName().toString());
            temps.put(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        }

        /** Renames every file written over its target (each rename atomic), then forces their folders. */
        public void commit() throws IOException {
            for (Path file : temps.keySet()) {
                refuseIfNotRegular(file);
            }
            java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
            for (var entry : temps.entrySet()) {
                try {
                    Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
                folders.add(entry.getKey().getParent());
            }
            temps.clear();
            folders.forEach(AtomicFiles::forceFolder);
        }

        @Override
        public void close() {
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Cannot delete the temporary file " + temp, e);
                }
            }
            temps.clear();
        }
    }

    /** Writes bytes whole or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Throws when {@code file} exists and is not a regular file (a link is not followed). */
    public static void refuseIfNotRegular(Path file) throws NotARegularFileException {
        if (Files.isSymbolicLink(file)) {
            throw new NotARegularFileException(file, NotARegularFileException.Kind.SYMBOLIC_LINK);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotARegularFileException(file, Files.isDirectory(file) ? NotARegularFileException.Kind.FOLDER
                    : NotARegularFileException.Kind.SPECIAL);
        }
    }

    /** Creates {@code folder} and its missing parents, each new one 0700 where POSIX allows it. */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FilePermissions.OWNER_FOLDER));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(absolute);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /** Writing that may fail, into folders {@link #inFolders} creates. */
    @FunctionalInterface
    public interface Writing<T> {
        T run() throws IOException;
    }

    /**
     * Creates {@code folder} and its missing parents (each 0700), then runs {@code writing}; when that fails, the
     * folders made here are removed again while empty, so that a refused export (a full disk) leaves nothing.
     */
    public static <T> T inFolders(Path folder, Writing<T> writing) throws IOException {
        Path created = null;
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
                p = p.getParent()) {
            created = p;
        }
        try {
            createFolders(folder);
            return writing.run();
        } catch (IOException | RuntimeException | Error e) {
            if (created != null) {
                for (Path p = folder.toAbsolutePath(); p != null && p.startsWith(created); p = p.getParent()) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException notEmpty) {
                        break; // not empty: something else is in it
                    }
                }
            }
            throw e;
        }
    }

    /** Forces a file's content to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename in it) to the disk, where the system allows it (not on Windows). */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "Cannot force the folder " + folder, e);
        }
    }

    /**
     * Deletes the temporary files a crash left beside {@code name} (an export killed mid-way, outside the data folder
     * that a start cleans): only this file's own, and only those untouched for a minute, so a write under way in
     * another thread keeps its file.
     */
    private static void deleteStaleTemps(Path folder, String name) {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("." + name + ".") + "[0-9a-f]{1,16}" + java.util.regex.Pattern.quote(PART));
        long before = System.currentTimeMillis() - STALE_MILLIS;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path stale : (Iterable<Path>) files.filter(f -> own.matcher(f.getFileName().toString()).matches())
                    ::iterator) {
                if (Files.getLastModifiedTime(stale, LinkOption.NOFOLLOW_LINKS).toMillis() < before
                        && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(stale);
                    LOG.info(() -> "Deleted " + stale + ", left by an interrupted write of " + name);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot look for old temporary files in " + folder, e);
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + PART);
            try {
                FilePermissions.createPrivateFile(temp);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }
}
