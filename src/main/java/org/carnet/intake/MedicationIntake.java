package org.carnet.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A medication taken at a time. */
public record MedicationIntake(Long id, LocalDateTime takenAt, long medicationId) {
    public MedicationIntake {
        takenAt = takenAt == null ? null : takenAt.withSecond(0).withNano(0);
    }

    public LocalDate day() {
        return takenAt.toLocalDate();
    }

    public MedicationIntake withId(long newId) {
        return new MedicationIntake(newId, takenAt, medicationId);
    }
}
