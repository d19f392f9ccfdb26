package org.carnet.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Units of a product taken at a time. */
public record SupplementIntake(Long id, LocalDateTime takenAt, long productId, double units) {
    public SupplementIntake {
        takenAt = takenAt == null ? null : takenAt.withSecond(0).withNano(0);
    }

    public LocalDate day() {
        return takenAt.toLocalDate();
    }

    public SupplementIntake withId(long newId) {
        return new SupplementIntake(newId, takenAt, productId, units);
    }
}
