package org.carnet.core;

import java.nio.file.Path;

/** Another Carnet process already has this data folder open. */
public class JournalLockedException extends StorageException {
    private final Path dataDir;

    public JournalLockedException(Path dataDir) {
        super("The journal in " + dataDir + " is already open in another Carnet window");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
