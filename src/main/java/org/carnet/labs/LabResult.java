package org.carnet.labs;

import java.time.LocalDate;

/**
 * One laboratory result as the person typed it: the value and the laboratory's reference range (both optional ends,
 * as printed on the report) in {@code unit}. {@code id} is null until stored. Storage keeps the canonical unit.
 */
public record LabResult(Long id, LabTest test, LocalDate takenOn, Double value, LabUnit unit, Double rangeLow,
                        Double rangeHigh) {

    public LabResult withId(long newId) {
        return new LabResult(newId, test, takenOn, value, unit, rangeLow, rangeHigh);
    }

    /** The value in the test's canonical unit. */
    public double canonicalValue() {
        return test.toCanonical(value, unit);
    }

    /** Below the laboratory's own range, when it printed a low end; nothing more is read into it. */
    public boolean belowRange() {
        return rangeLow != null && value < rangeLow;
    }

    /** Above the laboratory's own range, when it printed a high end. */
    public boolean aboveRange() {
        return rangeHigh != null && value > rangeHigh;
    }
}
