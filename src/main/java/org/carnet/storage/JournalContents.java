package org.carnet.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a journal holds anything at all: a day, an episode, a product, a profile, a result… Every table of the
 * journal counts, those added by later migrations too (they are read from the database, not listed here); only
 * Flyway's own history does not.
 */
public final class JournalContents {
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private JournalContents() {
    }

    /** True when at least one table of the journal in {@code database} holds a row. */
    public static boolean holdsRecords(Database database) {
        return new Jdbc(database).inTransaction("look whether the journal holds anything", JournalContents::anyRow);
    }

    private static boolean anyRow(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).equals(FLYWAY_HISTORY)) {
                    tables.add(name);
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\" LIMIT 1")) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
