package org.carnet.journal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a person felt on one day. Every symptom field is nullable: {@code null} means "not recorded", which is
 * different from 0 ("recorded, none"). {@code headache} is the yes/no of the day (headache or migraine), with
 * its worst severity 0–10 when there was one; {@code weightKg} is optional on any day. {@code ownValues} holds the
 * values of the person's own symptoms ({@link OwnSymptom}) by symptom id; a missing id is not recorded.
 */
public record CheckIn(
        LocalDate day,
        Integer crampCount,
        Integer crampWorstSeverity,
        Boolean crampsAtNight,
        Integer sleepQuality,
        Double sleepHours,
        Integer palpitationCount,
        Integer fatigue,
        Integer twitching,
        Integer irritability,
        Digestion digestion,
        Set<RedFlag> redFlags,
        String notes,
        Boolean headache,
        Integer headacheWorstSeverity,
        Integer noiseLightSensitivity,
        Double weightKg,
        Map<Long, Integer> ownValues) {

    public CheckIn {
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        ownValues = recorded(ownValues);
    }

    /** A check-in without values for the person's own symptoms. */
    public CheckIn(LocalDate day, Integer crampCount, Integer crampWorstSeverity, Boolean crampsAtNight,
                   Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                   Integer twitching, Integer irritability, Digestion digestion, Set<RedFlag> redFlags,
                   String notes, Boolean headache, Integer headacheWorstSeverity, Integer noiseLightSensitivity,
                   Double weightKg) {
        this(day, crampCount, crampWorstSeverity, crampsAtNight, sleepQuality, sleepHours, palpitationCount, fatigue,
                twitching, irritability, digestion, redFlags, notes, headache, headacheWorstSeverity,
                noiseLightSensitivity, weightKg, Map.of());
    }

    /** A check-in without the headache, sensitivity and weight fields (added later; they stay not recorded). */
    public CheckIn(LocalDate day, Integer crampCount, Integer crampWorstSeverity, Boolean crampsAtNight,
                   Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                   Integer twitching, Integer irritability, Digestion digestion, Set<RedFlag> redFlags,
                   String notes) {
        this(day, crampCount, crampWorstSeverity, crampsAtNight, sleepQuality, sleepHours, palpitationCount, fatigue,
                twitching, irritability, digestion, redFlags, notes, null, null, null, null);
    }

    /** A check-in with nothing recorded yet. */
    public static CheckIn empty(LocalDate day) {
        return new CheckIn(day, null, null, null, null, null, null, null, null, null, null, Set.of(), null);
    }

    /** The same day with the headache, noise/light sensitivity and weight fields set. */
    public CheckIn withSigns(Boolean newHeadache, Integer newHeadacheSeverity, Integer newSensitivity,
                             Double newWeightKg) {
        return new CheckIn(day, crampCount, crampWorstSeverity, crampsAtNight, sleepQuality, sleepHours,
                palpitationCount, fatigue, twitching, irritability, digestion, redFlags, notes, newHeadache,
                newHeadacheSeverity, newSensitivity, newWeightKg, ownValues);
    }

    /**
     * The same day with these values of the person's own symptoms, by symptom id (a symptom without a value is not
     * recorded that day).
     */
    public CheckIn withOwnValues(Map<Long, Integer> values) {
        return new CheckIn(day, crampCount, crampWorstSeverity, crampsAtNight, sleepQuality, sleepHours,
                palpitationCount, fatigue, twitching, irritability, digestion, redFlags, notes, headache,
                headacheWorstSeverity, noiseLightSensitivity, weightKg, values);
    }

    /** The day's value of an own symptom, or null when it was not recorded. */
    public Integer ownValue(long symptomId) {
        return ownValues.get(symptomId);
    }

    private static Map<Long, Integer> recorded(Map<Long, Integer> values) {
        TreeMap<Long, Integer> kept = new TreeMap<>();
        if (values != null) {
            values.forEach((id, value) -> {
                if (id != null && value != null) {
                    kept.put(id, value);
                }
            });
        }
        return Collections.unmodifiableMap(kept);
    }

    public boolean hasRedFlag() {
        return !redFlags.isEmpty();
    }
}
