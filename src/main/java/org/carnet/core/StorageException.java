package org.carnet.core;

/**
 * The journal could not be read or written. Carries no SQL detail in its message shown to users;
 * the cause keeps the detail for the log file.
 */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
