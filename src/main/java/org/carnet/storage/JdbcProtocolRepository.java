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
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.ProtocolRepository;

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
                    "SELECT id, name, start_day, end_day FROM protocol ORDER BY start_day DESC, id DESC")) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    protocols.add(new Protocol(id, rs.getString("name"), getDate(rs, "start_day"),
                            rs.getObject("end_day", LocalDate.class), doses.getOrDefault(id, List.of())));
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
                try (PreparedStatement s = c.prepareStatement("INSERT INTO protocol (name, start_day, end_day) "
                        + "VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, protocol.name());
                    setDate(s, 2, protocol.start());
                    s.setObject(3, protocol.end());
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                id = protocol.id();
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE protocol SET name = ?, start_day = ?, end_day = ? WHERE id = ?")) {
                    s.setString(1, protocol.name());
                    setDate(s, 2, protocol.start());
                    s.setObject(3, protocol.end());
                    s.setLong(4, id);
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
