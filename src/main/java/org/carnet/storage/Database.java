package org.carnet.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carnet.core.JournalLockedException;
import org.carnet.core.JournalPasswordException;
import org.carnet.core.StorageException.Problem;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The journal's embedded H2 database in a data folder. Opening it takes the folder's lock (so a second copy of the
 * app is told the journal is already open) and brings the schema up to date with the Flyway migrations
 * ({@link Migrations}: without loading Flyway when the schema is already current).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    static final String FILE_NAME = "carnet";
    static final String LOCK_FILE = "carnet.lock";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2's "Encryption error in file": the file password is wrong. */
    static final int H2_WRONG_PASSWORD = 90049;
    /** The first bytes of a file written through H2's cipher. */
    private static final byte[] CIPHER_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** The file's base name in the folder: {@value #FILE_NAME}, or a copy's beside it ({@link JournalSwitch}). */
    private final String baseName;
    /** Replaced by a new pool when the journal's file is switched ({@link #switchFile}). */
    private volatile JdbcConnectionPool pool;
    private final char[] password;
    private boolean closed;
    private Exception closeFailure;
    /** Opened by {@link #openToRead} on a current schema: H2 has the file open read-only. */
    private final boolean readOnly;

    private Database(Path dataDir, String baseName, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool,
                     char[] password, boolean readOnly) {
        this.readOnly = readOnly;
        this.dataDir = dataDir;
        this.baseName = baseName;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.password = password;
    }

    /**
     * Opens a copy of the journal beside it ({@code baseName} in the same folder, already migrated), with the journal's
     * own key, for a {@link JournalSwitch} to build the new state in. It takes no lock: the journal's holds the folder.
     */
    static Database openCopy(Path dataDir, String baseName, char[] password) {
        boolean encrypted = hasPassword(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                dataSource(dataDir, baseName, encrypted ? FileKey.of(password) : null, false));
        pool.setMaxConnections(2);
        return new Database(dataDir, baseName, null, null, pool, encrypted ? password.clone() : null, false);
    }

    /** Opens the journal in {@code dataDir}, which must not be protected by a password. */
    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens (or creates) the journal in {@code dataDir}. A journal protected by a password needs it; a new journal
     * opened with a password is created encrypted (H2's AES file cipher); an unprotected journal ignores it.
     *
     * @throws JournalPasswordException when the journal is protected and the password is missing or wrong
     * @throws JournalLockedException when another Carnet has the journal open
     */
    public static Database open(Path dataDir, char[] password) {
        return open(dataDir, password, false);
    }

    /**
     * Opens the journal in {@code dataDir} for a command that only reads it ({@code status}, {@code export},
     * {@code report}): as {@link #open}, but when the journal's file exists and its schema is current, H2 opens it
     * read-only, so that neither the open nor the close writes to it (a writable open adds a chunk to the file and its
     * close compacts it, a few hundred milliseconds once the file has grown). In every other case (a new journal, a
     * schema to upgrade, a file H2 cannot open read-only, say after a crash) it is opened exactly as {@link #open}
     * does. Writing through the database returned fails (H2's "database is read only").
     */
    public static Database openToRead(Path dataDir, char[] password) {
        return open(dataDir, password, true);
    }

    private static Database open(Path dataDir, char[] password, boolean toRead) {
        UnusableFolderException.refuse(dataDir);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw StorageFailures.wrap("Cannot create the data folder " + dataDir, e, Problem.FOLDER_UNAVAILABLE);
        }
        FilePermissions.ownerOnlyFolder(dataDir);
        FileChannel channel = null;
        FileLock fileLock;
        try {
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            fileLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            fileLock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageFailures.wrap("Cannot lock the data folder " + dataDir, e, Problem.FOLDER_UNAVAILABLE);
        }
        if (fileLock == null) {
            closeQuietly(channel);
            throw new JournalLockedException(dataDir);
        }
        StartRecovery.clearLeftovers(dataDir);
        boolean exists = Files.exists(databaseFile(dataDir));
        boolean encrypted = exists ? isEncrypted(dataDir) : hasPassword(password);
        if (encrypted && !hasPassword(password)) {
            releaseQuietly(fileLock);
            closeQuietly(channel);
            throw new JournalPasswordException(dataDir, false, null);
        }
        JdbcConnectionPool pool = null;
        try {
            // Stretched once (slow on purpose): the same key opens the journal and encrypts a backup left plain.
            FileKey key = encrypted ? FileKey.of(password) : null;
            boolean readOnly = toRead && exists && (pool = readOnlyIfCurrent(dataDir, key)) != null;
            if (!readOnly) {
                pool = JdbcConnectionPool.create(dataSource(dataDir, key, false));
                pool.setMaxConnections(4);
                Migrations.migrate(pool);
            }
            FilePermissions.restrictDataFolder(dataDir);
            if (encrypted) {
                StartRecovery.encryptPlainBackups(dataDir, key);
            }
            LOG.info(() -> "Opened journal in " + dataDir + (encrypted ? " (encrypted)" : "")
                    + (readOnly ? " (read only)" : ""));
            return new Database(dataDir, FILE_NAME, channel, fileLock, pool, encrypted ? password.clone() : null,
                    readOnly);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            releaseQuietly(fileLock);
            closeQuietly(channel);
            if (isAlreadyOpen(e)) {
                throw new JournalLockedException(dataDir);
            }
            if (encrypted && hasErrorCode(e, H2_WRONG_PASSWORD)) {
                throw new JournalPasswordException(dataDir, true, e);
            }
            throw StorageFailures.wrap("Cannot open the journal database in " + dataDir, e);
        }
    }

    /**
     * A pool on the journal's file opened read-only, when H2 opens it so and its schema is current; else null (the
     * caller opens it as always, and says why it cannot be opened if it cannot).
     */
    private static JdbcConnectionPool readOnlyIfCurrent(Path dataDir, FileKey key) {
        JdbcConnectionPool reading = JdbcConnectionPool.create(dataSource(dataDir, key, true));
        reading.setMaxConnections(4);
        try {
            // isCurrent says false for any SQLException, a file H2 cannot open read-only or a wrong password included.
            if (Migrations.isCurrent(reading)) {
                return reading;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Read-only open refused, opened as always", e);
        }
        reading.dispose();
        return null;
    }

    /**
     * Loads and runs once, on an empty database in memory, the parts of H2 that opening an encrypted journal needs,
     * and the key stretching's code on a key that is not the journal's: for the launcher, while the window starts
     * and asks for the password (a plain journal is opened then instead). Neither the journal nor its folder is
     * touched: nothing of it is read, nothing is written anywhere. A failure only costs the warm-up (logged).
     */
    public static void warmUpEncryptedOpen() {
        FileKey.warmUp();
        // An encrypted database in H2's file system in memory (memFS), made, closed and opened again as the journal
        // is opened, then deleted: the store's file code and the cipher's run as for the journal, on no disk.
        String folder = "memFS:/carnet-warm-up-" + System.nanoTime();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:" + folder + "/" + FILE_NAME + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + ";CIPHER=AES");
        source.setUser("carnet");
        source.setPasswordChars("warm-up-key ".toCharArray());
        try {
            JdbcConnectionPool made = JdbcConnectionPool.create(source);
            try (Connection c = made.getConnection(); var statement = c.createStatement()) {
                statement.execute("CREATE TABLE \"flyway_schema_history\"(\"version\" VARCHAR(50), "
                        + "\"description\" VARCHAR(200), \"type\" VARCHAR(20), \"checksum\" INT, "
                        + "\"success\" BOOLEAN)");
                statement.execute("CREATE TABLE check_in(entry_day DATE PRIMARY KEY, note VARCHAR(100))");
                try (var insert = c.prepareStatement("INSERT INTO check_in(entry_day, note) VALUES (?, ?)")) {
                    insert.setObject(1, java.time.LocalDate.of(2000, 1, 1));
                    insert.setString(2, "");
                    insert.executeUpdate();
                }
            } finally {
                shutdown(made);
            }
            JdbcConnectionPool opened = JdbcConnectionPool.create(source);
            try (Connection c = opened.getConnection(); var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*), MAX(entry_day) FROM (SELECT entry_day "
                         + "FROM check_in UNION SELECT entry_day FROM check_in) d")) {
                rows.next();
                rows.getObject(2, java.time.LocalDate.class);
                // The schema check of every open, on a second connection of the pool.
                Migrations.isCurrent(opened, Migrations.bundledScripts(Database.class.getClassLoader()));
            } finally {
                shutdown(opened);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Warm-up of the encrypted open failed", e);
        } finally {
            try {
                org.h2.store.fs.FileUtils.deleteRecursive(folder, true);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Warm-up: cannot delete " + folder, e);
            }
        }
    }

    /**
     * Empties the demo journal's folder (closed) so sample data starts afresh. Refuses any folder not named
     * {@code demo}: this must never reach a real journal.
     */
    public static void resetDemo(Path demoDir) {
        if (!demoDir.getFileName().toString().equals("demo")) {
            throw new IllegalArgumentException("Not a demo folder: " + demoDir);
        }
        if (!Files.isDirectory(demoDir)) {
            return;
        }
        FolderLock.whileClosed(demoDir, "reset the demo journal", () -> {
            try (var files = Files.list(demoDir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file) && file.getFileName().toString().startsWith(FILE_NAME + ".")
                            && !file.getFileName().toString().equals(LOCK_FILE)) {
                        Files.delete(file);
                    }
                }
            }
            return null;
        });
    }

    /** True when the journal's file in {@code dataDir} is encrypted (it starts with H2's cipher header). */
    public static boolean isEncrypted(Path dataDir) {
        Path file = databaseFile(dataDir);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return startsWithCipherHeader(file);
    }

    static boolean startsWithCipherHeader(Path file) {
        byte[] header = new byte[CIPHER_HEADER.length];
        try (var in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            return read == header.length && java.util.Arrays.equals(header, CIPHER_HEADER);
        } catch (IOException e) {
            throw StorageFailures.wrap("Cannot read the journal file " + file, e, Problem.FOLDER_UNAVAILABLE);
        }
    }

    static Path databaseFile(Path dataDir) {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }

    static boolean hasPassword(char[] password) {
        return password != null && password.length > 0;
    }

    /**
     * A data source on the journal file in {@code folder}. H2 takes the file password (here the key {@link FileKey}
     * derives from the person's password) and the user's password in one field, separated by a space; the user's
     * password is empty.
     */
    static JdbcDataSource dataSource(Path folder, FileKey fileKey, boolean readOnlyExisting) {
        return dataSource(folder, FILE_NAME, fileKey, readOnlyExisting);
    }

    /** The same, on the file {@code baseName}{@code .mv.db} in {@code folder}. */
    static JdbcDataSource dataSource(Path folder, String baseName, FileKey fileKey, boolean readOnlyExisting) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(folder, baseName, fileKey != null)
                + (readOnlyExisting ? ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : ""));
        source.setUser("carnet");
        if (fileKey != null) {
            char[] key = fileKey.chars();
            char[] both = new char[key.length + 1];
            System.arraycopy(key, 0, both, 0, key.length);
            both[key.length] = ' ';
            java.util.Arrays.fill(key, '\0');
            // The data source keeps this array for every new connection: it must not be cleared here.
            source.setPasswordChars(both);
        } else {
            source.setPassword("");
        }
        return source;
    }

    static String url(Path dataDir) {
        return url(dataDir, false);
    }

    static String url(Path dataDir, boolean encrypted) {
        return url(dataDir, FILE_NAME, encrypted);
    }

    private static String url(Path dataDir, String baseName, boolean encrypted) {
        // WRITE_DELAY=0: a commit reaches the file at once, so a crash of the app after it loses nothing.
        // TRACE_LEVEL_FILE=0: no carnet.trace.db beside the journal; errors go to carnet.log with their cause.
        // The path is the only part not written here: one holding ";" (H2's separator of settings) is refused.
        UnusableFolderException.refuse(dataDir);
        return "jdbc:h2:file:" + dataDir.resolve(baseName).toAbsolutePath()
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (encrypted ? ";CIPHER=AES" : "");
    }

    /** True when H2 has the journal's file open read-only ({@link #openToRead}): nothing can be written. */
    public boolean readOnly() {
        return readOnly;
    }

    /** True when the journal is encrypted with a password. */
    public boolean encrypted() {
        return password != null;
    }

    /** The password the journal was opened with, or null; for re-encrypting backups and checking restores. */
    char[] password() {
        return password == null ? null : password.clone();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Connection connection() throws SQLException {
        JdbcConnectionPool current = pool;
        if (current == null) {
            // The file is being switched (a few milliseconds): wait for the new pool rather than fail.
            synchronized (this) {
                current = pool;
            }
            if (current == null) {
                throw new IllegalStateException("The journal is closed");
            }
        }
        return current.getConnection();
    }

    /** The work done on the journal's files while its pool is shut down. */
    @FunctionalInterface
    interface FileWork {
        void run() throws IOException;
    }

    /**
     * Shuts the database down (every connection closed, the file complete on disk), runs {@code work} on the files
     * (a {@link JournalSwitch} renames a new file over the journal), then opens a new pool on the journal's file, which
     * may now be another one. The pool is reopened even when the work fails, on whatever the start-up recovery makes
     * of the files.
     */
    synchronized void switchFile(FileWork work) throws IOException {
        if (closed || lock == null) {
            throw new IllegalStateException("The journal is closed");
        }
        if (readOnly) {
            throw new IllegalStateException("The journal is open read-only");
        }
        JdbcConnectionPool old = pool;
        pool = null;
        shutdown(old);
        try {
            work.run();
        } finally {
            pool = JdbcConnectionPool.create(dataSource(dataDir, baseName,
                    password != null ? FileKey.of(password) : null, false));
            pool.setMaxConnections(4);
        }
    }

    /** Shuts the database down; null when H2 said it was done, else why not (say, a full disk). */
    private static Exception shutdown(JdbcConnectionPool pool) {
        Exception failure = null;
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Database shutdown failed", e);
            failure = e;
        }
        pool.dispose();
        return failure;
    }

    /**
     * How long a close may take: a shutdown after a failed write (the disk full) can spin in H2 without end (seen:
     * {@code MVStore.registerVersionUsage} at 100 % CPU, the command never exiting). Once this has passed the close
     * is abandoned on a daemon thread: every commit is already on the disk (WRITE_DELAY=0), the copy of a switch is
     * then deleted, and the process can exit.
     */
    static final long CLOSE_MILLIS = Long.getLong("carnet.close.millis", 20_000);

    /** {@link #shutdown} on a daemon thread, waited for at most {@code millis}; null when it completed. */
    private Exception shutdownWithin(JdbcConnectionPool pool, long millis) {
        Exception[] failure = new Exception[1];
        Thread closing = new Thread(() -> failure[0] = shutdown(pool), "carnet-close-" + baseName);
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            LOG.warning(() -> "The database " + dataDir.resolve(baseName) + " did not close within " + millis
                    + " ms (after a failed write, H2 can spin in its close): the close was abandoned");
            return new java.util.concurrent.TimeoutException("The database did not close within " + millis + " ms");
        }
        return failure[0]; // after join: the thread's write is seen here
    }

    /**
     * Writes a consistent, compressed copy of the open database to {@code zip} (H2's {@code BACKUP TO}), readable by
     * the owner only. The zip holds the database file ({@code carnet.mv.db}).
     */
    public void backupTo(Path zip) {
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = connection(); var statement = c.createStatement()) {
            statement.execute("BACKUP TO '" + target + "'");
        } catch (SQLException e) {
            throw StorageFailures.wrap("Cannot back up the journal to " + zip, e);
        }
        FilePermissions.ownerOnlyFile(zip);
    }

    @Override
    public void close() {
        closeWithin(CLOSE_MILLIS);
    }

    /**
     * Closes the database, waiting at most {@code millis} for H2's shutdown; true when it completed and the file is
     * whole on the disk (a {@link JournalSwitch} switches a copy in only then).
     */
    synchronized boolean closeWithin(long millis) {
        if (closed) {
            return true;
        }
        closed = true;
        closeFailure = pool == null ? null : shutdownWithin(pool, millis);
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
        releaseQuietly(lock);
        closeQuietly(lockChannel);
        return closeFailure == null;
    }

    /** Why the last {@link #closeWithin} returned false (H2's exception, or a timeout), or null. */
    Exception closeFailure() {
        return closeFailure;
    }

    private static boolean isAlreadyOpen(Throwable e) {
        return hasErrorCode(e, H2_DATABASE_ALREADY_OPEN);
    }

    static boolean hasErrorCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static void releaseQuietly(FileLock fileLock) {
        try {
            if (fileLock != null && fileLock.isValid()) {
                fileLock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Lock release failed", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Lock file close failed", e);
        }
    }
}
