package org.carnet.core;

/**
 * The journal could not be read or written. Carries no SQL detail in its message shown to users;
 * the cause keeps the detail for the log file, and {@link #problem()} says what the person can do about it.
 */
public class StorageException extends RuntimeException {
    /** What went wrong, as far as the person at the computer is concerned. */
    public enum Problem {
        /** Anything else: the detail is in the log. */
        OTHER,
        /** The data folder cannot be created, reached or written (missing drive, permissions, a file in the way). */
        FOLDER_UNAVAILABLE,
        /** The file system or the database refuses writes (read-only medium or mount). */
        READ_ONLY,
        /** No space left on the disk. */
        DISK_FULL,
        /** The journal was closed under the app after an earlier failure (a full disk, a removed drive). */
        JOURNAL_CLOSED,
        /** The data folder's path holds a character the database cannot take (";"): nothing is created there. */
        UNUSABLE_PATH
    }

    private final Problem problem;

    public StorageException(String message, Throwable cause, Problem problem) {
        super(message, cause);
        this.problem = problem;
    }

    public StorageException(String message, Throwable cause) {
        this(message, cause, Problem.OTHER);
    }

    public StorageException(String message) {
        this(message, null, Problem.OTHER);
    }

    public Problem problem() {
        return problem;
    }
}
