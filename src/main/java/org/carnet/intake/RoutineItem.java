package org.carnet.intake;

import java.time.LocalTime;

/** One line of "my usual": a product (with units) or a medication, at a time of day. */
public record RoutineItem(Long productId, Long medicationId, Double units, LocalTime time) {
    public RoutineItem {
        if ((productId == null) == (medicationId == null)) {
            throw new IllegalArgumentException("A routine item is a product or a medication");
        }
    }

    public static RoutineItem product(long productId, double units, LocalTime time) {
        return new RoutineItem(productId, null, units, time);
    }

    public static RoutineItem medication(long medicationId, LocalTime time) {
        return new RoutineItem(null, medicationId, null, time);
    }
}
