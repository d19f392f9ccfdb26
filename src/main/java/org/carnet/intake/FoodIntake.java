package org.carnet.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A food eaten: its code (Ciqual or custom), the amount in grams (ml for drinks) and the time. */
public record FoodIntake(Long id, LocalDateTime takenAt, String foodCode, double grams) {
    public FoodIntake {
        takenAt = takenAt == null ? null : takenAt.withSecond(0).withNano(0);
    }

    public LocalDate day() {
        return takenAt.toLocalDate();
    }

    public FoodIntake withId(long newId) {
        return new FoodIntake(newId, takenAt, foodCode, grams);
    }
}
