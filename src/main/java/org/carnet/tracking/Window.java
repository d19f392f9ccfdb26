package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.*;

import org.carnet.guidance.Fact;

/**
 * Where a day falls relative to a protocol, in protocol day numbers (day 1 = start date). The baseline window is
 * the 14 calendar days before the start; days further back are also "before" ({@link #of} returns BASELINE).
 */
public enum Window {
    BASELINE(1 - BASELINE_CALENDAR_DAYS, 0, WEEKS_1_3_FACT),
    WEEKS_1_3(WEEKS_1_3_FIRST_DAY, WEEKS_1_3_LAST_DAY, WEEKS_1_3_FACT),
    WEEKS_4_8(WEEKS_4_8_FIRST_DAY, WEEKS_4_8_LAST_DAY, WEEKS_4_8_FACT),
    AFTER(WEEKS_4_8_LAST_DAY + 1, Integer.MAX_VALUE, WEEKS_4_8_FACT);

    private final int firstDay;
    private final int lastDay;
    private final Fact fact;

    Window(int firstDay, int lastDay, Fact fact) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.fact = fact;
    }

    /** First protocol day number of the window (inclusive). */
    public int firstDay() {
        return firstDay;
    }

    /** Last protocol day number of the window (inclusive); {@link Integer#MAX_VALUE} for AFTER. */
    public int lastDay() {
        return lastDay;
    }

    /** The fact the window comes from; the baseline is what the 1–3 week improvement is measured against. */
    public Fact fact() {
        return fact;
    }

    public static Window of(int dayNumber) {
        if (dayNumber < WEEKS_1_3.firstDay) {
            return BASELINE;
        }
        if (dayNumber <= WEEKS_1_3.lastDay) {
            return WEEKS_1_3;
        }
        return dayNumber <= WEEKS_4_8.lastDay ? WEEKS_4_8 : AFTER;
    }
}
