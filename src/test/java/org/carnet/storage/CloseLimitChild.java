package org.carnet.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import org.carnet.exchange.ImportMode;

/**
 * The child of {@link CloseLimitCrashTest}: opens the journal as the app does and commits a merge of a few days; then
 * one connection changes the notes of every older day in a transaction it never commits and stays busy inside a
 * statement H2 cannot cancel (a Java function that blocks: H2's shutdown then waits for that session without end,
 * as it can spin after a failed write), while another connection commits one more note; then the journal is closed
 * as the app closes it ({@link Database#close}: it waits at most {@code carnet.close.millis} for H2, then gives up).
 * Prints {@code ready}, {@code written}, {@code closing}, then {@code closed true|false MS} and {@code done}, until it
 * is killed. Arguments: the data folder and optionally the journal's password.
 */
public final class CloseLimitChild {
    /** The days the child merges into the journal before it closes it. */
    static final int DAYS = 20;
    static final LocalDate FROM = LocalDate.of(2001, 1, 1);
    /** The note committed last, on the first merged day, while the other session is busy. */
    static final String LAST_NOTE = "committed while another session was busy";
    private static final CountDownLatch BUSY = new CountDownLatch(1);

    private CloseLimitChild() {
    }

    /** Called by H2 (an alias): blocks its session for good, deaf to H2's cancel. */
    public static int block() {
        BUSY.countDown();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // stay busy
            }
        }
    }

    /** The last commit, also applied by the test to its expected state. */
    static void commitLastNote(Connection c) throws java.sql.SQLException {
        try (var s = c.prepareStatement("UPDATE check_in SET notes = ? WHERE entry_day = ?")) {
            s.setString(1, LAST_NOTE);
            s.setObject(2, FROM);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no day " + FROM);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        Path dir = Path.of(args[0]);
        char[] password = args.length > 1 ? args[1].toCharArray() : null;
        Database database = Database.open(dir, password);
        System.out.println("ready");
        System.out.flush();
        new JdbcBackupRepository(database).write(BackupSamples.journal(FROM, DAYS), ImportMode.MERGE);
        System.out.println("written");
        System.out.flush();
        Thread busy = new Thread(() -> {
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE ALIAS IF NOT EXISTS CARNET_TEST_BLOCK FOR \"" + CloseLimitChild.class.getName()
                            + ".block\"");
                    s.executeUpdate("UPDATE check_in SET notes = 'never committed' WHERE entry_day < DATE '"
                            + FROM + "'");
                    s.executeQuery("SELECT CARNET_TEST_BLOCK()");
                }
            } catch (Exception e) {
                e.printStackTrace();
                BUSY.countDown();
            }
        }, "busy-session");
        busy.setDaemon(true);
        busy.start();
        BUSY.await();
        try (Connection c = database.connection()) {
            commitLastNote(c);
        }
        System.out.println("closing");
        System.out.flush();
        long start = System.nanoTime();
        boolean closed = database.closeWithin(Database.CLOSE_MILLIS);
        System.out.println("closed " + closed + " " + (System.nanoTime() - start) / 1_000_000);
        System.out.println("done");
        System.out.flush();
    }
}
