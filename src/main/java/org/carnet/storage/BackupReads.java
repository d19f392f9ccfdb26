package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carnet.exchange.Backup;
import org.carnet.exchange.Backup.*;
import org.carnet.intake.VitaminDForm;

/** Reading every table into backup rows, and the keys by which MERGE recognises a record already there. */
final class BackupReads {
    private BackupReads() {
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, Row<T> row) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        }
        return rows;
    }

    static ProfileRow profile(Connection c) throws SQLException {
        List<ProfileRow> rows = query(c, "SELECT name, birth_year, risk_factors FROM profile WHERE id = 1",
                rs -> new ProfileRow(rs.getString("name"), getInt(rs, "birth_year"), split(rs.getString("risk_factors"))));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).sorted().toList();
    }

    static List<ProductRow> products(Connection c) throws SQLException {
        return query(c, "SELECT * FROM product ORDER BY id", rs -> new ProductRow(rs.getLong("id"), rs.getString("name"),
                rs.getString("magnesium_form"), getDecimal(rs, "magnesium_mg"), getDecimal(rs, "vitamin_d_ug"),
                getDecimal(rs, "vitamin_k2_ug"), getDecimal(rs, "vitamin_k1_ug"), getDecimal(rs, "calcium_mg"),
                rs.getBoolean("archived"), vitaminDForm(rs.getString("vitamin_d_form"), rs.getString("name"),
                        getDecimal(rs, "vitamin_d_ug"))));
    }

    /**
     * A product's vitamin D form by name, as the app reads it: the one stored (or in the file), else the one its name
     * states (a row stored before forms were chosen, a file older than version 6); null without vitamin D.
     */
    static String vitaminDForm(String stored, String name, Double vitaminDMicrograms) {
        VitaminDForm form = VitaminDForm.of(stored == null ? null : VitaminDForm.valueOf(stored), name,
                vitaminDMicrograms);
        return form == null ? null : form.name();
    }

    static List<MedicationRow> medications(Connection c) throws SQLException {
        return query(c, "SELECT * FROM medication ORDER BY id", rs -> new MedicationRow(rs.getLong("id"),
                rs.getString("name"), rs.getString("medication_class"), rs.getBoolean("archived")));
    }

    static List<CustomFoodRow> customFoods(Connection c) throws SQLException {
        return query(c, "SELECT * FROM custom_food ORDER BY id", rs -> new CustomFoodRow(rs.getLong("id"),
                rs.getString("name"), rs.getBoolean("drink"), getDecimal(rs, "magnesium_mg"),
                getDecimal(rs, "calcium_mg"), getDecimal(rs, "vitamin_d_ug"), getDecimal(rs, "vitamin_k1_ug"),
                getDecimal(rs, "vitamin_k2_ug")));
    }

    static List<CheckInRow> checkIns(Connection c) throws SQLException {
        return query(c, "SELECT * FROM check_in ORDER BY entry_day", rs -> new CheckInRow(getDate(rs, "entry_day"),
                getInt(rs, "cramp_count"), getInt(rs, "cramp_worst_severity"), getBoolean(rs, "cramps_at_night"),
                getInt(rs, "sleep_quality"), getDecimal(rs, "sleep_hours"), getInt(rs, "palpitation_count"),
                getInt(rs, "fatigue"), getInt(rs, "twitching"), getInt(rs, "irritability"), rs.getString("digestion"),
                flags(rs), rs.getString("notes"), getBoolean(rs, "headache"), getInt(rs, "headache_worst_severity"),
                getInt(rs, "noise_light_sensitivity"), getDecimal(rs, "weight_kg")));
    }

    private static List<String> flags(ResultSet rs) throws SQLException {
        List<String> flags = new ArrayList<>();
        if (rs.getBoolean("chest_pain")) {
            flags.add("CHEST_PAIN");
        }
        if (rs.getBoolean("fainting")) {
            flags.add("FAINTING");
        }
        if (rs.getBoolean("breathlessness")) {
            flags.add("BREATHLESSNESS");
        }
        return flags;
    }

    static List<EpisodeRow> episodes(Connection c) throws SQLException {
        return query(c, "SELECT * FROM episode ORDER BY id", rs -> new EpisodeRow(rs.getLong("id"),
                getDateTime(rs, "occurred_at"), rs.getString("kind"), getInt(rs, "duration_minutes"),
                getInt(rs, "severity"), rs.getString("rhythm"), rs.getString("trigger_cause"), flags(rs)));
    }

    static List<FoodIntakeRow> foodIntakes(Connection c) throws SQLException {
        return query(c, "SELECT * FROM food_intake ORDER BY id", rs -> new FoodIntakeRow(rs.getLong("id"),
                getDateTime(rs, "taken_at"), rs.getString("food_code"), getDecimal(rs, "grams")));
    }

    static List<SupplementIntakeRow> supplementIntakes(Connection c) throws SQLException {
        return query(c, "SELECT * FROM supplement_intake ORDER BY id", rs -> new SupplementIntakeRow(rs.getLong("id"),
                getDateTime(rs, "taken_at"), rs.getLong("product_id"), getDecimal(rs, "units"),
                new Backup.LabelRow(getDecimal(rs, "magnesium_mg"), getDecimal(rs, "vitamin_d_ug"),
                        getDecimal(rs, "vitamin_k2_ug"), getDecimal(rs, "vitamin_k1_ug"), getDecimal(rs, "calcium_mg"))));
    }

    static List<MedicationIntakeRow> medicationIntakes(Connection c) throws SQLException {
        return query(c, "SELECT * FROM medication_intake ORDER BY id", rs -> new MedicationIntakeRow(rs.getLong("id"),
                getDateTime(rs, "taken_at"), rs.getLong("medication_id")));
    }

    static List<RoutineItemRow> routine(Connection c) throws SQLException {
        return query(c, "SELECT * FROM routine_item ORDER BY position, id", rs -> new RoutineItemRow(
                rs.getInt("position"), nullableLong(rs, "product_id"), nullableLong(rs, "medication_id"),
                getDecimal(rs, "units"), rs.getObject("time_of_day", LocalTime.class)));
    }

    static int maxRoutinePosition(Connection c) throws SQLException {
        return query(c, "SELECT COALESCE(MAX(position), 0) FROM routine_item", rs -> rs.getInt(1)).get(0);
    }

    static List<String> favourites(Connection c) throws SQLException {
        return query(c, "SELECT food_code FROM favourite_food ORDER BY food_code", rs -> rs.getString(1));
    }

    static List<ProtocolRow> protocols(Connection c) throws SQLException {
        Map<Long, List<DoseRow>> doses = new HashMap<>();
        for (Object[] d : query(c, "SELECT protocol_id, product_id, units, time_of_day FROM protocol_dose "
                + "ORDER BY protocol_id, position, id", rs -> new Object[] {rs.getLong(1), new DoseRow(rs.getLong(2),
                getDecimal(rs, "units"), rs.getObject("time_of_day", LocalTime.class))})) {
            doses.computeIfAbsent((Long) d[0], k -> new ArrayList<>()).add((DoseRow) d[1]);
        }
        return query(c, "SELECT * FROM protocol ORDER BY id", rs -> {
            long id = rs.getLong("id");
            String symptom = rs.getString("question_symptom");
            Backup.QuestionRow question = symptom == null ? null : new Backup.QuestionRow(symptom,
                    rs.getString("question_exposure"), nullableLong(rs, "question_product_id"),
                    getDecimal(rs, "question_threshold"), rs.getInt("question_lag_days"));
            String schedule = rs.getString("onoff_schedule");
            Backup.OnOffRow onOff = schedule == null ? null : new Backup.OnOffRow(rs.getInt("onoff_block_days"),
                    schedule);
            return new ProtocolRow(id, rs.getString("name"), getDate(rs, "start_day"), getDate(rs, "end_day"),
                    doses.getOrDefault(id, List.of()), question, onOff);
        });
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** id → name, for MERGE: a record with the same id and name is the same record. */
    static Map<Long, String> names(Connection c, String table) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : query(c, "SELECT id, name FROM " + table, rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
            names.put((Long) r[0], (String) r[1]);
        }
        return names;
    }

    // Keys of MERGE

    static String dec(Double value, int scale) {
        return value == null ? "-" : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    static String time(LocalDateTime time) {
        return time.withNano(0).toString();
    }

    static Set<String> checkInKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        checkIns(c).forEach(r -> keys.add(r.day().toString()));
        return keys;
    }

    static String episodeKey(EpisodeRow e) {
        List<String> flags = e.redFlags() == null ? List.of() : e.redFlags().stream().distinct().sorted().toList();
        return time(e.occurredAt()) + "|" + e.kind() + "|" + e.durationMinutes() + "|" + e.severity() + "|"
                + e.rhythm() + "|" + e.trigger() + "|" + flags;
    }

    static Set<String> episodeKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        episodes(c).forEach(e -> keys.add(episodeKey(e)));
        return keys;
    }

    static String foodKey(LocalDateTime takenAt, String code, Double grams) {
        return time(takenAt) + "|" + code + "|" + dec(grams, 1);
    }

    static Set<String> foodKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        foodIntakes(c).forEach(f -> keys.add(foodKey(f.takenAt(), f.foodCode(), f.grams())));
        return keys;
    }

    static String supplementKey(LocalDateTime takenAt, long productId, Double units) {
        return time(takenAt) + "|" + productId + "|" + dec(units, 2);
    }

    static Set<String> supplementKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        supplementIntakes(c).forEach(s -> keys.add(supplementKey(s.takenAt(), s.productId(), s.units())));
        return keys;
    }

    static String medicationKey(LocalDateTime takenAt, long medicationId) {
        return time(takenAt) + "|" + medicationId;
    }

    static Set<String> medicationKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        medicationIntakes(c).forEach(m -> keys.add(medicationKey(m.takenAt(), m.medicationId())));
        return keys;
    }

    static String routineKey(Long productId, Long medicationId, Double units, LocalTime time) {
        return productId + "|" + medicationId + "|" + dec(units, 2) + "|" + time;
    }

    static Set<String> routineKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        routine(c).forEach(r -> keys.add(routineKey(r.productId(), r.medicationId(), r.units(), r.time())));
        return keys;
    }

    static String protocolKey(String name, LocalDate start) {
        return name.strip() + "|" + start;
    }

    static Set<String> protocolKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        protocols(c).forEach(p -> keys.add(protocolKey(p.name(), p.start())));
        return keys;
    }
}
