package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carnet.tracking.Exposure;
import org.carnet.tracking.OnOffPlan;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.ProtocolRepository;
import org.carnet.tracking.Question;
import org.carnet.tracking.Symptom;

/** Protocols and their planned doses in H2. */
public final class JdbcProtocolRepository implements ProtocolRepository {
    private final Jdbc jdbc;

    public JdbcProtocolRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<Protocol> protocols() {
        return jdbc.inTransaction("read the protocols", c -> {
            Map<Long, List<PlannedDose>> doses = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT protocol_id, product_id, units, time_of_day FROM protocol_dose ORDER BY protocol_id, position")) {
                while (rs.next()) {
                    doses.computeIfAbsent(rs.getLong("protocol_id"), k -> new ArrayList<>()).add(new PlannedDose(
                            rs.getLong("product_id"), getDecimal(rs, "units"), rs.getObject("time_of_day", LocalTime.class)));
                }
            }
            List<Protocol> protocols = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, name, start_day, end_day, " + QUESTION_COLUMNS
                            + " FROM protocol ORDER BY start_day DESC, id DESC")) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    protocols.add(new Protocol(id, rs.getString("name"), getDate(rs, "start_day"),
                            rs.getObject("end_day", LocalDate.class), doses.getOrDefault(id, List.of()),
                            question(rs), onOff(rs)));
                }
            }
            return protocols;
        });
    }

    @Override
    public Protocol save(Protocol protocol) {
        return jdbc.inTransaction("save the protocol", c -> {
            long id;
            if (protocol.id() == null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO protocol (name, start_day, end_day, "
                        + QUESTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, protocol.name());
                    setDate(s, 2, protocol.start());
                    s.setObject(3, protocol.end());
                    setQuestion(s, 4, protocol);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                id = protocol.id();
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE protocol SET name = ?, start_day = ?, end_day = ?, question_symptom = ?, "
                                + "question_exposure = ?, question_product_id = ?, question_threshold = ?, "
                                + "question_lag_days = ?, onoff_block_days = ?, onoff_schedule = ? WHERE id = ?")) {
                    s.setString(1, protocol.name());
                    setDate(s, 2, protocol.start());
                    s.setObject(3, protocol.end());
                    setQuestion(s, 4, protocol);
                    s.setLong(11, id);
                    if (s.executeUpdate() != 1) {
                        throw new java.sql.SQLException("No protocol with id " + id);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM protocol_dose WHERE protocol_id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO protocol_dose (protocol_id, position, product_id, "
                    + "units, time_of_day) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (PlannedDose dose : protocol.plan()) {
                    s.setLong(1, id);
                    s.setInt(2, position++);
                    s.setLong(3, dose.productId());
                    setDecimal(s, 4, dose.units());
                    s.setObject(5, dose.time());
                    s.executeUpdate();
                }
            }
            return protocol.withId(id);
        });
    }

    /** The declared question's and the on/off schedule's columns, in the order {@link #setQuestion} sets them. */
    static final String QUESTION_COLUMNS = "question_symptom, question_exposure, question_product_id, "
            + "question_threshold, question_lag_days, onoff_block_days, onoff_schedule";

    /** Sets the 7 {@link #QUESTION_COLUMNS} from {@code first} on (nulls for a protocol without them). */
    static void setQuestion(PreparedStatement s, int first, Protocol protocol) throws java.sql.SQLException {
        Question q = protocol.question();
        s.setString(first, q == null ? null : q.symptom().name());
        s.setString(first + 1, q == null ? null : q.exposure().name());
        s.setObject(first + 2, q == null ? null : q.productId());
        setDecimal(s, first + 3, q == null ? null : q.threshold());
        s.setObject(first + 4, q == null ? null : q.lagDays());
        OnOffPlan plan = protocol.onOff();
        s.setObject(first + 5, plan == null ? null : plan.blockDays());
        s.setString(first + 6, plan == null ? null : plan.code());
    }

    static Question question(ResultSet rs) throws java.sql.SQLException {
        String symptom = rs.getString("question_symptom");
        if (symptom == null) {
            return null;
        }
        Long product = rs.getObject("question_product_id", Long.class);
        return new Question(Symptom.valueOf(symptom), Exposure.valueOf(rs.getString("question_exposure")), product,
                getDecimal(rs, "question_threshold"), rs.getInt("question_lag_days"));
    }

    static OnOffPlan onOff(ResultSet rs) throws java.sql.SQLException {
        String schedule = rs.getString("onoff_schedule");
        return schedule == null ? null : OnOffPlan.of(rs.getInt("onoff_block_days"), schedule);
    }

    @Override
    public void delete(long id) {
        jdbc.inTransaction("delete the protocol", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM protocol WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }
}
