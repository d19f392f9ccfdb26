package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.carnet.labs.LabRepository;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;

/** Laboratory results in H2, in each test's canonical unit; read back in the unit they were typed in. */
public final class JdbcLabRepository implements LabRepository {
    private final Jdbc jdbc;

    public JdbcLabRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public LabResult save(LabResult r) {
        return jdbc.inTransaction("save the result", c -> {
            boolean insert = r.id() == null;
            String sql = insert
                    ? "INSERT INTO lab_result (test, taken_on, canonical_value, unit, range_low, range_high) "
                            + "VALUES (?, ?, ?, ?, ?, ?)"
                    : "UPDATE lab_result SET test = ?, taken_on = ?, canonical_value = ?, unit = ?, range_low = ?, "
                            + "range_high = ? WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(s, 1, r);
                if (!insert) {
                    s.setLong(7, r.id());
                }
                int changed = s.executeUpdate();
                if (insert) {
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        return r.withId(keys.getLong(1));
                    }
                }
                if (changed != 1) {
                    throw new SQLException("No result with id " + r.id());
                }
                return r;
            }
        });
    }

    @Override
    public void delete(long id) {
        jdbc.inTransaction("delete the result", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM lab_result WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<LabResult> findAll() {
        return jdbc.inTransaction("read the results", JdbcLabRepository::findAll);
    }

    /** Every result, newest first, read on {@code c} (the backup reads them in its own transaction). */
    static List<LabResult> findAll(Connection c) throws SQLException {
        List<LabResult> results = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, test, taken_on, canonical_value, unit, "
                + "range_low, range_high FROM lab_result ORDER BY taken_on DESC, id DESC");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                results.add(read(rs));
            }
        }
        return results;
    }

    /** Inserts {@code r} with the id given, its value and range turned into the test's canonical unit. */
    static void insert(Connection c, long id, LabResult r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lab_result (id, test, taken_on, canonical_value, "
                + "unit, range_low, range_high) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            bind(s, 2, r);
            s.executeUpdate();
        }
    }

    /** Test, day, canonical value, unit typed and the range in the canonical unit, from parameter {@code first}. */
    private static void bind(PreparedStatement s, int first, LabResult r) throws SQLException {
        setEnum(s, first, r.test());
        setDate(s, first + 1, r.takenOn());
        setDecimal(s, first + 2, r.canonicalValue());
        setEnum(s, first + 3, r.unit());
        setDecimal(s, first + 4, r.rangeLow() == null ? null : r.test().toCanonical(r.rangeLow(), r.unit()));
        setDecimal(s, first + 5, r.rangeHigh() == null ? null : r.test().toCanonical(r.rangeHigh(), r.unit()));
    }

    /** What makes two results the same one in a merge: test, day, unit and the value as stored. */
    static String key(LabResult r) {
        return r.test() + "|" + r.takenOn() + "|" + r.unit() + "|" + BackupReads.dec(r.canonicalValue(), 4);
    }

    private static LabResult read(ResultSet rs) throws SQLException {
        LabTest test = getEnum(rs, "test", LabTest.class);
        LabUnit unit = getEnum(rs, "unit", LabUnit.class);
        Double low = getDecimal(rs, "range_low");
        Double high = getDecimal(rs, "range_high");
        return new LabResult(rs.getLong("id"), test, getDate(rs, "taken_on"),
                typed(test.fromCanonical(getDecimal(rs, "canonical_value"), unit)), unit,
                low == null ? null : typed(test.fromCanonical(low, unit)),
                high == null ? null : typed(test.fromCanonical(high, unit)));
    }

    /**
     * Back in the unit typed: the canonical value is kept to 4 decimals, so 1.9 mg/dL of magnesium comes back as
     * 1.90007; 3 decimals give back what was typed (reports print at most 2).
     */
    private static double typed(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
