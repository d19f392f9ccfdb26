package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.carnet.exchange.Backup;
import org.carnet.intake.LabelDose;
import org.carnet.exchange.Backup.*;
import org.carnet.exchange.BackupCodes;
import org.carnet.exchange.BackupStore;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.core.StorageException;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;

/**
 * Every table of the journal, read in one transaction and written in one transaction (all or nothing). In MERGE
 * mode, records already there are kept and counted as skipped; new products, medications, custom foods and
 * protocols get new ids, and the records pointing at them are remapped. In REPLACE mode ids are kept as they are.
 */
public final class JdbcBackupRepository implements BackupStore {
    private static final List<String> IDENTITY_TABLES = List.of("product", "medication", "custom_food", "episode",
            "food_intake", "supplement_intake", "medication_intake", "routine_item", "protocol", "protocol_dose", "lab_result", "own_symptom");
    private static final List<String> DELETE_ORDER = List.of("protocol_dose", "protocol", "routine_item",
            "supplement_intake", "medication_intake", "food_intake", "favourite_food", "episode", "check_in",
            "custom_food", "product", "medication", "profile");

    private final Database database;
    private final Jdbc jdbc;

    public JdbcBackupRepository(Database database) {
        this.database = database;
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Backup readAll() {
        return jdbc.inTransaction("read the journal for a backup", c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return new Backup(Backup.FORMAT, Backup.VERSION, BackupReads.profile(c), BackupReads.products(c),
                    BackupReads.medications(c), BackupReads.customFoods(c), BackupReads.checkIns(c),
                    BackupReads.episodes(c), BackupReads.foodIntakes(c), BackupReads.supplementIntakes(c),
                    BackupReads.medicationIntakes(c), BackupReads.routine(c), BackupReads.favourites(c),
                    BackupReads.protocols(c), labResultRows(c), OwnSymptomRows.symptoms(c), OwnSymptomRows.values(c));
        });
    }

    /** Version 4: the laboratory results as typed, oldest first. */
    private static List<LabResultRow> labResultRows(Connection c) throws SQLException {
        List<LabResultRow> rows = new ArrayList<>();
        List<LabResult> results = new ArrayList<>(JdbcLabRepository.findAll(c));
        java.util.Collections.reverse(results);
        for (LabResult r : results) {
            rows.add(new LabResultRow(r.id(), r.test().name(), r.takenOn(), r.value(), r.unit().name(), r.rangeLow(),
                    r.rangeHigh()));
        }
        return rows;
    }

    /** How long {@link #checkReadable} may take before the journal is taken for damaged. */
    public static final long READ_CHECK_MILLIS = Long.getLong("carnet.readCheck.millis", 30_000);

    /**
     * Reads every row of every table an import writes, and fails in words when one is missing or cannot be read, or
     * when the reading takes longer than {@code millis} (H2 can spin for minutes on a damaged file): a replace checks
     * this before its safety backup, so that a damaged journal is said so at once, and neither backed up (a damaged
     * copy pushing a good backup out) nor half read.
     */
    public void checkReadable(long millis) {
        checkReadable(millis, this::readEveryTable);
    }

    /** The reading that {@link #checkReadable(long)} bounds; a test gives one that takes its time. */
    interface Reading {
        void read() throws SQLException;
    }

    void checkReadable(long millis, Reading read) {
        RuntimeException[] failure = new RuntimeException[1];
        Thread reading = new Thread(() -> {
            try {
                read.read();
            } catch (SQLException | RuntimeException e) {
                failure[0] = new org.carnet.core.JournalDamagedException("The journal's file in " + database.dataDir()
                        + " is damaged: it cannot be read whole (" + e.getMessage() + "); the journal was left as it is",
                        e);
            }
        }, "carnet-read-check");
        reading.setDaemon(true);
        reading.start();
        try {
            reading.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reading.isAlive()) {
            reading.interrupt();
            throw new org.carnet.core.JournalDamagedException("The journal's file in " + database.dataDir()
                    + " is damaged: reading it took longer than " + millis / 1000 + " s, the journal was left as it is",
                    null);
        }
        if (failure[0] != null) {
            java.util.logging.Logger.getLogger(JdbcBackupRepository.class.getName())
                    .log(java.util.logging.Level.WARNING, "The journal cannot be read whole", failure[0]);
            throw failure[0];
        }
    }

    private void readEveryTable() throws SQLException {
        java.util.Set<String> tables = new java.util.TreeSet<>(IDENTITY_TABLES);
        tables.addAll(DELETE_ORDER);
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
    }

    /**
     * Writes the backup into a copy of the journal beside it, then switches the copy in ({@link JournalSwitch}): a
     * crash at any moment leaves the journal as it was or with the whole import, never part of it.
     */
    @Override
    public ImportResult write(Backup backup, ImportMode mode) {
        return JournalSwitch.rewrite(database, mode == ImportMode.REPLACE ? "import a backup, replacing the journal"
                : "import a backup, merging it", copy -> writeInPlace(new Jdbc(copy), backup, mode));
    }

    private static ImportResult writeInPlace(Jdbc jdbc, Backup backup, ImportMode mode) {
        // Outside the transaction: H2 commits on DDL. Moving the identities past every id the import may give only
        // leaves a gap in ids if the import then fails.
        restartIdentities(jdbc, backup);
        return jdbc.inTransaction("import the backup", c -> new Writing(c, mode, backup).write(backup));
    }

    private static void restartIdentities(Jdbc jdbc, Backup b) {
        Map<String, Long> backupMax = new HashMap<>();
        backupMax.put("product", max(b.products(), r -> nz(r.id())));
        backupMax.put("medication", max(b.medications(), r -> nz(r.id())));
        backupMax.put("custom_food", max(b.customFoods(), r -> nz(r.id())));
        backupMax.put("episode", max(b.episodes(), r -> nz(r.id())));
        backupMax.put("food_intake", max(b.foodIntakes(), r -> nz(r.id())));
        backupMax.put("supplement_intake", max(b.supplementIntakes(), r -> nz(r.id())));
        backupMax.put("medication_intake", max(b.medicationIntakes(), r -> nz(r.id())));
        backupMax.put("protocol", max(b.protocols(), r -> nz(r.id())));
        backupMax.put("lab_result", max(b.labResults(), r -> nz(r.id())));
        backupMax.put("own_symptom", max(b.ownSymptoms(), r -> nz(r.id())));
        jdbc.inTransaction("prepare the import", c -> {
            for (String table : IDENTITY_TABLES) {
                long next;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    rs.next();
                    next = Math.max(rs.getLong(1), backupMax.getOrDefault(table, 0L)) + rows(b, table) + 1;
                }
                // Never move an identity backwards: a generated id must not meet an existing one.
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
                }
            }
            return null;
        });
    }

    private static long rows(Backup b, String table) {
        return switch (table) {
            case "product" -> b.products().size();
            case "medication" -> b.medications().size();
            case "custom_food" -> b.customFoods().size();
            case "episode" -> b.episodes().size();
            case "food_intake" -> b.foodIntakes().size();
            case "supplement_intake" -> b.supplementIntakes().size();
            case "medication_intake" -> b.medicationIntakes().size();
            case "protocol" -> b.protocols().size();
            case "lab_result" -> b.labResults().size();
            case "own_symptom" -> b.ownSymptoms().size();
            case "routine_item" -> b.routine().size();
            case "protocol_dose" -> b.protocols().stream().mapToLong(p -> p.doses() == null ? 0 : p.doses().size()).sum();
            default -> 0;
        };
    }

    private static long nz(Long id) {
        return id == null ? 0 : id;
    }

    private static <T> long max(List<T> rows, ToLongFunction<T> id) {
        long max = 0;
        for (T row : rows) {
            max = Math.max(max, id.applyAsLong(row));
        }
        return max;
    }

    /** Scale of the DECIMAL columns, so that keys compare what the database will hold. */
    static String dec(Double value, int scale) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static final class Writing {
        private final Connection c;
        private final boolean merge;
        private final ImportResult.Counts counts = new ImportResult.Counts();
        private final Map<Long, Long> productIds = new HashMap<>();
        private final Map<Long, Long> medicationIds = new HashMap<>();
        private final Map<Long, Long> customFoodIds = new HashMap<>();
        private final int version;

        /** Next free id per table: records get explicit ids (kept in REPLACE, new ones in MERGE). */
        private final Map<String, long[]> nextIds = new HashMap<>();

        Writing(Connection c, ImportMode mode, Backup b) throws SQLException {
            this.c = c;
            this.merge = mode == ImportMode.MERGE;
            this.version = b.version() == null ? Backup.VERSION : b.version();
            Map<String, Long> backupMax = Map.of("product", max(b.products(), r -> nz(r.id())),
                    "medication", max(b.medications(), r -> nz(r.id())),
                    "custom_food", max(b.customFoods(), r -> nz(r.id())),
                    "episode", max(b.episodes(), r -> nz(r.id())),
                    "food_intake", max(b.foodIntakes(), r -> nz(r.id())),
                    "supplement_intake", max(b.supplementIntakes(), r -> nz(r.id())),
                    "medication_intake", max(b.medicationIntakes(), r -> nz(r.id())),
                    "protocol", max(b.protocols(), r -> nz(r.id())),
                    "lab_result", max(b.labResults(), r -> nz(r.id())),
                    "own_symptom", max(b.ownSymptoms(), r -> nz(r.id())));
            for (Map.Entry<String, Long> e : backupMax.entrySet()) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + e.getKey())) {
                    rs.next();
                    nextIds.put(e.getKey(), new long[] {Math.max(rs.getLong(1), e.getValue()) + 1});
                }
                if (merge) {
                    Set<Long> used = new HashSet<>();
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT id FROM " + e.getKey())) {
                        while (rs.next()) {
                            used.add(rs.getLong(1));
                        }
                    }
                    usedIds.put(e.getKey(), used);
                }
            }
        }

        private final Map<String, Set<Long>> usedIds = new HashMap<>();
        /** The days whose check-in this import adds: only they take the file's own-symptom values. */
        private final Set<java.time.LocalDate> addedDays = new HashSet<>();

        /**
         * The file's id when it has one, in REPLACE mode always, in MERGE mode when no record already has it (so a
         * merge into an empty journal keeps every id); otherwise a new id past both the journal's and the file's.
         */
        private long id(String table, Long fileId) {
            if (fileId != null && (!merge || usedIds.get(table).add(fileId))) {
                return fileId;
            }
            return nextIds.get(table)[0]++;
        }

        ImportResult write(Backup b) throws SQLException {
            if (!merge) {
                try (Statement s = c.createStatement()) {
                    for (String table : DELETE_ORDER) {
                        s.executeUpdate("DELETE FROM " + table);
                    }
                    // A file from before version 4 knows nothing of results: the journal's are kept.
                    if (b.hasLabResults()) {
                        s.executeUpdate("DELETE FROM lab_result");
                    }
                    // Before version 6 a file knows nothing of own symptoms: the journal's are kept (their values
                    // went with the check-ins just replaced).
                    if (b.hasOwnSymptoms()) {
                        s.executeUpdate("DELETE FROM own_symptom_value");
                        s.executeUpdate("DELETE FROM own_symptom");
                    }
                }
            }
            profile(b.profile());
            products(b.products());
            medications(b.medications());
            customFoods(b.customFoods());
            checkIns(b.checkIns());
            episodes(b.episodes());
            foodIntakes(b.foodIntakes());
            supplementIntakes(b.supplementIntakes());
            medicationIntakes(b.medicationIntakes());
            routine(b.routine());
            favourites(b.favouriteFoods());
            protocols(b.protocols());
            if (b.hasLabResults()) {
                labResults(b.labResults());
            }
            if (b.hasOwnSymptoms()) {
                OwnSymptomRows.write(c, merge, b.ownSymptoms(), b.ownSymptomValues(), addedDays,
                        fileId -> id("own_symptom", fileId), counts);
            }
            return counts.result();
        }

        private void profile(ProfileRow p) throws SQLException {
            if (p == null) {
                return;
            }
            if (merge && BackupReads.profile(c) != null) {
                counts.skipped("profile");
                return;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO profile (id, name, birth_year, risk_factors) VALUES (1, ?, ?, ?)")) {
                String name = p.name() == null || p.name().isBlank() ? null : p.name().strip();
                setString(s, 1, name);
                setInt(s, 2, p.birthYear());
                s.setString(3, p.riskFactors() == null ? "" : String.join(",", p.riskFactors().stream().sorted().toList()));
                s.executeUpdate();
            }
            counts.added("profile");
        }

        private void products(List<ProductRow> rows) throws SQLException {
            Map<Long, String> existing = merge ? BackupReads.names(c, "product") : Map.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO product (id, name, magnesium_form, magnesium_mg, "
                    + "vitamin_d_ug, vitamin_k2_ug, vitamin_k1_ug, calcium_mg, archived, vitamin_d_form) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ProductRow p : rows) {
                    Long same = same(existing, p.id(), p.name());
                    if (same != null) {
                        productIds.put(p.id(), same);
                        counts.skipped("products");
                        continue;
                    }
                    long id = id("product", p.id());
                    s.setLong(1, id);
                    s.setString(2, p.name().strip());
                    setString(s, 3, p.magnesiumForm());
                    setDecimal(s, 4, p.magnesiumMg());
                    setDecimal(s, 5, p.vitaminDMicrograms());
                    setDecimal(s, 6, p.vitaminK2Micrograms());
                    setDecimal(s, 7, p.vitaminK1Micrograms());
                    setDecimal(s, 8, p.calciumMg());
                    s.setBoolean(9, Boolean.TRUE.equals(p.archived()));
                    // A file older than version 6 has no form: the one the name states, as Carnet read it then.
                    setString(s, 10, BackupReads.vitaminDForm(p.vitaminDForm(), p.name().strip(),
                            p.vitaminDMicrograms()));
                    s.addBatch();
                    productIds.put(p.id(), id);
                    counts.added("products");
                }
                s.executeBatch();
            }
        }

        private void medications(List<MedicationRow> rows) throws SQLException {
            Map<Long, String> existing = merge ? BackupReads.names(c, "medication") : Map.of();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO medication (id, name, medication_class, archived) VALUES (?, ?, ?, ?)")) {
                for (MedicationRow m : rows) {
                    Long same = same(existing, m.id(), m.name());
                    if (same != null) {
                        medicationIds.put(m.id(), same);
                        counts.skipped("medications");
                        continue;
                    }
                    long id = id("medication", m.id());
                    s.setLong(1, id);
                    s.setString(2, m.name().strip());
                    s.setString(3, m.medicationClass());
                    s.setBoolean(4, Boolean.TRUE.equals(m.archived()));
                    s.addBatch();
                    medicationIds.put(m.id(), id);
                    counts.added("medications");
                }
                s.executeBatch();
            }
        }

        private void customFoods(List<CustomFoodRow> rows) throws SQLException {
            Map<Long, String> existing = merge ? BackupReads.names(c, "custom_food") : Map.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO custom_food (id, name, drink, magnesium_mg, "
                    + "calcium_mg, vitamin_d_ug, vitamin_k1_ug, vitamin_k2_ug) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CustomFoodRow f : rows) {
                    Long same = same(existing, f.id(), f.name());
                    if (same != null) {
                        customFoodIds.put(f.id(), same);
                        counts.skipped("customFoods");
                        continue;
                    }
                    long id = id("custom_food", f.id());
                    s.setLong(1, id);
                    s.setString(2, f.name().strip());
                    s.setBoolean(3, Boolean.TRUE.equals(f.drink()));
                    setDecimal(s, 4, f.magnesiumMg());
                    setDecimal(s, 5, f.calciumMg());
                    setDecimal(s, 6, f.vitaminDMicrograms());
                    setDecimal(s, 7, f.vitaminK1Micrograms());
                    setDecimal(s, 8, f.vitaminK2Micrograms());
                    s.addBatch();
                    customFoodIds.put(f.id(), id);
                    counts.added("customFoods");
                }
                s.executeBatch();
            }
        }

        private void checkIns(List<CheckInRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.checkInKeys(c) : Set.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO check_in (entry_day, cramp_count, "
                    + "cramp_worst_severity, cramps_at_night, sleep_quality, sleep_hours, palpitation_count, fatigue, "
                    + "twitching, irritability, digestion, chest_pain, fainting, breathlessness, notes, headache, "
                    + "headache_worst_severity, noise_light_sensitivity, weight_kg) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CheckInRow r : rows) {
                    if (existing.contains(r.day().toString())) {
                        counts.skipped("checkIns");
                        continue;
                    }
                    setDate(s, 1, r.day());
                    setInt(s, 2, r.crampCount());
                    setInt(s, 3, r.crampWorstSeverity());
                    setBoolean(s, 4, r.crampsAtNight());
                    setInt(s, 5, r.sleepQuality());
                    setDecimal(s, 6, r.sleepHours());
                    setInt(s, 7, r.palpitationCount());
                    setInt(s, 8, r.fatigue());
                    setInt(s, 9, r.twitching());
                    setInt(s, 10, r.irritability());
                    setString(s, 11, r.digestion());
                    setFlags(s, 12, r.redFlags());
                    setString(s, 15, r.notes() == null || r.notes().isBlank() ? null : r.notes().strip());
                    setBoolean(s, 16, r.headache());
                    setInt(s, 17, r.headacheWorstSeverity());
                    setInt(s, 18, r.noiseLightSensitivity());
                    setDecimal(s, 19, r.weightKg());
                    s.addBatch();
                    addedDays.add(r.day());
                    counts.added("checkIns");
                }
                s.executeBatch();
            }
        }

        private void episodes(List<EpisodeRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.episodeKeys(c) : Set.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO episode (id, entry_day, occurred_at, kind, "
                    + "duration_minutes, severity, rhythm, trigger_cause, chest_pain, fainting, breathlessness) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (EpisodeRow e : rows) {
                    String key = BackupReads.episodeKey(e);
                    if (merge && !existing.add(key)) {
                        counts.skipped("episodes");
                        continue;
                    }
                    s.setLong(1, id("episode", e.id()));
                    setDate(s, 2, e.occurredAt().toLocalDate());
                    setTimestamp(s, 3, e.occurredAt());
                    s.setString(4, e.kind());
                    setInt(s, 5, e.durationMinutes());
                    setInt(s, 6, e.severity());
                    setString(s, 7, e.rhythm());
                    setString(s, 8, e.trigger());
                    setFlags(s, 9, e.redFlags());
                    s.addBatch();
                    counts.added("episodes");
                }
                s.executeBatch();
            }
        }

        private String foodCode(String code) {
            Long custom = BackupCodes.customId(code);
            return custom == null ? code : BackupCodes.custom(customFoodIds.get(custom));
        }

        private void foodIntakes(List<FoodIntakeRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.foodKeys(c) : Set.of();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO food_intake (id, entry_day, taken_at, food_code, grams) VALUES (?, ?, ?, ?, ?)")) {
                for (FoodIntakeRow f : rows) {
                    String code = foodCode(f.foodCode());
                    if (merge && !existing.add(BackupReads.foodKey(f.takenAt(), code, f.grams()))) {
                        counts.skipped("foodIntakes");
                        continue;
                    }
                    s.setLong(1, id("food_intake", f.id()));
                    setDate(s, 2, f.takenAt().toLocalDate());
                    setTimestamp(s, 3, f.takenAt());
                    s.setString(4, code);
                    setDecimal(s, 5, f.grams());
                    s.addBatch();
                    counts.added("foodIntakes");
                }
                s.executeBatch();
            }
        }

        private void supplementIntakes(List<SupplementIntakeRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.supplementKeys(c) : Set.of();
            boolean labelled = version >= 5;
            Map<Long, LabelDose> labelsNow = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO supplement_intake (id, entry_day, taken_at, "
                    + "product_id, units, " + JdbcIntakeRepository.DOSE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SupplementIntakeRow r : rows) {
                    long product = productIds.get(r.productId());
                    if (merge && !existing.add(BackupReads.supplementKey(r.takenAt(), product, r.units()))) {
                        counts.skipped("supplementIntakes");
                        continue;
                    }
                    s.setLong(1, id("supplement_intake", r.id()));
                    setDate(s, 2, r.takenAt().toLocalDate());
                    setTimestamp(s, 3, r.takenAt());
                    s.setLong(4, product);
                    setDecimal(s, 5, r.units());
                    LabelDose dose = null;
                    if (labelled && r.label() != null) {
                        // Version 5 files carry the dose each intake was logged with.
                        Backup.LabelRow l = r.label();
                        dose = new LabelDose(l.magnesiumMg(), l.vitaminDMicrograms(), l.vitaminK2Micrograms(),
                                l.vitaminK1Micrograms(), l.calciumMg());
                    }
                    if (dose == null) {
                        // Older files: the intake takes its product's label, as the V7 migration did.
                        if (!labelsNow.containsKey(product)) {
                            labelsNow.put(product, JdbcIntakeRepository.productDose(c, product));
                        }
                        dose = labelsNow.get(product);
                    }
                    JdbcIntakeRepository.setDose(s, 6, dose == null ? new LabelDose(null, null, null, null, null) : dose);
                    s.addBatch();
                    counts.added("supplementIntakes");
                }
                s.executeBatch();
            }
        }

        private void medicationIntakes(List<MedicationIntakeRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.medicationKeys(c) : Set.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO medication_intake (id, entry_day, taken_at, "
                    + "medication_id) VALUES (?, ?, ?, ?)")) {
                for (MedicationIntakeRow r : rows) {
                    long medication = medicationIds.get(r.medicationId());
                    if (merge && !existing.add(BackupReads.medicationKey(r.takenAt(), medication))) {
                        counts.skipped("medicationIntakes");
                        continue;
                    }
                    s.setLong(1, id("medication_intake", r.id()));
                    setDate(s, 2, r.takenAt().toLocalDate());
                    setTimestamp(s, 3, r.takenAt());
                    s.setLong(4, medication);
                    s.addBatch();
                    counts.added("medicationIntakes");
                }
                s.executeBatch();
            }
        }

        private void routine(List<RoutineItemRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.routineKeys(c) : new HashSet<>();
            int position = merge ? BackupReads.maxRoutinePosition(c) : 0;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO routine_item (position, product_id, "
                    + "medication_id, units, time_of_day) VALUES (?, ?, ?, ?, ?)")) {
                for (RoutineItemRow r : rows) {
                    Long product = r.productId() == null ? null : productIds.get(r.productId());
                    Long medication = r.medicationId() == null ? null : medicationIds.get(r.medicationId());
                    if (merge && !existing.add(BackupReads.routineKey(product, medication, r.units(), r.time()))) {
                        counts.skipped("routine");
                        continue;
                    }
                    s.setInt(1, merge ? ++position : r.position());
                    setId(s, 2, product);
                    setId(s, 3, medication);
                    setDecimal(s, 4, r.units());
                    s.setObject(5, r.time());
                    s.addBatch();
                    counts.added("routine");
                }
                s.executeBatch();
            }
        }

        private void favourites(List<String> codes) throws SQLException {
            Set<String> existing = merge ? new HashSet<>(BackupReads.favourites(c)) : Set.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO favourite_food (food_code) VALUES (?)")) {
                for (String raw : codes) {
                    String code = foodCode(raw);
                    if (existing.contains(code)) {
                        counts.skipped("favouriteFoods");
                        continue;
                    }
                    s.setString(1, code);
                    s.addBatch();
                    counts.added("favouriteFoods");
                }
                s.executeBatch();
            }
        }

        private void protocols(List<ProtocolRow> rows) throws SQLException {
            Set<String> existing = merge ? BackupReads.protocolKeys(c)
                    : Set.of();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO protocol (id, name, start_day, end_day, "
                    + JdbcProtocolRepository.QUESTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement d = c.prepareStatement("INSERT INTO protocol_dose (protocol_id, position, "
                         + "product_id, units, time_of_day) VALUES (?, ?, ?, ?, ?)")) {
                for (ProtocolRow p : rows) {
                    if (existing.contains(BackupReads.protocolKey(p.name(), p.start()))) {
                        counts.skipped("protocols");
                        continue;
                    }
                    long id = id("protocol", p.id());
                    s.setLong(1, id);
                    s.setString(2, p.name().strip());
                    setDate(s, 3, p.start());
                    setDate(s, 4, p.end());
                    var q = p.question();
                    s.setString(5, q == null ? null : q.symptom());
                    s.setString(6, q == null ? null : q.exposure());
                    s.setObject(7, q == null || q.productId() == null ? null : productIds.get(q.productId()));
                    setDecimal(s, 8, q == null ? null : q.threshold());
                    s.setObject(9, q == null ? null : q.lagDays());
                    s.setObject(10, p.onOff() == null ? null : p.onOff().blockDays());
                    s.setString(11, p.onOff() == null ? null : p.onOff().schedule());
                    s.addBatch();
                    int position = 0;
                    for (DoseRow dose : p.doses() == null ? List.<DoseRow>of() : p.doses()) {
                        d.setLong(1, id);
                        d.setInt(2, position++);
                        d.setLong(3, productIds.get(dose.productId()));
                        setDecimal(d, 4, dose.units());
                        d.setObject(5, dose.time());
                        d.addBatch();
                    }
                    counts.added("protocols");
                }
                s.executeBatch();
                d.executeBatch();
            }
        }

        /** Version 4: a result already there (same test, day, unit and value) is skipped in a merge. */
        private void labResults(List<LabResultRow> rows) throws SQLException {
            Set<String> existing = new HashSet<>();
            if (merge) {
                JdbcLabRepository.findAll(c).forEach(r -> existing.add(JdbcLabRepository.key(r)));
            }
            for (LabResultRow row : rows) {
                LabResult r = new LabResult(null, LabTest.valueOf(row.test()), row.takenOn(), row.value(),
                        LabUnit.valueOf(row.unit()), row.rangeLow(), row.rangeHigh());
                if (merge && !existing.add(JdbcLabRepository.key(r))) {
                    counts.skipped("labResults");
                    continue;
                }
                JdbcLabRepository.insert(c, id("lab_result", row.id()), r);
                counts.added("labResults");
            }
        }

        /**
         * MERGE identity of products, medications and custom foods: the same id and name, or else the same name (a
         * record merged before under a new id). Returns the journal's id, or null when the record is new.
         */
        private Long same(Map<Long, String> existing, Long id, String name) {
            if (!merge || name == null) {
                return null;
            }
            String stripped = name.strip();
            if (stripped.equals(existing.get(id))) {
                return id;
            }
            return existing.entrySet().stream().filter(e -> stripped.equals(e.getValue())).map(Map.Entry::getKey)
                    .min(Long::compare).orElse(null);
        }

        private void setId(PreparedStatement s, int index, Long id) throws SQLException {
            if (id == null) {
                s.setNull(index, Types.BIGINT);
            } else {
                s.setLong(index, id);
            }
        }

        private static void setFlags(PreparedStatement s, int index, List<String> flags) throws SQLException {
            List<String> f = flags == null ? List.of() : flags;
            s.setBoolean(index, f.contains("CHEST_PAIN"));
            s.setBoolean(index + 1, f.contains("FAINTING"));
            s.setBoolean(index + 2, f.contains("BREATHLESSNESS"));
        }
    }
}
