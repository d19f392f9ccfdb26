package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carnet.intake.CustomFood;
import org.carnet.intake.DayIntakeLog;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.IntakeRepository;
import org.carnet.intake.LabelDose;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Nutrient;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.carnet.intake.RoutineItem;
import org.carnet.intake.SupplementIntake;

/** Products, medications, custom foods, intakes, favourites and the routine in H2. */
public final class JdbcIntakeRepository implements IntakeRepository {
    private static final Map<Nutrient, String> CUSTOM_FOOD_COLUMNS = Map.of(
            Nutrient.MAGNESIUM, "magnesium_mg",
            Nutrient.CALCIUM, "calcium_mg",
            Nutrient.VITAMIN_D, "vitamin_d_ug",
            Nutrient.VITAMIN_K1, "vitamin_k1_ug",
            Nutrient.VITAMIN_K2, "vitamin_k2_ug");

    private final Jdbc jdbc;

    public JdbcIntakeRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<Product> products(boolean includeArchived) {
        return jdbc.inTransaction("read the products", c -> {
            List<Product> products = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, magnesium_form, magnesium_mg, vitamin_d_ug, "
                    + "vitamin_k2_ug, vitamin_k1_ug, calcium_mg, vitamin_d_form FROM product"
                    + (includeArchived ? "" : " WHERE NOT archived") + " ORDER BY LOWER(name), id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    products.add(new Product(rs.getLong("id"), rs.getString("name"),
                            getEnum(rs, "magnesium_form", MagnesiumForm.class), getDecimal(rs, "magnesium_mg"),
                            getDecimal(rs, "vitamin_d_ug"), getDecimal(rs, "vitamin_k2_ug"),
                            getDecimal(rs, "vitamin_k1_ug"), getDecimal(rs, "calcium_mg"),
                            getEnum(rs, "vitamin_d_form", VitaminDForm.class)));
                }
            }
            return products;
        });
    }

    @Override
    public Product saveProduct(Product product) {
        return jdbc.inTransaction("save the product", c -> {
            boolean insert = product.id() == null;
            String sql = insert
                    ? "INSERT INTO product (name, magnesium_form, magnesium_mg, vitamin_d_ug, vitamin_k2_ug, "
                            + "vitamin_k1_ug, calcium_mg, vitamin_d_form) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE product SET name = ?, magnesium_form = ?, magnesium_mg = ?, vitamin_d_ug = ?, "
                            + "vitamin_k2_ug = ?, vitamin_k1_ug = ?, calcium_mg = ?, vitamin_d_form = ? WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, product.name());
                setEnum(s, 2, product.magnesiumForm());
                setDecimal(s, 3, product.magnesiumMg());
                setDecimal(s, 4, product.vitaminDMicrograms());
                setDecimal(s, 5, product.vitaminK2Micrograms());
                setDecimal(s, 6, product.vitaminK1Micrograms());
                setDecimal(s, 7, product.calciumMg());
                setEnum(s, 8, product.vitaminDForm());
                if (!insert) {
                    s.setLong(9, product.id());
                }
                return insert ? product.withId(insertedId(s)) : updated(s, product);
            }
        });
    }

    @Override
    public void archiveProduct(long id) {
        update("archive the product", "UPDATE product SET archived = TRUE WHERE id = ?", id);
    }

    @Override
    public List<Medication> medications(boolean includeArchived) {
        return jdbc.inTransaction("read the medications", c -> {
            List<Medication> medications = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, medication_class FROM medication"
                    + (includeArchived ? "" : " WHERE NOT archived") + " ORDER BY LOWER(name), id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    medications.add(new Medication(rs.getLong("id"), rs.getString("name"),
                            getEnum(rs, "medication_class", MedicationClass.class)));
                }
            }
            return medications;
        });
    }

    @Override
    public Medication saveMedication(Medication medication) {
        return jdbc.inTransaction("save the medication", c -> {
            boolean insert = medication.id() == null;
            String sql = insert ? "INSERT INTO medication (name, medication_class) VALUES (?, ?)"
                    : "UPDATE medication SET name = ?, medication_class = ? WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, medication.name());
                setEnum(s, 2, medication.medicationClass());
                if (!insert) {
                    s.setLong(3, medication.id());
                }
                return insert ? medication.withId(insertedId(s)) : updated(s, medication);
            }
        });
    }

    @Override
    public void archiveMedication(long id) {
        update("archive the medication", "UPDATE medication SET archived = TRUE WHERE id = ?", id);
    }

    @Override
    public List<CustomFood> customFoods() {
        return jdbc.inTransaction("read the custom foods", c -> {
            List<CustomFood> foods = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM custom_food ORDER BY LOWER(name), id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    EnumMap<Nutrient, Double> values = new EnumMap<>(Nutrient.class);
                    for (var column : CUSTOM_FOOD_COLUMNS.entrySet()) {
                        Double value = getDecimal(rs, column.getValue());
                        if (value != null) {
                            values.put(column.getKey(), value);
                        }
                    }
                    foods.add(new CustomFood(rs.getLong("id"), rs.getString("name"), rs.getBoolean("drink"), values));
                }
            }
            return foods;
        });
    }

    @Override
    public CustomFood saveCustomFood(CustomFood food) {
        return jdbc.inTransaction("save the food", c -> {
            boolean insert = food.id() == null;
            List<Nutrient> nutrients = List.of(Nutrient.values());
            String columns = String.join(", ", nutrients.stream().map(CUSTOM_FOOD_COLUMNS::get).toList());
            String sql = insert
                    ? "INSERT INTO custom_food (name, drink, " + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE custom_food SET name = ?, drink = ?, " + String.join(", ",
                            nutrients.stream().map(n -> CUSTOM_FOOD_COLUMNS.get(n) + " = ?").toList()) + " WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, food.name());
                s.setBoolean(2, food.drink());
                int index = 3;
                for (Nutrient nutrient : nutrients) {
                    setDecimal(s, index++, food.per100g().get(nutrient));
                }
                if (!insert) {
                    s.setLong(index, food.id());
                }
                return insert ? food.withId(insertedId(s)) : updated(s, food);
            }
        });
    }

    @Override
    public DayIntakeLog findDay(LocalDate day) {
        return findDays(day, day).getOrDefault(day, DayIntakeLog.empty(day));
    }

    @Override
    public Map<LocalDate, DayIntakeLog> findDays(LocalDate from, LocalDate to) {
        return jdbc.inTransaction("read the intakes", c -> {
            Map<LocalDate, List<FoodIntake>> foods = new TreeMap<>();
            Map<LocalDate, List<SupplementIntake>> supplements = new TreeMap<>();
            Map<LocalDate, List<MedicationIntake>> medications = new TreeMap<>();
            query(c, "SELECT id, taken_at, food_code, grams FROM food_intake WHERE entry_day BETWEEN ? AND ?", from, to,
                    rs -> {
                        FoodIntake intake = new FoodIntake(rs.getLong("id"), getDateTime(rs, "taken_at"),
                                rs.getString("food_code"), getDecimal(rs, "grams"));
                        foods.computeIfAbsent(intake.day(), d -> new ArrayList<>()).add(intake);
                    });
            query(c, "SELECT id, taken_at, product_id, units, " + DOSE_COLUMNS + " FROM supplement_intake "
                            + "WHERE entry_day BETWEEN ? AND ?",
                    from, to, rs -> {
                        SupplementIntake intake = new SupplementIntake(rs.getLong("id"), getDateTime(rs, "taken_at"),
                                rs.getLong("product_id"), getDecimal(rs, "units"), dose(rs));
                        supplements.computeIfAbsent(intake.day(), d -> new ArrayList<>()).add(intake);
                    });
            query(c, "SELECT id, taken_at, medication_id FROM medication_intake WHERE entry_day BETWEEN ? AND ?",
                    from, to, rs -> {
                        MedicationIntake intake = new MedicationIntake(rs.getLong("id"), getDateTime(rs, "taken_at"),
                                rs.getLong("medication_id"));
                        medications.computeIfAbsent(intake.day(), d -> new ArrayList<>()).add(intake);
                    });
            Set<LocalDate> days = new java.util.TreeSet<>();
            days.addAll(foods.keySet());
            days.addAll(supplements.keySet());
            days.addAll(medications.keySet());
            Map<LocalDate, DayIntakeLog> logs = new TreeMap<>();
            for (LocalDate day : days) {
                logs.put(day, new DayIntakeLog(day, foods.getOrDefault(day, List.of()),
                        supplements.getOrDefault(day, List.of()), medications.getOrDefault(day, List.of())));
            }
            return logs;
        });
    }

    @Override
    public FoodIntake saveFoodIntake(FoodIntake intake) {
        return jdbc.inTransaction("save the food", c -> insertFood(c, intake));
    }

    @Override
    public SupplementIntake saveSupplementIntake(SupplementIntake intake) {
        return jdbc.inTransaction("save the supplement", c -> insertSupplement(c, intake));
    }

    @Override
    public MedicationIntake saveMedicationIntake(MedicationIntake intake) {
        return jdbc.inTransaction("save the medication", c -> insertMedication(c, intake));
    }

    @Override
    public void saveAll(List<SupplementIntake> supplements, List<MedicationIntake> medications) {
        jdbc.inTransaction("save the usual intakes", c -> {
            for (SupplementIntake intake : supplements) {
                insertSupplement(c, intake);
            }
            for (MedicationIntake intake : medications) {
                insertMedication(c, intake);
            }
            return null;
        });
    }

    /** Inserts an intake without id; one with an id is edited in place (its day follows its time). */
    private static FoodIntake insertFood(Connection c, FoodIntake intake) throws SQLException {
        if (intake.id() != null) {
            try (PreparedStatement s = c.prepareStatement("UPDATE food_intake SET entry_day = ?, taken_at = ?, "
                    + "food_code = ?, grams = ? WHERE id = ?")) {
                setDate(s, 1, intake.day());
                setTimestamp(s, 2, intake.takenAt());
                s.setString(3, intake.foodCode());
                setDecimal(s, 4, intake.grams());
                s.setLong(5, intake.id());
                requireOne(s.executeUpdate(), intake.id());
                return intake;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO food_intake (entry_day, taken_at, food_code, grams) "
                + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setDate(s, 1, intake.day());
            setTimestamp(s, 2, intake.takenAt());
            s.setString(3, intake.foodCode());
            setDecimal(s, 4, intake.grams());
            return intake.withId(insertedId(s));
        }
    }

    /**
     * Inserts an intake without id with its dose (the product's label now when none is given); one with an id is
     * edited in place: it keeps the dose it was logged with unless another product is chosen or a dose is given.
     */
    private static SupplementIntake insertSupplement(Connection c, SupplementIntake intake) throws SQLException {
        if (intake.id() != null) {
            Long before = productOf(c, intake.id());
            if (before == null) {
                requireOne(0, intake.id());
            }
            LabelDose dose = intake.dose() != null ? intake.dose()
                    : before == intake.productId() ? null : productDose(c, intake.productId());
            try (PreparedStatement s = c.prepareStatement("UPDATE supplement_intake SET entry_day = ?, taken_at = ?, "
                    + "product_id = ?, units = ?" + (dose == null ? "" : ", " + DOSE_ASSIGNMENTS) + " WHERE id = ?")) {
                setDate(s, 1, intake.day());
                setTimestamp(s, 2, intake.takenAt());
                s.setLong(3, intake.productId());
                setDecimal(s, 4, intake.units());
                int index = 5;
                if (dose != null) {
                    setDose(s, index, dose);
                    index += 5;
                }
                s.setLong(index, intake.id());
                requireOne(s.executeUpdate(), intake.id());
                return intake;
            }
        }
        LabelDose dose = intake.dose() != null ? intake.dose() : productDose(c, intake.productId());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO supplement_intake (entry_day, taken_at, product_id, "
                + "units, " + DOSE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setDate(s, 1, intake.day());
            setTimestamp(s, 2, intake.takenAt());
            s.setLong(3, intake.productId());
            setDecimal(s, 4, intake.units());
            setDose(s, 5, dose == null ? new LabelDose(null, null, null, null, null) : dose);
            return new SupplementIntake(insertedId(s), intake.takenAt(), intake.productId(), intake.units(), dose);
        }
    }

    static final String DOSE_COLUMNS = "magnesium_mg, vitamin_d_ug, vitamin_k2_ug, vitamin_k1_ug, calcium_mg";
    private static final String DOSE_ASSIGNMENTS = "magnesium_mg = ?, vitamin_d_ug = ?, vitamin_k2_ug = ?, "
            + "vitamin_k1_ug = ?, calcium_mg = ?";

    static LabelDose dose(ResultSet rs) throws SQLException {
        return new LabelDose(getDecimal(rs, "magnesium_mg"), getDecimal(rs, "vitamin_d_ug"),
                getDecimal(rs, "vitamin_k2_ug"), getDecimal(rs, "vitamin_k1_ug"), getDecimal(rs, "calcium_mg"));
    }

    static void setDose(PreparedStatement s, int first, LabelDose dose) throws SQLException {
        setDecimal(s, first, dose.magnesiumMg());
        setDecimal(s, first + 1, dose.vitaminDMicrograms());
        setDecimal(s, first + 2, dose.vitaminK2Micrograms());
        setDecimal(s, first + 3, dose.vitaminK1Micrograms());
        setDecimal(s, first + 4, dose.calciumMg());
    }

    /** The product's label now; null for no such product (the insert then fails on its reference). */
    static LabelDose productDose(Connection c, long productId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + DOSE_COLUMNS + " FROM product WHERE id = ?")) {
            s.setLong(1, productId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? dose(rs) : null;
            }
        }
    }

    private static Long productOf(Connection c, long intakeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT product_id FROM supplement_intake WHERE id = ?")) {
            s.setLong(1, intakeId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public int changeProduct(Product product, LocalDate from) {
        return jdbc.inTransaction("change the product", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE product SET name = ?, magnesium_form = ?, "
                    + "magnesium_mg = ?, vitamin_d_ug = ?, vitamin_k2_ug = ?, vitamin_k1_ug = ?, calcium_mg = ?, "
                    + "vitamin_d_form = ? WHERE id = ?")) {
                s.setString(1, product.name());
                setEnum(s, 2, product.magnesiumForm());
                setDose(s, 3, product.dose());
                setEnum(s, 8, product.vitaminDForm());
                s.setLong(9, product.id());
                updated(s, product);
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE supplement_intake SET " + DOSE_ASSIGNMENTS
                    + " WHERE product_id = ?" + (from == null ? "" : " AND entry_day >= ?"))) {
                setDose(s, 1, product.dose());
                s.setLong(6, product.id());
                if (from != null) {
                    setDate(s, 7, from);
                }
                return s.executeUpdate();
            }
        });
    }

    @Override
    public int countSupplementIntakes(long productId, LocalDate before) {
        return jdbc.inTransaction("read the intakes", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM supplement_intake WHERE product_id = ?"
                    + (before == null ? "" : " AND entry_day < ?"))) {
                s.setLong(1, productId);
                if (before != null) {
                    setDate(s, 2, before);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static MedicationIntake insertMedication(Connection c, MedicationIntake intake) throws SQLException {
        if (intake.id() != null) {
            try (PreparedStatement s = c.prepareStatement("UPDATE medication_intake SET entry_day = ?, taken_at = ?, "
                    + "medication_id = ? WHERE id = ?")) {
                setDate(s, 1, intake.day());
                setTimestamp(s, 2, intake.takenAt());
                s.setLong(3, intake.medicationId());
                s.setLong(4, intake.id());
                requireOne(s.executeUpdate(), intake.id());
                return intake;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO medication_intake (entry_day, taken_at, "
                + "medication_id) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setDate(s, 1, intake.day());
            setTimestamp(s, 2, intake.takenAt());
            s.setLong(3, intake.medicationId());
            return intake.withId(insertedId(s));
        }
    }

    /** An edit of an intake deleted meanwhile (in another window, by an import) is refused, not re-created. */
    private static void requireOne(int rows, long id) throws SQLException {
        if (rows != 1) {
            throw new SQLException("No intake " + id + " to change");
        }
    }

    @Override
    public void saveDay(List<FoodIntake> foods, List<SupplementIntake> supplements,
                        List<MedicationIntake> medications) {
        jdbc.inTransaction("copy the intakes", c -> {
            for (FoodIntake intake : foods) {
                insertFood(c, intake);
            }
            for (SupplementIntake intake : supplements) {
                insertSupplement(c, intake);
            }
            for (MedicationIntake intake : medications) {
                insertMedication(c, intake);
            }
            return null;
        });
    }

    @Override
    public void deleteFoodIntake(long id) {
        update("delete the food", "DELETE FROM food_intake WHERE id = ?", id);
    }

    @Override
    public void deleteSupplementIntake(long id) {
        update("delete the supplement", "DELETE FROM supplement_intake WHERE id = ?", id);
    }

    @Override
    public void deleteMedicationIntake(long id) {
        update("delete the medication", "DELETE FROM medication_intake WHERE id = ?", id);
    }

    @Override
    public List<String> recentFoodCodes(int limit) {
        return jdbc.inTransaction("read the recent foods", c -> {
            Set<String> codes = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT food_code, MAX(taken_at) AS last_taken FROM food_intake "
                    + "GROUP BY food_code ORDER BY last_taken DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
            }
            return List.copyOf(codes);
        });
    }

    @Override
    public Set<String> favouriteFoods() {
        return jdbc.inTransaction("read the favourite foods", c -> {
            Set<String> codes = new LinkedHashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT food_code FROM favourite_food ORDER BY food_code")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    public void setFavourite(String foodCode, boolean favourite) {
        jdbc.inTransaction("change the favourite foods", c -> {
            try (PreparedStatement s = c.prepareStatement(favourite
                    ? "MERGE INTO favourite_food (food_code) KEY (food_code) VALUES (?)"
                    : "DELETE FROM favourite_food WHERE food_code = ?")) {
                s.setString(1, foodCode);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<RoutineItem> routine() {
        return jdbc.inTransaction("read your usual intakes", c -> {
            List<RoutineItem> items = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT product_id, medication_id, units, time_of_day FROM routine_item ORDER BY position, id")) {
                while (rs.next()) {
                    long productId = rs.getLong("product_id");
                    Long product = rs.wasNull() ? null : productId;
                    long medicationId = rs.getLong("medication_id");
                    Long medication = rs.wasNull() ? null : medicationId;
                    items.add(new RoutineItem(product, medication, getDecimal(rs, "units"),
                            rs.getObject("time_of_day", LocalTime.class)));
                }
            }
            return items;
        });
    }

    @Override
    public void saveRoutine(List<RoutineItem> items) {
        jdbc.inTransaction("save your usual intakes", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM routine_item");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO routine_item (position, product_id, "
                    + "medication_id, units, time_of_day) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (RoutineItem item : items) {
                    s.setInt(1, position++);
                    setLong(s, 2, item.productId());
                    setLong(s, 3, item.medicationId());
                    setDecimal(s, 4, item.units());
                    s.setObject(5, item.time());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, LocalDate from, LocalDate to, RowReader reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " ORDER BY taken_at, id")) {
            setDate(s, 1, from);
            setDate(s, 2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private void update(String what, String sql, long id) {
        jdbc.inTransaction(what, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static long insertedId(PreparedStatement s) throws SQLException {
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static <T> T updated(PreparedStatement s, T record) throws SQLException {
        if (s.executeUpdate() != 1) {
            throw new SQLException("Nothing to update: " + record);
        }
        return record;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
