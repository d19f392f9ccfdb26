package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.*;

/**
 * One symptom over a protocol: its baseline mean, the mean of each window so far, the mean of the last 7 days, and
 * how the last 7 days compare with the baseline. Any mean may be "not enough data" ({@link Measure#hasValue()}).
 *
 * <p>{@code changePercent} is the change of the last-7 mean against the baseline mean, in % of the baseline
 * (negative when the value fell); null when either mean is missing or the baseline mean is 0. {@code
 * absoluteChange} is the difference of the two means (last 7 − baseline), null when either is missing: the
 * screen shows it when there is no percentage (a baseline of 0, e.g. no cramps before the start). {@code
 * persisting} is true when the symptom is still present and has not improved by {@link
 * TrackingThresholds#CLEAR_CHANGE_PERCENT} (see {@link #isPersisting}); it is computed whatever the day, and only
 * turned into a finding from day {@link TrackingThresholds#PERSISTENCE_FIRST_DAY}.
 *
 * <p>{@code direction}, the change word shown beside the means, is made from the means by {@link #of} (the 30 %
 * comparison); a {@link TrackingReport} replaces it with the protocol's effect estimate's verdict ({@link
 * #direction(Effect)}), so that noise in the last 7 days is never called an improvement.
 */
public record SymptomSummary(Tracked symptom, Measure baseline, Measure weeks1to3, Measure weeks4to8, Measure last7,
                             Double changePercent, Double absoluteChange, Direction direction, boolean persisting) {

    /**
     * True when something was recorded for this symptom around the protocol (baseline, windows or last 7 days). A
     * symptom counted only from logged episodes ({@link Symptom#fromEpisodesOnly()}: major spasms) is tracked once one
     * was logged: before that its zeros are inferred, not recorded, and comparing them would only widen the others'
     * ranges for the number of comparisons.
     */
    public boolean tracked() {
        boolean recorded = baseline.recordedDays() + weeks1to3.recordedDays() + weeks4to8.recordedDays()
                + last7.recordedDays() > 0;
        if (!recorded || !symptom.fromEpisodesOnly()) {
            return recorded;
        }
        return positive(baseline) || positive(weeks1to3) || positive(weeks4to8) || positive(last7);
    }

    private static boolean positive(Measure measure) {
        return measure.mean() != null && measure.mean() > 0;
    }

    static SymptomSummary of(Tracked symptom, Measure baseline, Measure weeks1to3, Measure weeks4to8,
                             Measure last7) {
        Double base = baseline.mean();
        Double recent = last7.mean();
        Double percent = changePercent(base, recent);
        Double absolute = base == null || recent == null ? null : recent - base;
        Direction direction = direction(symptom, base, recent);
        return new SymptomSummary(symptom, baseline, weeks1to3, weeks4to8, last7, percent, absolute, direction,
                isPersisting(symptom, base, recent));
    }

    /** The same summary with another change word. */
    public SymptomSummary withDirection(Direction word) {
        return new SymptomSummary(symptom, baseline, weeks1to3, weeks4to8, last7, changePercent, absoluteChange, word,
                persisting);
    }

    /**
     * The change word from an effect estimate: its verdict judged against its range ({@link Verdict#direction()}),
     * NOT_ENOUGH_DATA when there is no estimate yet.
     */
    public static Direction direction(Effect effect) {
        return effect == null || !effect.hasEstimate() ? Direction.NOT_ENOUGH_DATA : effect.verdict().direction();
    }

    /** (recent − base) / base in %, or null when either is missing or the base is 0. */
    public static Double changePercent(Double base, Double recent) {
        if (base == null || recent == null || Math.abs(base) < EPSILON) {
            return null;
        }
        return (recent - base) / base * 100;
    }

    /**
     * BETTER when the last-7 mean moved at least 30 % of the baseline in the good direction, WORSE when it moved at
     * least 30 % the other way. With a baseline of 0 (only possible for symptoms where lower is better; sleep
     * quality starts at 1) there is no percentage: still 0 is NO_CLEAR_CHANGE, a mean of at least
     * {@link TrackingThresholds#ZERO_BASELINE_WORSE_MEAN} is WORSE, anything in between NO_CLEAR_CHANGE.
     */
    public static Direction direction(Tracked symptom, Double base, Double recent) {
        if (base == null || recent == null) {
            return Direction.NOT_ENOUGH_DATA;
        }
        Double percent = changePercent(base, recent);
        if (percent == null) {
            // A rise from 0 is an improvement for a symptom where higher is better (an own one: "walked").
            Direction rise = symptom.higherIsBetter() ? Direction.BETTER : Direction.WORSE;
            return recent >= ZERO_BASELINE_WORSE_MEAN - EPSILON ? rise : Direction.NO_CLEAR_CHANGE;
        }
        double improvement = symptom.higherIsBetter() ? percent : -percent;
        if (improvement >= CLEAR_CHANGE_PERCENT - EPSILON) {
            return Direction.BETTER;
        }
        return improvement <= -CLEAR_CHANGE_PERCENT + EPSILON ? Direction.WORSE : Direction.NO_CLEAR_CHANGE;
    }

    /**
     * Still present over the last 7 days: a mean above 0, or for sleep quality a mean of at most
     * {@link TrackingThresholds#POOR_SLEEP_AT_MOST} (poor sleep). Null when there is no last-7 mean.
     */
    public static Boolean present(Tracked symptom, Double recent) {
        if (recent == null) {
            return null;
        }
        return symptom.higherIsBetter() ? recent <= POOR_SLEEP_AT_MOST + EPSILON : recent > EPSILON;
    }

    /**
     * Persisting: both means known, the symptom still present, and not BETTER. A symptom absent at baseline and
     * present now persists too (it cannot have improved); never with "not enough data".
     */
    public static boolean isPersisting(Tracked symptom, Double base, Double recent) {
        Direction direction = direction(symptom, base, recent);
        return direction != Direction.NOT_ENOUGH_DATA && direction != Direction.BETTER
                && Boolean.TRUE.equals(present(symptom, recent));
    }
}
