package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.journal.OwnSymptomRepository;

/** The person's own symptoms in H2 (their values are written with the check-in, by {@link JdbcJournalRepository}). */
public final class JdbcOwnSymptomRepository implements OwnSymptomRepository {
    private final Jdbc jdbc;

    public JdbcOwnSymptomRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<OwnSymptom> ownSymptoms() {
        return jdbc.inTransaction("read your symptoms", c -> {
            List<OwnSymptom> symptoms = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, name, kind, higher_is_better, retired FROM own_symptom ORDER BY id")) {
                while (rs.next()) {
                    symptoms.add(new OwnSymptom(rs.getLong("id"), rs.getString("name"),
                            getEnum(rs, "kind", OwnSymptomKind.class), rs.getBoolean("higher_is_better"),
                            rs.getBoolean("retired")));
                }
            }
            return symptoms;
        });
    }

    @Override
    public OwnSymptom saveOwnSymptom(OwnSymptom symptom) {
        return jdbc.inTransaction("save your symptom", c -> {
            boolean insert = symptom.id() == null;
            String sql = insert
                    ? "INSERT INTO own_symptom (name, kind, higher_is_better, retired) VALUES (?, ?, ?, ?)"
                    : "UPDATE own_symptom SET name = ?, kind = ?, higher_is_better = ?, retired = ? WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, symptom.name());
                setEnum(s, 2, symptom.kind());
                s.setBoolean(3, symptom.higherIsBetter());
                s.setBoolean(4, symptom.retired());
                if (!insert) {
                    s.setLong(5, symptom.id());
                }
                int changed = s.executeUpdate();
                if (insert) {
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        return symptom.withId(keys.getLong(1));
                    }
                }
                if (changed != 1) {
                    throw new SQLException("No own symptom with id " + symptom.id());
                }
                return symptom;
            }
        });
    }

    @Override
    public int countOwnValues(long symptomId) {
        return jdbc.inTransaction("count your symptom's days", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM own_symptom_value WHERE symptom_id = ?")) {
                s.setLong(1, symptomId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
