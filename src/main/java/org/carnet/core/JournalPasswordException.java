package org.carnet.core;

import java.nio.file.Path;

/** The journal is protected by a password, and none or a wrong one was given. */
public class JournalPasswordException extends StorageException {
    private final Path dataDir;
    private final boolean passwordGiven;

    public JournalPasswordException(Path dataDir, boolean passwordGiven, Throwable cause) {
        super(passwordGiven ? "Wrong password for the journal in " + dataDir
                : "The journal in " + dataDir + " is protected by a password", cause);
        this.dataDir = dataDir;
        this.passwordGiven = passwordGiven;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when a password was given and did not open the journal; false when none was given. */
    public boolean wrongPassword() {
        return passwordGiven;
    }
}
