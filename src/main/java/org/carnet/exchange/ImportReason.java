package org.carnet.exchange;

/**
 * Why an import stopped when the cause is not in the file: a code the window and the command line put in the
 * reader's words (the message key {@code import.reason.<constant in lower camel case>}), carried as a value of
 * the {@link ImportProblem} ({@link BackupJson#NOT_IMPORTED} or {@code unreadable}). A new constant needs its
 * words in both bundles (MessagesBundleTest checks every constant).
 */
public enum ImportReason {
    /** The disk holding the journal (or the file) is full. */
    DISK_FULL,
    /** The journal's own file cannot be read whole. */
    DAMAGED,
    /** The file is too large for the memory the app has. */
    OUT_OF_MEMORY;

    /** The prefix of the message keys: {@code messages.of(KEY_PREFIX, reason)}. */
    public static final String KEY_PREFIX = "import.reason";
}
