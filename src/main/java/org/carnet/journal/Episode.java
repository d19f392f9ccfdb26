package org.carnet.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * One cramp or palpitation, logged with its time. {@code id} is null until stored. Rhythm, trigger and red
 * flags only apply to palpitations; they are null or empty for cramps.
 */
public record Episode(
        Long id,
        LocalDateTime occurredAt,
        EpisodeKind kind,
        Integer durationMinutes,
        Integer severity,
        Rhythm rhythm,
        Trigger trigger,
        Set<RedFlag> redFlags) {

    public Episode {
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
        if (occurredAt != null) {
            occurredAt = occurredAt.withSecond(0).withNano(0);
        }
    }

    public LocalDate day() {
        return occurredAt.toLocalDate();
    }

    public Episode withId(long newId) {
        return new Episode(newId, occurredAt, kind, durationMinutes, severity, rhythm, trigger, redFlags);
    }
}
