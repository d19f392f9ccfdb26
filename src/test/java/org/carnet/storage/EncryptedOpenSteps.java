package org.carnet.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Times, in a fresh JVM, the steps of opening an encrypted journal after its password is typed: the key's stretching,
 * H2's open with the schema check, the check for backups left plain; with {@code warm}, after the warm-up the launcher
 * runs while the password is asked. Wall and thread CPU, ms (docs/benchmarks.md, session 27). The journal must be
 * closed. Usage: {@code EncryptedOpenSteps DIR PASSWORD [warm]}.
 */
public final class EncryptedOpenSteps {
    private EncryptedOpenSteps() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dir = Path.of(args[0]);
        boolean warm = args.length > 2 && args[2].equals("warm");
        if (warm) {
            Database.warmUpEncryptedOpen();
        }
        long[] at = {System.nanoTime(), threads.getCurrentThreadCpuTime()};
        FileKey key = FileKey.of(args[1].toCharArray());
        String stretch = since(at, threads);
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.dataSource(dir, key, false));
        Migrations.migrate(pool);
        String open = since(at, threads);
        StartRecovery.encryptPlainBackups(dir, key);
        String backups = since(at, threads);
        pool.dispose();
        System.out.println((warm ? "after the warm-up" : "cold") + ": stretching " + stretch + ", H2 open and schema "
                + "check " + open + ", plain-backup check " + backups + " (wall/CPU ms)");
    }

    private static String since(long[] at, ThreadMXBean threads) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        String text = (wall - at[0]) / 1_000_000 + "/" + (cpu - at[1]) / 1_000_000;
        at[0] = wall;
        at[1] = cpu;
        return text;
    }
}
