package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway is skipped only when its history already lists every bundled script; every other case still migrates. */
class MigrationsTest {
    private static final ClassLoader APP = MigrationsTest.class.getClassLoader();

    @TempDir
    Path folder;

    private JdbcConnectionPool pool;

    @BeforeEach
    void openPool() {
        pool = JdbcConnectionPool.create(Database.dataSource(folder.resolve("db"), null, false));
    }

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    @Test
    void aNewJournalRunsFlywayThenTheNextOpenSkipsIt() throws Exception {
        assertThat(Migrations.migrate(pool)).isTrue();
        assertThat(tableExists("PROTOCOL")).isTrue();

        assertThat(Migrations.migrate(pool)).isFalse();
        assertThat(Migrations.migrate(pool)).isFalse();
        assertThat(historyRows()).isEqualTo(Migrations.bundledScripts(APP).size() + 1);
    }

    @Test
    void theChecksumsComputedHereAreTheOnesFlywayRecorded() throws Exception {
        Migrations.migrate(pool);
        List<Migrations.Script> recorded = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT \"version\", \"description\", \"checksum\" "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                recorded.add(new Migrations.Script(rows.getString(1), rows.getString(2), rows.getInt(3)));
            }
        }
        assertThat(Migrations.bundledScripts(APP)).hasSizeGreaterThanOrEqualTo(5)
                .containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void aNewScriptInANewerVersionStillMigratesAJournalMadeByAnOlderOne() throws Exception {
        Path older = scriptsFolder(List.of("V1__journal.sql", "V2__intake.sql", "V3__protocols.sql",
                "V4__text_lengths.sql"));
        try (URLClassLoader olderApp = new ScriptsOnly(older.toUri().toURL())) {
            assertThat(Migrations.migrate(pool, olderApp)).isTrue();
            assertThat(Migrations.migrate(pool, olderApp)).isFalse();
        }
        assertThat(columnExists("PROTOCOL", "ONOFF_SCHEDULE")).isFalse();

        assertThat(Migrations.migrate(pool)).isTrue();
        assertThat(columnExists("PROTOCOL", "ONOFF_SCHEDULE")).isTrue();
        assertThat(Migrations.migrate(pool)).isFalse();
    }

    @Test
    void scriptsAreFoundInsideAJarAsInTheInstalledApp() throws Exception {
        Path jar = folder.resolve("scripts.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            // Folder entries, as Maven's jar plugin writes them.
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry(Migrations.LOCATION + "/"));
            for (String name : bundledNames()) {
                out.putNextEntry(new JarEntry(Migrations.LOCATION + "/" + name));
                try (InputStream in = APP.getResourceAsStream(Migrations.LOCATION + "/" + name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader fromJar = new ScriptsOnly(jar.toUri().toURL())) {
            assertThat(Migrations.bundledScripts(fromJar)).containsExactlyInAnyOrderElementsOf(
                    Migrations.bundledScripts(APP));
            assertThat(Migrations.migrate(pool, fromJar)).isTrue();
            assertThat(Migrations.migrate(pool, fromJar)).isFalse();
        }
    }

    @Test
    void aChangedChecksumIsLeftToFlywayWhichRefusesIt() throws Exception {
        Migrations.migrate(pool);
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '2'");

        assertThat(Migrations.isCurrent(pool, Migrations.bundledScripts(APP))).isFalse();
        assertThatThrownBy(() -> Migrations.migrate(pool)).hasMessageContaining("checksum");
    }

    @Test
    void aFailedOrUnknownMigrationInTheHistoryIsNotCurrent() throws Exception {
        Migrations.migrate(pool);
        List<Migrations.Script> bundled = Migrations.bundledScripts(APP);
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
        assertThat(Migrations.isCurrent(pool, bundled)).isFalse();

        execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '3'");
        assertThat(Migrations.isCurrent(pool, bundled)).isTrue();
        // A journal written by a newer Carnet, with a script this one does not have.
        execute("INSERT INTO \"flyway_schema_history\" SELECT 99, '99', 'from the future', 'SQL', 'V99__x.sql', 1, "
                + "\"installed_by\", \"installed_on\", 0, TRUE FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
        assertThat(Migrations.isCurrent(pool, bundled)).isFalse();
    }

    @Test
    void aDatabaseWithoutHistoryIsNotCurrent() {
        assertThat(Migrations.isCurrent(pool, Migrations.bundledScripts(APP))).isFalse();
    }

    @Test
    void theDosePerIntakeMigrationFillsOldIntakesFromTheirProduct() throws Exception {
        Path older = scriptsFolder(List.of("V1__journal.sql", "V2__intake.sql", "V3__protocols.sql",
                "V4__text_lengths.sql", "V5__protocol_question.sql", "V6__signs_and_labs.sql"));
        try (URLClassLoader olderApp = new ScriptsOnly(older.toUri().toURL())) {
            Migrations.migrate(pool, olderApp);
        }
        execute("INSERT INTO product (id, name, magnesium_mg, calcium_mg) VALUES (7, 'Mg', 150, 20)");
        execute("INSERT INTO supplement_intake (entry_day, taken_at, product_id, units) "
                + "VALUES (DATE '2026-01-05', TIMESTAMP '2026-01-05 20:00:00', 7, 2)");

        assertThat(Migrations.migrate(pool)).isTrue();

        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT magnesium_mg, vitamin_d_ug, calcium_mg FROM supplement_intake")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getDouble(1)).isEqualTo(150.0);
            assertThat(rows.getObject(2)).isNull();
            assertThat(rows.getDouble(3)).isEqualTo(20.0);
        }
    }

    /** A folder holding {@code names} copied from the bundled scripts, as another version of the app would ship. */
    private Path scriptsFolder(List<String> names) throws IOException {
        Path root = folder.resolve("older");
        Path scripts = Files.createDirectories(root.resolve(Migrations.LOCATION));
        for (String name : names) {
            try (InputStream in = APP.getResourceAsStream(Migrations.LOCATION + "/" + name)) {
                Files.copy(in, scripts.resolve(name));
            }
        }
        return root;
    }

    private static List<String> bundledNames() throws Exception {
        try (var files = Files.list(Path.of(APP.getResource(Migrations.LOCATION).toURI()))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private int historyRows() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            // The scripts and Flyway's row for the creation of its table.
            rows.next();
            return rows.getInt(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = pool.getConnection();
             ResultSet rows = c.getMetaData().getTables(null, "PUBLIC", table, null)) {
            return rows.next();
        }
    }

    private boolean columnExists(String table, String column) throws SQLException {
        try (Connection c = pool.getConnection();
             ResultSet rows = c.getMetaData().getColumns(null, "PUBLIC", table, column)) {
            return rows.next();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Classes from the app (Flyway, H2), but the migration scripts only from {@code url}. */
    private static final class ScriptsOnly extends URLClassLoader {
        ScriptsOnly(URL url) {
            super(new URL[] {url}, APP);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(Migrations.LOCATION) ? findResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(Migrations.LOCATION) ? findResources(name) : super.getResources(name);
        }
    }
}
