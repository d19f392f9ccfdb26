package org.carnet.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.Locale;
import org.carnet.core.StorageException;
import org.carnet.core.StorageException.Problem;

/** Turns what the file system or H2 threw into what the person can act on: folder unavailable, read-only, disk full. */
public final class StorageFailures {
    /** H2: "The database is read only". */
    private static final int H2_READ_ONLY = 90097;
    /** H2: "Error while creating file" / "IO Exception" — the message says more. */
    private static final int H2_CANNOT_CREATE_FILE = 90062;
    /** H2: "The database has been closed" — after a write failed, H2 closes the store. */
    private static final int H2_CLOSED = 90098;

    private StorageFailures() {
    }

    static Problem classify(Throwable error) {
        Problem found = Problem.OTHER;
        for (Throwable t = error; t != null; t = t.getCause()) {
            Problem here = classifyOne(t);
            if (here == Problem.DISK_FULL || here == Problem.READ_ONLY) {
                return here;
            }
            if (here != Problem.OTHER) {
                found = here;
            }
        }
        return found;
    }

    /** True when {@code error} or one of its causes says the disk (or the quota) is full. */
    public static boolean isDiskFull(Throwable error) {
        return classify(error) == Problem.DISK_FULL;
    }

    private static Problem classifyOne(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left on device") || message.contains("not enough space on the disk")
                || message.contains("disk full") || message.contains("disk quota exceeded")) {
            return Problem.DISK_FULL;
        }
        if (message.contains("read-only file system")) {
            return Problem.READ_ONLY;
        }
        if (t instanceof SQLException sql) {
            if (sql.getErrorCode() == H2_READ_ONLY) {
                return Problem.READ_ONLY;
            }
            if (sql.getErrorCode() == H2_CANNOT_CREATE_FILE) {
                return Problem.FOLDER_UNAVAILABLE;
            }
            if (sql.getErrorCode() == H2_CLOSED) {
                return Problem.JOURNAL_CLOSED;
            }
        }
        if (t instanceof IllegalStateException) {
            // The connection pool is closed: the journal was closed under the app.
            return Problem.JOURNAL_CLOSED;
        }
        if (t instanceof AccessDeniedException || t instanceof NoSuchFileException
                || t instanceof NotDirectoryException || t instanceof java.nio.file.FileAlreadyExistsException) {
            return Problem.FOLDER_UNAVAILABLE;
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(Locale.ROOT).contains("permission")) {
            return Problem.FOLDER_UNAVAILABLE;
        }
        return Problem.OTHER;
    }

    /** A storage exception whose problem is read from its cause. */
    static StorageException wrap(String message, Throwable cause) {
        return new StorageException(message, cause, classify(cause));
    }

    /** As {@link #wrap}, but a cause nobody recognises still counts as {@code fallback}. */
    static StorageException wrap(String message, Throwable cause, Problem fallback) {
        Problem problem = classify(cause);
        return new StorageException(message, cause, problem == Problem.OTHER ? fallback : problem);
    }
}
