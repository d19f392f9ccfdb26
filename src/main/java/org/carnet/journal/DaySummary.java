package org.carnet.journal;

import java.time.LocalDate;
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
        Double weightKg) {

    public DaySummary {
        redFlags = Set.copyOf(redFlags);
    }

    /** A line without headache, spasms or weight. */
    public DaySummary(LocalDate day, boolean hasCheckIn, Integer crampCount, Integer crampWorstSeverity,
                      Integer sleepQuality, Double sleepHours, Integer palpitationCount, Integer fatigue,
                      int episodeCount, Set<RedFlag> redFlags) {
        this(day, hasCheckIn, crampCount, crampWorstSeverity, sleepQuality, sleepHours, palpitationCount, fatigue,
                episodeCount, redFlags, null, null, 0, null);
    }
}
