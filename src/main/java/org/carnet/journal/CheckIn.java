package org.carnet.journal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a person felt on one day. Every symptom field is nullable: {@code null} means "not recorded", which is
 * different from 0 ("recorded, none").
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
        String notes) {

    public CheckIn {
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** A check-in with nothing recorded yet. */
    public static CheckIn empty(LocalDate day) {
        return new CheckIn(day, null, null, null, null, null, null, null, null, null, null, Set.of(), null);
    }

    public boolean hasRedFlag() {
        return !redFlags.isEmpty();
    }
}
