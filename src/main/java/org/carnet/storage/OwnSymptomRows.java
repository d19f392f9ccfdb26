package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import org.carnet.exchange.Backup.OwnSymptomRow;
import org.carnet.exchange.Backup.OwnValueRow;
import org.carnet.exchange.ImportResult;

/**
 * Backup version 6: the person's own symptoms and their values, read for an export and written by an import. In a
 * MERGE, a symptom of the same name and kind is the journal's (its values join it); one of the same name but
 * another kind comes in under the name followed by " (2)" (or the next free number), since a value of one kind
 * means nothing in another. Values come only with the check-ins the import adds: a day the journal already has
 * keeps its own values.
 */
final class OwnSymptomRows {
    private OwnSymptomRows() {
    }

    static List<OwnSymptomRow> symptoms(Connection c) throws SQLException {
        List<OwnSymptomRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, kind, higher_is_better, retired FROM own_symptom ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new OwnSymptomRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getBoolean("higher_is_better"), rs.getBoolean("retired")));
            }
        }
        return rows;
    }

    static List<OwnValueRow> values(Connection c) throws SQLException {
        List<OwnValueRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT entry_day, symptom_id, symptom_value "
                + "FROM own_symptom_value ORDER BY entry_day, symptom_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new OwnValueRow(getDate(rs, "entry_day"), rs.getLong("symptom_id"),
                        rs.getInt("symptom_value")));
            }
        }
        return rows;
    }

    /**
     * Writes the file's symptoms and the values of the check-ins added ({@code addedDays}). {@code newId} gives the
     * id a new symptom gets from its file id (kept when free).
     */
    static void write(Connection c, boolean merge, List<OwnSymptomRow> rows, List<OwnValueRow> values,
                      Set<java.time.LocalDate> addedDays, LongUnaryOperator newId, ImportResult.Counts counts)
            throws SQLException {
        Map<String, OwnSymptomRow> existing = new HashMap<>();
        Set<String> names = new HashSet<>();
        if (merge) {
            for (OwnSymptomRow r : symptoms(c)) {
                existing.put(key(r.name()), r);
                names.add(key(r.name()));
            }
        }
        Map<Long, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO own_symptom (id, name, kind, higher_is_better, "
                + "retired) VALUES (?, ?, ?, ?, ?)")) {
            for (OwnSymptomRow r : rows) {
                String name = r.name().strip();
                OwnSymptomRow same = existing.get(key(name));
                if (same != null && same.kind().equals(r.kind())) {
                    ids.put(r.id(), same.id());
                    counts.skipped("ownSymptoms");
                    continue;
                }
                for (int n = 2; names.contains(key(name)); n++) {
                    name = r.name().strip() + " (" + n + ")";
                }
                names.add(key(name));
                long id = newId.applyAsLong(r.id());
                s.setLong(1, id);
                s.setString(2, name);
                s.setString(3, r.kind());
                s.setBoolean(4, Boolean.TRUE.equals(r.higherIsBetter()));
                s.setBoolean(5, Boolean.TRUE.equals(r.retired()));
                s.addBatch();
                ids.put(r.id(), id);
                counts.added("ownSymptoms");
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO own_symptom_value (entry_day, symptom_id, symptom_value) VALUES (?, ?, ?)")) {
            for (OwnValueRow v : values) {
                if (!addedDays.contains(v.day())) {
                    counts.skipped("ownSymptomValues");
                    continue;
                }
                setDate(s, 1, v.day());
                s.setLong(2, ids.get(v.symptomId()));
                s.setInt(3, v.value());
                s.addBatch();
                counts.added("ownSymptomValues");
            }
            s.executeBatch();
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
