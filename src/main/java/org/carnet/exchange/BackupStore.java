package org.carnet.exchange;

/** Where a backup is read from and written to: the journal's database, in one transaction each way. */
public interface BackupStore {
    /** Every table, read in one transaction. */
    Backup readAll();

    /**
     * Writes a backup that has already been validated, in one transaction: all of it, or nothing (then a
     * {@link org.carnet.core.StorageException} is thrown).
     */
    ImportResult write(Backup backup, ImportMode mode);
}
