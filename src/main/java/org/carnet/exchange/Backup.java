package org.carnet.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The whole journal, table by table, as it goes into a backup file (docs/backup-format.md). Rows, not domain records:
 * enums stay strings and every field is nullable so that a file from elsewhere can be read completely and then
 * validated field by field ({@link BackupValidator}) before anything is written.
 */
public record Backup(
        String format,
        Integer version,
        ProfileRow profile,
        List<ProductRow> products,
        List<MedicationRow> medications,
        List<CustomFoodRow> customFoods,
        List<CheckInRow> checkIns,
        List<EpisodeRow> episodes,
        List<FoodIntakeRow> foodIntakes,
        List<SupplementIntakeRow> supplementIntakes,
        List<MedicationIntakeRow> medicationIntakes,
        List<RoutineItemRow> routine,
        List<String> favouriteFoods,
        List<ProtocolRow> protocols,
        List<LabResultRow> labResults,
        List<OwnSymptomRow> ownSymptoms,
        List<OwnValueRow> ownSymptomValues) {

    public static final String FORMAT = "carnet-backup";
    /**
     * 2 added the protocols' declared question and on/off schedule; 3 the check-in's headache, noise/light
     * sensitivity and weight and the SPASM episode kind; 4 the laboratory results; 5 the dose each supplement
     * intake was logged with; 6 the person's own symptoms and their values, and a product's vitamin D form. Every
     * older version still imports.
     */
    public static final int VERSION = 6;
    /**
     * The first version with {@link #ownSymptoms()} and {@link #ownSymptomValues()}; an older file has none (and a
     * replace keeps the journal's own symptoms, whose values go with the check-ins it replaces).
     */
    public static final int OWN_SYMPTOMS_SINCE = 6;
    /** The first version with {@link #labResults()}; an older file has none (and a replace keeps the journal's). */
    public static final int LAB_RESULTS_SINCE = 4;

    /** A backup without laboratory results (as every file before version 4). */
    public Backup(String format, Integer version, ProfileRow profile, List<ProductRow> products,
                  List<MedicationRow> medications, List<CustomFoodRow> customFoods, List<CheckInRow> checkIns,
                  List<EpisodeRow> episodes, List<FoodIntakeRow> foodIntakes,
                  List<SupplementIntakeRow> supplementIntakes, List<MedicationIntakeRow> medicationIntakes,
                  List<RoutineItemRow> routine, List<String> favouriteFoods, List<ProtocolRow> protocols) {
        this(format, version, profile, products, medications, customFoods, checkIns, episodes, foodIntakes,
                supplementIntakes, medicationIntakes, routine, favouriteFoods, protocols, null);
    }

    /** A backup without the person's own symptoms (as every file before version 6). */
    public Backup(String format, Integer version, ProfileRow profile, List<ProductRow> products,
                  List<MedicationRow> medications, List<CustomFoodRow> customFoods, List<CheckInRow> checkIns,
                  List<EpisodeRow> episodes, List<FoodIntakeRow> foodIntakes,
                  List<SupplementIntakeRow> supplementIntakes, List<MedicationIntakeRow> medicationIntakes,
                  List<RoutineItemRow> routine, List<String> favouriteFoods, List<ProtocolRow> protocols,
                  List<LabResultRow> labResults) {
        this(format, version, profile, products, medications, customFoods, checkIns, episodes, foodIntakes,
                supplementIntakes, medicationIntakes, routine, favouriteFoods, protocols, labResults, null, null);
    }

    /** True when the file's version has the own symptoms and their values (version 6 on). */
    public boolean hasOwnSymptoms() {
        return version != null && version >= OWN_SYMPTOMS_SINCE;
    }

    /** True when the file's version has the laboratory results table (version 4 on). */
    public boolean hasLabResults() {
        return version != null && version >= LAB_RESULTS_SINCE;
    }

    /** Lists never null (a file may leave a table out). */
    public Backup {
        products = orEmpty(products);
        medications = orEmpty(medications);
        customFoods = orEmpty(customFoods);
        checkIns = orEmpty(checkIns);
        episodes = orEmpty(episodes);
        foodIntakes = orEmpty(foodIntakes);
        supplementIntakes = orEmpty(supplementIntakes);
        medicationIntakes = orEmpty(medicationIntakes);
        routine = orEmpty(routine);
        favouriteFoods = orEmpty(favouriteFoods);
        protocols = orEmpty(protocols);
        labResults = orEmpty(labResults);
        ownSymptoms = orEmpty(ownSymptoms);
        ownSymptomValues = orEmpty(ownSymptomValues);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record ProfileRow(String name, Integer birthYear, List<String> riskFactors) {
    }

    /**
     * vitaminDForm (version 6): D3, D2 or UNKNOWN as chosen in the product editor; null in older files (and for a
     * product without vitamin D), the form is then read from the name as before.
     */
    public record ProductRow(Long id, String name, String magnesiumForm, Double magnesiumMg, Double vitaminDMicrograms,
                             Double vitaminK2Micrograms, Double vitaminK1Micrograms, Double calciumMg,
                             Boolean archived, String vitaminDForm) {
        /** A product row as in every file before version 6: no vitamin D form. */
        public ProductRow(Long id, String name, String magnesiumForm, Double magnesiumMg, Double vitaminDMicrograms,
                          Double vitaminK2Micrograms, Double vitaminK1Micrograms, Double calciumMg, Boolean archived) {
            this(id, name, magnesiumForm, magnesiumMg, vitaminDMicrograms, vitaminK2Micrograms, vitaminK1Micrograms,
                    calciumMg, archived, null);
        }
    }

    public record MedicationRow(Long id, String name, String medicationClass, Boolean archived) {
    }

    /** Per 100 g. */
    public record CustomFoodRow(Long id, String name, Boolean drink, Double magnesiumMg, Double calciumMg,
                                Double vitaminDMicrograms, Double vitaminK1Micrograms, Double vitaminK2Micrograms) {
    }

    /** headache, headacheWorstSeverity, noiseLightSensitivity and weightKg came with version 3 (null before). */
    public record CheckInRow(LocalDate day, Integer crampCount, Integer crampWorstSeverity, Boolean crampsAtNight,
                             Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                             Integer twitching, Integer irritability, String digestion, List<String> redFlags,
                             String notes, Boolean headache, Integer headacheWorstSeverity,
                             Integer noiseLightSensitivity, Double weightKg) {
        public CheckInRow(LocalDate day, Integer crampCount, Integer crampWorstSeverity, Boolean crampsAtNight,
                          Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                          Integer twitching, Integer irritability, String digestion, List<String> redFlags,
                          String notes) {
            this(day, crampCount, crampWorstSeverity, crampsAtNight, sleepQuality, sleepHours, palpitationCount,
                    fatigue, twitching, irritability, digestion, redFlags, notes, null, null, null, null);
        }
    }

    public record EpisodeRow(Long id, LocalDateTime occurredAt, String kind, Integer durationMinutes,
                             Integer severity, String rhythm, String trigger, List<String> redFlags) {
    }

    /** foodCode: a Ciqual code, or "custom:&lt;customFoods id&gt;". */
    public record FoodIntakeRow(Long id, LocalDateTime takenAt, String foodCode, Double grams) {
    }

    /** label (version 5): what one unit held when taken; null in older files, the product's label is then used. */
    public record SupplementIntakeRow(Long id, LocalDateTime takenAt, Long productId, Double units, LabelRow label) {
        public SupplementIntakeRow(Long id, LocalDateTime takenAt, Long productId, Double units) {
            this(id, takenAt, productId, units, null);
        }
    }

    /** Per unit, as on the label: the dose an intake was logged with. */
    public record LabelRow(Double magnesiumMg, Double vitaminDMicrograms, Double vitaminK2Micrograms,
                           Double vitaminK1Micrograms, Double calciumMg) {
    }

    public record MedicationIntakeRow(Long id, LocalDateTime takenAt, Long medicationId) {
    }

    /** Exactly one of productId and medicationId; units only with a product. */
    public record RoutineItemRow(Integer position, Long productId, Long medicationId, Double units, LocalTime time) {
    }

    /** question and onOff are null for a protocol without them (and in every version 1 file). */
    public record ProtocolRow(Long id, String name, LocalDate start, LocalDate end, List<DoseRow> doses,
                              QuestionRow question, OnOffRow onOff) {
        public ProtocolRow(Long id, String name, LocalDate start, LocalDate end, List<DoseRow> doses) {
            this(id, name, start, end, doses, null, null);
        }
    }

    /** The declared question: symptom and exposure by enum name, the product for PRODUCT, threshold, lag 0–1. */
    public record QuestionRow(String symptom, String exposure, Long productId, Double threshold, Integer lagDays) {
    }

    /** An on/off schedule: the block length and one character per block, '1' on, '0' off. */
    public record OnOffRow(Integer blockDays, String schedule) {
    }

    public record DoseRow(Long productId, Double units, LocalTime time) {
    }

    /**
     * Version 4. One laboratory result as typed: {@code value} and the laboratory's range in {@code unit} (enum
     * names of LabTest and LabUnit); rangeLow and rangeHigh null when the report printed none.
     */
    public record LabResultRow(Long id, String test, LocalDate takenOn, Double value, String unit, Double rangeLow,
                               Double rangeHigh) {
    }

    /** Version 6. One of the person's own symptoms: kind by enum name (SCALE, COUNT, YES_NO). */
    public record OwnSymptomRow(Long id, String name, String kind, Boolean higherIsBetter, Boolean retired) {
    }

    /** Version 6. A check-in's value for an own symptom: 0–10, 0–50 or 1/0 by the symptom's kind. */
    public record OwnValueRow(LocalDate day, Long symptomId, Integer value) {
    }
}
