package org.carnet.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Brings the schema up to date. Flyway validates and scans the class path on every start, which costs a few hundred
 * milliseconds and loads hundreds of classes even when there is nothing to do. So the bundled scripts are first
 * compared with Flyway's own history table, read with plain JDBC: when every script is recorded as applied with the
 * same version, name and checksum, and nothing else is recorded, the schema is current and Flyway is not even
 * loaded. In every other case (a new journal, a new script, a changed script, a failed or unknown migration) Flyway
 * runs exactly as before and decides.
 */
final class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    static final String LOCATION = "db/migration";
    /** Rows Flyway writes for itself, with no version. */
    private static final java.util.Set<String> MARKERS = java.util.Set.of("TABLE", "SCHEMA");
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

    /** A versioned script as Flyway records it: version text, description, checksum. */
    record Script(String version, String description, int checksum) {
    }

    private Migrations() {
    }

    /** Runs Flyway unless the history already lists every bundled script; returns true when Flyway ran. */
    static boolean migrate(DataSource source) {
        return migrate(source, Migrations.class.getClassLoader());
    }

    /** The same with the scripts {@code loader} finds in {@link #LOCATION} (tests give other sets of scripts). */
    static boolean migrate(DataSource source, ClassLoader loader) {
        List<Script> bundled = bundledScripts(loader);
        if (!bundled.isEmpty() && isCurrent(source, bundled)) {
            LOG.fine("Schema current: Flyway not needed");
            return false;
        }
        runFlyway(source, loader);
        return true;
    }

    /** Flyway as the app always ran it; in a method of its own so that its classes load only when it is called. */
    private static void runFlyway(DataSource source, ClassLoader loader) {
        org.flywaydb.core.Flyway.configure(loader)
                .dataSource(source)
                .locations("classpath:" + LOCATION)
                .load()
                .migrate();
    }

    /** True when the history table records exactly the scripts bundled with the app, all applied successfully. */
    static boolean isCurrent(DataSource source) {
        List<Script> bundled = bundledScripts(Migrations.class.getClassLoader());
        return !bundled.isEmpty() && isCurrent(source, bundled);
    }

    /** True when the history table records exactly the bundled scripts, all applied successfully. */
    static boolean isCurrent(DataSource source, List<Script> bundled) {
        Map<String, Script> recorded = new TreeMap<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history",
                    null)) {
                if (!tables.next()) {
                    return false;
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT \"version\", \"description\", \"type\", "
                    + "\"checksum\", \"success\" FROM \"flyway_schema_history\"")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    if (version == null && MARKERS.contains(rows.getString(3)) && rows.getBoolean(5)) {
                        // Flyway's own note that it created the history table (or the schema): not a script.
                        continue;
                    }
                    int checksum = rows.getInt(4);
                    boolean checksumNull = rows.wasNull();
                    if (!rows.getBoolean(5) || version == null || checksumNull || !"SQL".equals(rows.getString(3))) {
                        return false;
                    }
                    if (recorded.put(version, new Script(version, rows.getString(2), checksum)) != null) {
                        return false;
                    }
                }
            }
        } catch (SQLException e) {
            // Whatever is odd about the table, Flyway will say it better.
            LOG.fine(() -> "History table unreadable, Flyway decides: " + e.getMessage());
            return false;
        }
        if (recorded.size() != bundled.size()) {
            return false;
        }
        for (Script script : bundled) {
            if (!same(recorded.get(script.version()), script)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same version, description and checksum. Written out: a record's own equals is made on its first call by a
     * bootstrap method (ObjectMethods), dozens of method-handle classes a command's cold JVM would load for this alone.
     */
    private static boolean same(Script recorded, Script bundled) {
        return recorded != null && recorded.checksum() == bundled.checksum()
                && recorded.version().equals(bundled.version()) && recorded.description().equals(bundled.description());
    }

    /** The versioned SQL scripts shipped in {@link #LOCATION}, from the folder or the jar that holds them. */
    static List<Script> bundledScripts(ClassLoader loader) {
        List<Script> scripts = new ArrayList<>();
        try {
            for (String name : scriptNames(loader)) {
                Matcher matcher = SCRIPT.matcher(name);
                if (!matcher.matches()) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
                    if (in == null) {
                        return List.of();
                    }
                    scripts.add(new Script(matcher.group(1).replace('_', '.'),
                            matcher.group(2).replace('_', ' '), checksum(in)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.fine(() -> "Bundled scripts unreadable, Flyway decides: " + e.getMessage());
            return List.of();
        }
        return scripts;
    }

    private static List<String> scriptNames(ClassLoader loader) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        Enumeration<URL> folders = loader.getResources(LOCATION);
        while (folders.hasMoreElements()) {
            URL folder = folders.nextElement();
            if ("file".equals(folder.getProtocol())) {
                try (var files = Files.list(Path.of(folder.toURI()))) {
                    files.map(p -> p.getFileName().toString()).forEach(names::add);
                }
            } else if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                String prefix = LOCATION + "/";
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0
                            && entry.length() > prefix.length()) {
                        names.add(entry.substring(prefix.length()));
                    }
                }
            } else {
                // An unknown kind of class path: let Flyway scan it.
                throw new IOException("Unsupported location " + folder);
            }
        }
        return names;
    }

    /**
     * Flyway's checksum of a script: CRC32 over its lines read as UTF-8, without line breaks and without a leading
     * byte order mark. {@code MigrationsTest} checks it against the value Flyway records.
     */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        while (line != null) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = reader.readLine();
        }
        return (int) crc.getValue();
    }
}
