package org.carnet.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Units of a product taken at a time. {@code dose} is what one unit held when it was taken; null when logging means
 * "as the product's label is now" (the journal stores it so), and it is always given when read back.
 */
public record SupplementIntake(Long id, LocalDateTime takenAt, long productId, double units, LabelDose dose) {
    public SupplementIntake {
        takenAt = takenAt == null ? null : takenAt.withSecond(0).withNano(0);
    }

    public SupplementIntake(Long id, LocalDateTime takenAt, long productId, double units) {
        this(id, takenAt, productId, units, null);
    }

    public LocalDate day() {
        return takenAt.toLocalDate();
    }

    public SupplementIntake withId(long newId) {
        return new SupplementIntake(newId, takenAt, productId, units, dose);
    }
}
