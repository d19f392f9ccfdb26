package org.carnet.tracking;

import java.time.LocalTime;

/** One line of a protocol's plan: units of a product at a time of day, every day. */
public record PlannedDose(long productId, double units, LocalTime time) {
}
