package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.EPSILON;

/**
 * What an estimate and its range say, against Carnet's 30 % reading of a clear change
 * ({@link TrackingThresholds#CLEAR_CHANGE_PERCENT} of the reference mean, the "band" either side of 0).
 * BETTER: the whole range lies on the better side of 0 and the estimate reaches the band. WORSE: the same on the
 * worse side. LITTLE_CHANGE: the whole range lies inside the band (any change is smaller than a clear one).
 * NO_CLEAR_CHANGE_YET: anything else (the range is too wide to tell). NOT_ENOUGH_DATA: no estimate yet. Never "not
 * working" or "cured": a range says how large a change the days are compatible with, not why.
 */
public enum Verdict {
    BETTER,
    WORSE,
    LITTLE_CHANGE,
    NO_CLEAR_CHANGE_YET,
    NOT_ENOUGH_DATA;

    /**
     * @param band the clear-change threshold in the symptom's units (positive)
     */
    public static Verdict judge(Tracked symptom, double estimate, double low, double high, double band) {
        // Improvement is a fall, except for sleep quality: turn everything into "how much better".
        double better = symptom.higherIsBetter() ? estimate : -estimate;
        double betterLow = symptom.higherIsBetter() ? low : -high;
        double betterHigh = symptom.higherIsBetter() ? high : -low;
        if (betterLow > 0 && better >= band - EPSILON) {
            return BETTER;
        }
        if (betterHigh < 0 && -better >= band - EPSILON) {
            return WORSE;
        }
        if (betterLow > -band && betterHigh < band) {
            return LITTLE_CHANGE;
        }
        return NO_CLEAR_CHANGE_YET;
    }

    /** The older three-way reading of the same verdict, for the summary's change column. */
    public Direction direction() {
        return switch (this) {
            case BETTER -> Direction.BETTER;
            case WORSE -> Direction.WORSE;
            case LITTLE_CHANGE, NO_CLEAR_CHANGE_YET -> Direction.NO_CLEAR_CHANGE;
            case NOT_ENOUGH_DATA -> Direction.NOT_ENOUGH_DATA;
        };
    }
}
