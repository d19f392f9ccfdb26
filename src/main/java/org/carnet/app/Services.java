package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import org.carnet.journal.JournalService;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;

/** The composition root: everything the app needs, built once from a data folder and handed down. */
public final class Services implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final JournalService journal;

    private Services(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.journal = new JournalService(new JdbcJournalRepository(database), clock);
    }

    /** Opens (and creates or upgrades) the journal in {@code dataDir}. Slow: call it off the FX thread. */
    public static Services open(Path dataDir, Clock clock) {
        return new Services(dataDir, Database.open(dataDir), clock);
    }

    public Path dataDir() {
        return dataDir;
    }

    public JournalService journal() {
        return journal;
    }

    @Override
    public void close() {
        database.close();
    }
}
