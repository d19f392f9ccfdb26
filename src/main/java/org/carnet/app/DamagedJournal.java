package org.carnet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carnet.core.JournalLockedException;
import org.carnet.core.JournalPasswordException;
import org.carnet.core.StorageException;
import org.carnet.storage.BackupProbe;
import org.carnet.storage.UnusableFolderException;

/**
 * A journal whose file is there but cannot be opened (damaged, or not written by Carnet): never a dead end. The cause
 * and its whole chain go to carnet.log; the newest automatic backup that opens is offered, with its date and the days
 * it holds. The window ({@link CannotOpenView}) and the command line ({@link CliJournal}) say the same.
 */
record DamagedJournal(Path dataDir, Optional<BackupProbe.Found> backup) {
    private static final Logger LOG = Logger.getLogger(DamagedJournal.class.getName());

    /**
     * True when {@code error}, met opening the journal in {@code dataDir}, means its file cannot be read: not a
     * password, a lock held by another Carnet, a folder that cannot be used or a full disk.
     */
    static boolean applies(Path dataDir, Throwable error) {
        return error instanceof StorageException e && e.problem() == StorageException.Problem.OTHER
                && !(e instanceof JournalLockedException) && !(e instanceof JournalPasswordException)
                && !(e instanceof UnusableFolderException) && Files.exists(dataDir.resolve("carnet.mv.db"));
    }

    /**
     * Logs why the journal cannot be opened and looks for the newest backup that opens (with {@code password} when
     * the backups are encrypted). Slow (each backup is unpacked and opened): off the FX thread.
     */
    static DamagedJournal examine(Path dataDir, Throwable error, char[] password) {
        LOG.log(Level.SEVERE, "The journal in " + dataDir + " exists but cannot be opened", error);
        Optional<BackupProbe.Found> found = BackupProbe.newestThatOpens(dataDir, password);
        LOG.info(() -> found.map(f -> "Newest backup that opens: " + f.backup().file() + " (" + f.days() + " days)")
                .orElse("No backup of " + dataDir + " opens"));
        return new DamagedJournal(dataDir, found);
    }
}
