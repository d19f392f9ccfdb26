package org.carnet.storage;

import java.nio.file.Path;
import java.util.Locale;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Where a cold start's fixed costs go (bench: docs/benchmarks.md, "Ready in a blink"): in this fresh JVM, one after
 * the other on an existing, current journal: H2's open and first connection, the schema check by reading Flyway's
 * history table, Flyway's own migrate (validation and class-path scan; nothing to apply), and the Ciqual table
 * parsed and indexed. Each is the first of its kind in the JVM, so its class loading is included, as at a start.
 * Usage: java -cp … org.carnet.storage.StartBreakdown JOURNAL_DIR
 */
public final class StartBreakdown {
    private StartBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        Path journal = Path.of(args[0]);
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.dataSource(journal, null, false));
        pool.getConnection().close();
        long t1 = System.nanoTime();
        boolean current = Migrations.isCurrent(pool, Migrations.bundledScripts(StartBreakdown.class.getClassLoader()));
        long t2 = System.nanoTime();
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:" + Migrations.LOCATION).load()
                .migrate();
        long t3 = System.nanoTime();
        int foods = new org.carnet.intake.FoodCatalog(org.carnet.intake.FoodTable.ciqual()).size();
        long t4 = System.nanoTime();
        pool.dispose();
        System.out.printf(Locale.ROOT, "JVM uptime at main %d ms; H2 open %.0f ms; schema check from the history "
                + "table %.0f ms (current: %s); Flyway migrate with nothing to do %.0f ms; Ciqual parsed and indexed "
                + "%.0f ms (%d foods)%n", jvm, (t1 - t0) / 1e6, (t2 - t1) / 1e6, current, (t3 - t2) / 1e6,
                (t4 - t3) / 1e6, foods);
    }
}
