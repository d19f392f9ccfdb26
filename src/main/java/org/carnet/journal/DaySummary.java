package org.carnet.journal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One line of the journal list: the key values of a day at a glance. Counts already combine the check-in with
 * the logged episodes (see {@link DayEntry}); null means not recorded.
 */
public record DaySummary(
        LocalDate day,
        boolean hasCheckIn,
        Integer crampCount,
        Integer crampWorstSeverity,
        Integer sleepQuality,
        Double sleepHours,
        Integer palpitationCount,
        Integer fatigue,
        int episodeCount,
        Set<RedFlag> redFlags,
        Boolean headache,
        Integer headacheWorstSeverity,
        int spasmCount,
        Double weightKg,
        Map<Long, Integer> ownValues) {

    public DaySummary {
        redFlags = Set.copyOf(redFlags);
        ownValues = ownValues == null ? Map.of() : Map.copyOf(ownValues);
    }

    /** A line without values of the person's own symptoms. */
    public DaySummary(LocalDate day, boolean hasCheckIn, Integer crampCount, Integer crampWorstSeverity,
                      Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                      int episodeCount, Set<RedFlag> redFlags, Boolean headache, Integer headacheWorstSeverity,
                      int spasmCount, Double weightKg) {
        this(day, hasCheckIn, crampCount, crampWorstSeverity, sleepQuality, sleepHours, palpitationCount, fatigue,
                episodeCount, redFlags, headache, headacheWorstSeverity, spasmCount, weightKg, Map.of());
    }

    /** The same line with the day's values of the person's own symptoms, by symptom id. */
    public DaySummary withOwnValues(Map<Long, Integer> values) {
        return new DaySummary(day, hasCheckIn, crampCount, crampWorstSeverity, sleepQuality, sleepHours,
                palpitationCount, fatigue, episodeCount, redFlags, headache, headacheWorstSeverity, spasmCount,
                weightKg, values);
    }

    /** A line without headache, spasms or weight. */
    public DaySummary(LocalDate day, boolean hasCheckIn, Integer crampCount, Integer crampWorstSeverity,
                      Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                      int episodeCount, Set<RedFlag> redFlags) {
        this(day, hasCheckIn, crampCount, crampWorstSeverity, sleepQuality, sleepHours, palpitationCount, fatigue,
                episodeCount, redFlags, null, null, 0, null);
    }
}
