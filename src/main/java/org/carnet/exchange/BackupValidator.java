package org.carnet.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carnet.core.TextLength;
import org.carnet.intake.IntakeLimits;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.MedicationClass;
import org.carnet.journal.Digestion;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalLimits;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.core.FieldError;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.labs.LabValidator;
import org.carnet.profile.RiskFactor;
import org.carnet.tracking.Exposure;
import org.carnet.tracking.OnOffPlan;
import org.carnet.tracking.ProtocolValidator;
import org.carnet.tracking.Question;
import org.carnet.tracking.Symptom;

/**
 * Checks a whole backup before anything is written: required fields, ranges (the limits the forms and the database
 * use), enum names, unique ids and keys, and references between records. Each problem names the record and field,
 * e.g. {@code checkIns[12]} and {@code fatigue} with the code {@code range} and the values 0, 10 and the value
 * found; the UI words it ("allowed 0 to 10"). Stops collecting after {@link #MAX_ERRORS}.
 */
public final class BackupValidator {
    public static final int MAX_ERRORS = 50;
    private static final int FOOD_CODE_MAX_LENGTH = 32;
    private static final int RISK_FACTORS_MAX_LENGTH = 400;
    /** Ids far beyond any real journal, so that new ids can always follow them. */
    public static final long MAX_ID = 1_000_000_000_000L;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private static final String REQUIRED = "required";

    private final List<ImportProblem> problems = new ArrayList<>();
    /** Problems found beyond {@link #MAX_ERRORS}, counted only. */
    private int more;

    private BackupValidator() {
    }

    /** Every problem of the backup (at most {@link #MAX_ERRORS}, then one saying how many more); empty if none. */
    public static List<ImportProblem> validate(Backup backup) {
        BackupValidator v = new BackupValidator();
        v.check(backup);
        List<ImportProblem> all = new ArrayList<>(v.problems);
        if (v.more > 0) {
            all.add(ImportProblem.ofFile(ImportProblem.MORE, v.more));
        }
        return List.copyOf(all);
    }

    private void check(Backup b) {
        if (!Backup.FORMAT.equals(b.format())) {
            if (b.format() == null) {
                error("format", "formatMissing", Backup.FORMAT);
            } else {
                error("format", "format", Backup.FORMAT, abbreviate(b.format()));
            }
            return;
        }
        if (b.version() == null) {
            error("version", REQUIRED);
            return;
        }
        if (b.version() > Backup.VERSION) {
            error("version", "newerVersion", b.version(), Backup.VERSION);
            return;
        }
        if (b.version() < 1) {
            error("version", "range", 1, Backup.VERSION, String.valueOf(b.version()));
            return;
        }
        profile(b.profile());
        Set<Long> products = new HashSet<>();
        for (int i = 0; i < b.products().size(); i++) {
            String at = "products[" + i + "]";
            Backup.ProductRow p = b.products().get(i);
            if (p == null) { error(at, REQUIRED); continue; }
            uniqueId(products, p.id(), at);
            name(at + ".name", p.name());
            oneOf(at + ".magnesiumForm", p.magnesiumForm(), MagnesiumForm.class, false);
            oneOf(at + ".vitaminDForm", p.vitaminDForm(), org.carnet.intake.VitaminDForm.class, false);
            range(at + ".magnesiumMg", p.magnesiumMg(), IntakeLimits.PRODUCT_MAGNESIUM_MG_MAX);
            range(at + ".vitaminDMicrograms", p.vitaminDMicrograms(), IntakeLimits.PRODUCT_VITAMIN_D_UG_MAX);
            range(at + ".vitaminK2Micrograms", p.vitaminK2Micrograms(), IntakeLimits.PRODUCT_VITAMIN_K_UG_MAX);
            range(at + ".vitaminK1Micrograms", p.vitaminK1Micrograms(), IntakeLimits.PRODUCT_VITAMIN_K_UG_MAX);
            range(at + ".calciumMg", p.calciumMg(), IntakeLimits.PRODUCT_CALCIUM_MG_MAX);
        }
        Set<Long> medications = new HashSet<>();
        for (int i = 0; i < b.medications().size(); i++) {
            String at = "medications[" + i + "]";
            Backup.MedicationRow m = b.medications().get(i);
            if (m == null) { error(at, REQUIRED); continue; }
            uniqueId(medications, m.id(), at);
            name(at + ".name", m.name());
            oneOf(at + ".medicationClass", m.medicationClass(), MedicationClass.class, true);
        }
        Set<Long> customFoods = new HashSet<>();
        for (int i = 0; i < b.customFoods().size(); i++) {
            String at = "customFoods[" + i + "]";
            Backup.CustomFoodRow f = b.customFoods().get(i);
            if (f == null) { error(at, REQUIRED); continue; }
            uniqueId(customFoods, f.id(), at);
            name(at + ".name", f.name());
            range(at + ".magnesiumMg", f.magnesiumMg(), IntakeLimits.FOOD_MINERAL_MG_PER_100G_MAX);
            range(at + ".calciumMg", f.calciumMg(), IntakeLimits.FOOD_MINERAL_MG_PER_100G_MAX);
            range(at + ".vitaminDMicrograms", f.vitaminDMicrograms(), IntakeLimits.FOOD_VITAMIN_D_UG_PER_100G_MAX);
            range(at + ".vitaminK1Micrograms", f.vitaminK1Micrograms(), IntakeLimits.FOOD_VITAMIN_K_UG_PER_100G_MAX);
            range(at + ".vitaminK2Micrograms", f.vitaminK2Micrograms(), IntakeLimits.FOOD_VITAMIN_K_UG_PER_100G_MAX);
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < b.checkIns().size(); i++) {
            String at = "checkIns[" + i + "]";
            Backup.CheckInRow c = b.checkIns().get(i);
            if (c == null) { error(at, REQUIRED); continue; }
            if (date(at + ".day", c.day()) && !days.add(c.day())) {
                error(at + ".day", "dayTwice", c.day());
            }
            intRange(at + ".crampCount", c.crampCount(), 0, JournalLimits.MAX_EPISODES_PER_DAY);
            intRange(at + ".crampWorstSeverity", c.crampWorstSeverity(), JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX);
            intRange(at + ".sleepQuality", c.sleepQuality(), JournalLimits.SLEEP_QUALITY_MIN,
                    JournalLimits.SLEEP_QUALITY_MAX);
            range(at + ".sleepHours", c.sleepHours(), JournalLimits.SLEEP_HOURS_MAX);
            intRange(at + ".palpitationCount", c.palpitationCount(), 0, JournalLimits.MAX_EPISODES_PER_DAY);
            intRange(at + ".fatigue", c.fatigue(), JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX);
            intRange(at + ".twitching", c.twitching(), JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX);
            intRange(at + ".irritability", c.irritability(), JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX);
            oneOf(at + ".digestion", c.digestion(), Digestion.class, false);
            enumList(at + ".redFlags", c.redFlags(), RedFlag.class);
            intRange(at + ".headacheWorstSeverity", c.headacheWorstSeverity(), JournalLimits.SCALE_MIN,
                    JournalLimits.SCALE_MAX);
            if (c.headacheWorstSeverity() != null && Boolean.FALSE.equals(c.headache())) {
                error(at + ".headacheWorstSeverity", "headacheSeverityWithoutHeadache");
            }
            intRange(at + ".noiseLightSensitivity", c.noiseLightSensitivity(), JournalLimits.SCALE_MIN,
                    JournalLimits.SCALE_MAX);
            if (c.weightKg() != null && (c.weightKg() < JournalLimits.WEIGHT_KG_MIN
                    || c.weightKg() > JournalLimits.WEIGHT_KG_MAX)) {
                error(at + ".weightKg", "range", (int) JournalLimits.WEIGHT_KG_MIN, (int) JournalLimits.WEIGHT_KG_MAX,
                        String.valueOf(c.weightKg()));
            }
            if (TextLength.tooLong(c.notes(), JournalLimits.NOTES_MAX_LENGTH)) {
                error(at + ".notes", "tooLong", JournalLimits.NOTES_MAX_LENGTH,
                        TextLength.counted(c.notes(), JournalLimits.NOTES_MAX_LENGTH));
            }
        }
        Set<Long> episodesIds = new HashSet<>();
        for (int i = 0; i < b.episodes().size(); i++) {
            String at = "episodes[" + i + "]";
            Backup.EpisodeRow e = b.episodes().get(i);
            if (e == null) { error(at, REQUIRED); continue; }
            optionalId(episodesIds, e.id(), at);
            dateTime(at + ".occurredAt", e.occurredAt());
            oneOf(at + ".kind", e.kind(), EpisodeKind.class, true);
            intRange(at + ".durationMinutes", e.durationMinutes(), 0, JournalLimits.EPISODE_DURATION_MAX_MINUTES);
            intRange(at + ".severity", e.severity(), JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX);
            oneOf(at + ".rhythm", e.rhythm(), Rhythm.class, false);
            oneOf(at + ".trigger", e.trigger(), Trigger.class, false);
            enumList(at + ".redFlags", e.redFlags(), RedFlag.class);
        }
        Set<Long> foodIntakesIds = new HashSet<>();
        for (int i = 0; i < b.foodIntakes().size(); i++) {
            String at = "foodIntakes[" + i + "]";
            Backup.FoodIntakeRow f = b.foodIntakes().get(i);
            if (f == null) { error(at, REQUIRED); continue; }
            optionalId(foodIntakesIds, f.id(), at);
            dateTime(at + ".takenAt", f.takenAt());
            foodCode(at + ".foodCode", f.foodCode(), customFoods);
            positive(at + ".grams", f.grams(), IntakeLimits.FOOD_GRAMS_MAX, IntakeLimits.FOOD_GRAMS_DECIMALS);
        }
        Set<Long> supplementIntakesIds = new HashSet<>();
        for (int i = 0; i < b.supplementIntakes().size(); i++) {
            String at = "supplementIntakes[" + i + "]";
            Backup.SupplementIntakeRow s = b.supplementIntakes().get(i);
            if (s == null) { error(at, REQUIRED); continue; }
            optionalId(supplementIntakesIds, s.id(), at);
            dateTime(at + ".takenAt", s.takenAt());
            reference(at + ".productId", s.productId(), products, "products");
            positive(at + ".units", s.units(), IntakeLimits.UNITS_MAX, IntakeLimits.UNITS_DECIMALS);
            if (b.version() >= 5 && s.label() != null) {
                Backup.LabelRow l = s.label();
                range(at + ".label.magnesiumMg", l.magnesiumMg(), IntakeLimits.PRODUCT_MAGNESIUM_MG_MAX);
                range(at + ".label.vitaminDMicrograms", l.vitaminDMicrograms(), IntakeLimits.PRODUCT_VITAMIN_D_UG_MAX);
                range(at + ".label.vitaminK2Micrograms", l.vitaminK2Micrograms(), IntakeLimits.PRODUCT_VITAMIN_K_UG_MAX);
                range(at + ".label.vitaminK1Micrograms", l.vitaminK1Micrograms(), IntakeLimits.PRODUCT_VITAMIN_K_UG_MAX);
                range(at + ".label.calciumMg", l.calciumMg(), IntakeLimits.PRODUCT_CALCIUM_MG_MAX);
            }
        }
        Set<Long> medicationIntakesIds = new HashSet<>();
        for (int i = 0; i < b.medicationIntakes().size(); i++) {
            String at = "medicationIntakes[" + i + "]";
            Backup.MedicationIntakeRow m = b.medicationIntakes().get(i);
            if (m == null) { error(at, REQUIRED); continue; }
            optionalId(medicationIntakesIds, m.id(), at);
            dateTime(at + ".takenAt", m.takenAt());
            reference(at + ".medicationId", m.medicationId(), medications, "medications");
        }
        for (int i = 0; i < b.routine().size(); i++) {
            String at = "routine[" + i + "]";
            Backup.RoutineItemRow r = b.routine().get(i);
            if (r == null) { error(at, REQUIRED); continue; }
            if (r.position() == null) {
                error(at + ".position", REQUIRED);
            }
            if ((r.productId() == null) == (r.medicationId() == null)) {
                error(at, "productOrMedication");
            } else if (r.productId() != null) {
                reference(at + ".productId", r.productId(), products, "products");
                positive(at + ".units", r.units(), IntakeLimits.UNITS_MAX, IntakeLimits.UNITS_DECIMALS);
            } else {
                reference(at + ".medicationId", r.medicationId(), medications, "medications");
                if (r.units() != null) {
                    error(at + ".units", "onlyForProduct");
                }
            }
            if (r.time() == null) {
                error(at + ".time", REQUIRED);
            }
        }
        Set<String> favourites = new HashSet<>();
        for (int i = 0; i < b.favouriteFoods().size(); i++) {
            String at = "favouriteFoods[" + i + "]";
            String code = b.favouriteFoods().get(i);
            if (foodCode(at, code, customFoods) && !favourites.add(code)) {
                error(at, "twice", abbreviate(code));
            }
        }
        Set<Long> protocols = new HashSet<>();
        for (int i = 0; i < b.protocols().size(); i++) {
            String at = "protocols[" + i + "]";
            Backup.ProtocolRow p = b.protocols().get(i);
            if (p == null) { error(at, REQUIRED); continue; }
            uniqueId(protocols, p.id(), at);
            name(at + ".name", p.name());
            boolean started = date(at + ".start", p.start());
            if (p.end() != null && date(at + ".end", p.end()) && started && p.end().isBefore(p.start())) {
                error(at + ".end", "endBeforeStart", p.end(), p.start());
            }
            List<Backup.DoseRow> doses = Backup.orEmpty(p.doses());
            for (int j = 0; j < doses.size(); j++) {
                String dat = at + ".doses[" + j + "]";
                Backup.DoseRow d = doses.get(j);
                if (d == null) { error(dat, REQUIRED); continue; }
                reference(dat + ".productId", d.productId(), products, "products");
                positive(dat + ".units", d.units(), ProtocolValidator.UNITS_MAX, IntakeLimits.UNITS_DECIMALS);
                if (d.time() == null) {
                    error(dat + ".time", REQUIRED);
                }
            }
            question(at + ".question", p.question(), products);
            onOff(at + ".onOff", p.onOff(), p.question() != null);
        }
        if (b.hasLabResults()) {
            labResults(b.labResults());
        }
        if (b.hasOwnSymptoms()) {
            ownSymptoms(b.ownSymptoms(), b.ownSymptomValues(), days);
        }
    }

    /**
     * Version 6: the person's own symptoms (a name unique whatever its case, a kind, at most
     * {@link OwnSymptom#MAX_ACTIVE} in use) and their values, each on a check-in of the file, for a symptom of the
     * file, once per day, within its kind's range.
     */
    private void ownSymptoms(List<Backup.OwnSymptomRow> rows, List<Backup.OwnValueRow> values, Set<LocalDate> days) {
        Map<Long, OwnSymptomKind> kinds = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        int active = 0;
        for (int i = 0; i < rows.size(); i++) {
            String at = "ownSymptoms[" + i + "]";
            Backup.OwnSymptomRow r = rows.get(i);
            if (r == null) { error(at, REQUIRED); continue; }
            uniqueId(ids, r.id(), at);
            if (r.name() == null || r.name().isBlank()) {
                error(at + ".name", REQUIRED);
            } else if (TextLength.tooLong(r.name().strip(), OwnSymptom.NAME_MAX_LENGTH)) {
                error(at + ".name", "tooLong", OwnSymptom.NAME_MAX_LENGTH,
                        TextLength.counted(r.name().strip(), OwnSymptom.NAME_MAX_LENGTH));
            } else if (!names.add(r.name().strip().toLowerCase(java.util.Locale.ROOT))) {
                error(at + ".name", "twice", abbreviate(r.name().strip()));
            }
            oneOf(at + ".kind", r.kind(), OwnSymptomKind.class, true);
            if (r.id() != null && r.kind() != null && isOneOf(r.kind(), OwnSymptomKind.class)) {
                kinds.put(r.id(), OwnSymptomKind.valueOf(r.kind()));
            }
            if (!Boolean.TRUE.equals(r.retired()) && ++active == OwnSymptom.MAX_ACTIVE + 1) {
                error(at + ".retired", "tooManyOwnSymptoms", OwnSymptom.MAX_ACTIVE);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String at = "ownSymptomValues[" + i + "]";
            Backup.OwnValueRow v = values.get(i);
            if (v == null) { error(at, REQUIRED); continue; }
            if (date(at + ".day", v.day()) && !days.contains(v.day())) {
                error(at + ".day", "noCheckIn", v.day());
            }
            reference(at + ".symptomId", v.symptomId(), ids, "ownSymptoms");
            if (v.value() == null) {
                error(at + ".value", REQUIRED);
            } else if (v.symptomId() != null && kinds.containsKey(v.symptomId())) {
                OwnSymptomKind kind = kinds.get(v.symptomId());
                intRange(at + ".value", v.value(), kind.min(), kind.max());
            }
            if (v.day() != null && v.symptomId() != null && !seen.add(v.day() + "/" + v.symptomId())) {
                error(at, "valueTwice", v.day());
            }
        }
    }

    private static <E extends Enum<E>> boolean isOneOf(String value, Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }

    /**
     * Version 4: each laboratory result by the rules of the Results page (LabValidator): a known test and one of its
     * units, a date, a value; nothing negative or a thousand times implausible, the range in order.
     */
    private void labResults(List<Backup.LabResultRow> rows) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "labResults[" + i + "]";
            Backup.LabResultRow r = rows.get(i);
            if (r == null) { error(at, REQUIRED); continue; }
            optionalId(ids, r.id(), at);
            LabTest test = constant(at + ".test", r.test(), LabTest.class);
            LabUnit unit = constant(at + ".unit", r.unit(), LabUnit.class);
            boolean dated = date(at + ".takenOn", r.takenOn());
            if (r.value() == null) {
                error(at + ".value", REQUIRED);
            }
            if (test == null || unit == null || !dated || r.value() == null) {
                continue;
            }
            LabResult result = new LabResult(null, test, r.takenOn(), r.value(), unit, r.rangeLow(), r.rangeHigh());
            for (FieldError e : LabValidator.validate(result, LATEST)) {
                error(at + "." + e.field(), LAB_CODES.getOrDefault(e.code(), "invalid"), e.args().toArray());
            }
        }
    }

    private static final java.util.Map<String, String> LAB_CODES = java.util.Map.of(
            LabValidator.NEGATIVE, "labNegative", LabValidator.IMPLAUSIBLE, "labImplausible",
            LabValidator.UNIT_NOT_FOR_TEST, "labUnit", LabValidator.RANGE_ORDER, "labRangeOrder");

    /** The constant named {@code value}, required; null (and a problem) when absent or not one of them. */
    private <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        oneOf(field, value, type, true);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private void question(String at, Backup.QuestionRow q, Set<Long> products) {
        if (q == null) {
            return;
        }
        oneOf(at + ".symptom", q.symptom(), Symptom.class, true);
        oneOf(at + ".exposure", q.exposure(), Exposure.class, true);
        if (q.lagDays() == null) {
            error(at + ".lagDays", REQUIRED);
        }
        intRange(at + ".lagDays", q.lagDays(), 0, Question.MAX_LAG_DAYS);
        if (Exposure.PRODUCT.name().equals(q.exposure())) {
            reference(at + ".productId", q.productId(), products, "products");
            if (q.threshold() != null) {
                positive(at + ".threshold", q.threshold(), ProtocolValidator.UNITS_MAX, IntakeLimits.UNITS_DECIMALS);
            }
        } else if (Exposure.MAGNESIUM.name().equals(q.exposure())) {
            positive(at + ".threshold", q.threshold(), ProtocolValidator.MAGNESIUM_THRESHOLD_MAX_MG, 2);
        }
    }

    private void onOff(String at, Backup.OnOffRow o, boolean withQuestion) {
        if (o == null) {
            return;
        }
        if (!withQuestion) {
            error(at, "onOffWithoutQuestion");
        }
        if (o.blockDays() == null) {
            error(at + ".blockDays", REQUIRED);
        }
        intRange(at + ".blockDays", o.blockDays(), OnOffPlan.MIN_BLOCK_DAYS, OnOffPlan.MAX_BLOCK_DAYS);
        if (o.schedule() == null) {
            error(at + ".schedule", REQUIRED);
        } else if (!o.schedule().matches("[01]{4,24}") || !OnOffPlan.of(OnOffPlan.MIN_BLOCK_DAYS, o.schedule()).valid()) {
            error(at + ".schedule", "schedule", abbreviate(o.schedule()));
        }
    }

    private void profile(Backup.ProfileRow p) {
        if (p == null) {
            return;
        }
        if (p.name() != null && TextLength.tooLong(p.name().strip(), IntakeLimits.NAME_MAX_LENGTH)) {
            error("profile.name", "tooLong", IntakeLimits.NAME_MAX_LENGTH,
                    TextLength.counted(p.name().strip(), IntakeLimits.NAME_MAX_LENGTH));
        }
        intRange("profile.birthYear", p.birthYear(), 1900, 2100);
        enumList("profile.riskFactors", p.riskFactors(), RiskFactor.class);
        if (p.riskFactors() != null && String.join(",", p.riskFactors()).length() > RISK_FACTORS_MAX_LENGTH) {
            error("profile.riskFactors", "tooMany");
        }
    }

    /** A problem at {@code path} (record and field, as written in the file), in the words of {@code code}. */
    private void error(String path, String code, Object... args) {
        if (problems.size() < MAX_ERRORS) {
            problems.add(ImportProblem.at(path, code, args));
        } else {
            more++;
        }
    }

    private void uniqueId(Set<Long> ids, Long id, String at) {
        if (id == null) {
            error(at + ".id", REQUIRED);
        } else if (id <= 0 || id > MAX_ID) {
            error(at + ".id", "range", 1, MAX_ID, String.valueOf(id));
        } else if (!ids.add(id)) {
            error(at + ".id", "idTwice", id);
        }
    }

    /** Ids of episodes and intakes may be left out (new ones are given); when present, unique and in range. */
    private void optionalId(Set<Long> ids, Long id, String at) {
        if (id != null) {
            uniqueId(ids, id, at);
        }
    }

    private void reference(String field, Long id, Set<Long> ids, String table) {
        if (id == null) {
            error(field, REQUIRED);
        } else if (!ids.contains(id)) {
            error(field, "missingReference", table, id);
        }
    }

    private void name(String field, String name) {
        if (name == null || name.isBlank()) {
            error(field, REQUIRED);
        } else if (TextLength.tooLong(name.strip(), IntakeLimits.NAME_MAX_LENGTH)) {
            error(field, "tooLong", IntakeLimits.NAME_MAX_LENGTH,
                    TextLength.counted(name.strip(), IntakeLimits.NAME_MAX_LENGTH));
        }
    }

    private boolean foodCode(String field, String code, Set<Long> customFoods) {
        if (code == null || code.isBlank()) {
            error(field, REQUIRED);
            return false;
        }
        if (code.length() > FOOD_CODE_MAX_LENGTH) {
            error(field, "tooLong", FOOD_CODE_MAX_LENGTH, code.length());
            return false;
        }
        if (code.startsWith(BackupCodes.CUSTOM_PREFIX)) {
            Long id = BackupCodes.customId(code);
            if (id == null) {
                error(field, "customCode", abbreviate(code));
                return false;
            }
            if (!customFoods.contains(id)) {
                error(field, "missingReference", "customFoods", id);
                return false;
            }
        }
        return true;
    }

    private boolean date(String field, LocalDate day) {
        if (day == null) {
            error(field, REQUIRED);
            return false;
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            error(field, "dateRange", EARLIEST, LATEST, day);
            return false;
        }
        return true;
    }

    private void dateTime(String field, LocalDateTime time) {
        if (time == null) {
            error(field, REQUIRED);
        } else {
            date(field, time.toLocalDate());
        }
    }

    private void intRange(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            error(field, "range", min, max, String.valueOf(value));
        }
    }

    /** Optional, from 0 to max. */
    private void range(String field, Double value, double max) {
        if (value != null && !(value >= 0 && value <= max)) {
            error(field, "range", 0, max, plain(value));
        }
    }

    /** Required, more than 0 (once rounded to the decimals kept) and at most max. */
    private void positive(String field, Double value, double max, int decimals) {
        if (value == null) {
            error(field, REQUIRED);
        } else if (!(value > 0 && value <= max)
                || java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).signum() <= 0) {
            error(field, "positive", max, plain(value));
        }
    }

    private <E extends Enum<E>> void oneOf(String field, String value, Class<E> type, boolean required) {
        if (value == null) {
            if (required) {
                error(field, REQUIRED);
            }
            return;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return;
            }
        }
        error(field, "notOneOf", abbreviate(value), String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    private <E extends Enum<E>> void enumList(String field, List<String> values, Class<E> type) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            oneOf(field + "[" + i + "]", values.get(i), type, true);
            if (values.get(i) != null && !seen.add(values.get(i))) {
                error(field + "[" + i + "]", "twice", abbreviate(values.get(i)));
            }
        }
    }

    /**
     * A number as the file may write it (no grouping, no exponent for ordinary values, locale-free); a huge or tiny
     * one with an exponent ("1E+308"), never its hundreds of digits.
     */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        java.math.BigDecimal number = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        double size = Math.abs(value);
        return size != 0 && (size >= 1e15 || size < 1e-9) ? number.toString() : number.toPlainString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
