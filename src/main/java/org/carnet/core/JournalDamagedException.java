package org.carnet.core;

/**
 * The journal's file opens but cannot be read whole (a table missing, a page unreadable, a read that never ends): an
 * operation that needs all of it (a replace and its safety backup) stops before changing anything.
 */
public class JournalDamagedException extends StorageException {
    public JournalDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
