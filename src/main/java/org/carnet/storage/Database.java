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
import org.carnet.core.StorageException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The journal's embedded H2 database in a data folder. Opening it takes the folder's lock (so a second copy of the
 * app is told the journal is already open) and brings the schema up to date with the Flyway migrations.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    static final String FILE_NAME = "carnet";
    static final String LOCK_FILE = "carnet.lock";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private boolean closed;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("Cannot create the data folder " + dataDir, e);
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
            throw new StorageException("Cannot lock the data folder " + dataDir, e);
        }
        if (fileLock == null) {
            closeQuietly(channel);
            throw new JournalLockedException(dataDir);
        }
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(dataDir), "carnet", "");
            pool.setMaxConnections(4);
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            FilePermissions.restrictDataFolder(dataDir);
            LOG.info(() -> "Opened journal in " + dataDir);
            return new Database(dataDir, channel, fileLock, pool);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            releaseQuietly(fileLock);
            closeQuietly(channel);
            if (isAlreadyOpen(e)) {
                throw new JournalLockedException(dataDir);
            }
            throw new StorageException("Cannot open the journal database in " + dataDir, e);
        }
    }

    static String url(Path dataDir) {
        // WRITE_DELAY=0: a commit reaches the file at once, so a crash of the app after it loses nothing.
        return "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }

    public Path dataDir() {
        return dataDir;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Writes a consistent, compressed copy of the open database to {@code zip} (H2's {@code BACKUP TO}), readable by
     * the owner only. The zip holds the database file ({@code carnet.mv.db}).
     */
    public void backupTo(Path zip) {
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = pool.getConnection(); var statement = c.createStatement()) {
            statement.execute("BACKUP TO '" + target + "'");
        } catch (SQLException e) {
            throw new StorageException("Cannot back up the journal to " + zip, e);
        }
        FilePermissions.ownerOnlyFile(zip);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database shutdown failed", e);
        }
        pool.dispose();
        releaseQuietly(lock);
        closeQuietly(lockChannel);
    }

    private static boolean isAlreadyOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
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
