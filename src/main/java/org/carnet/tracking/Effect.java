package org.carnet.tracking;

import java.time.LocalDate;

/**
 * One comparison of a symptom: the days with the exposure against the other days ({@link Question}), estimated by
 * {@link Ar1Regression} (the difference exposed − other, in the symptom's units: negative means lower), with its
 * range at {@code level} (0.95 for the declared question; higher for exploratory ones, corrected for how many are
 * shown), and what it says ({@link Verdict}).
 *
 * <p>{@code referenceMean} is the mean of the other days (the baseline, for the protocol's days); {@code band} is
 * the clear-change threshold in the symptom's units (30 % of it; {@link TrackingThresholds#ZERO_BASELINE_WORSE_MEAN}
 * when it is 0). {@code fit} is null with too few days; {@code shortfall} then says what is missing, and {@code
 * detectable} the smallest change the days so far could find, when they allow a rough fit at all. {@code earlier}
 * is set when the baseline was worse than the weeks before it (regression to the mean).
 */
public record Effect(Question question, boolean declared, Verdict verdict, int daysWith, int daysWithout,
                     Double referenceMean, double band, Ar1Regression.Fit fit, double level, Shortfall shortfall,
                     Double detectable, EarlierWeeks earlier) {

    /** What the comparison still lacks: days with and without the exposure, and whether those can still come. */
    public record Shortfall(int moreDaysWith, int moreDaysWithout, boolean withoutCanGrow) {
    }

    /**
     * The weeks logged before the baseline ({@code from}–{@code to}), their mean and recorded days, against the
     * baseline mean: set only when the baseline was worse by at least the clear-change band.
     */
    public record EarlierWeeks(LocalDate from, LocalDate to, int recordedDays, double mean, double baselineMean) {
    }

    public Tracked symptom() {
        return question.symptom();
    }

    public boolean hasEstimate() {
        return fit != null && verdict != Verdict.NOT_ENOUGH_DATA;
    }

    public double estimate() {
        return fit.estimate();
    }

    public double low() {
        return fit.range(level)[0];
    }

    public double high() {
        return fit.range(level)[1];
    }

    /**
     * The two sides' levels explain every recorded day exactly (constant days, or a clean step): the difference is
     * known exactly, with a zero-width range, and a "how likely" or "smallest detectable change" means nothing.
     */
    public boolean exact() {
        return fit != null && fit.standardError() == 0;
    }

    /** How likely the symptom is better with the exposure: lower, or higher for sleep quality (0–1). */
    public double probabilityBetter() {
        double lower = fit.probabilityBelowZero();
        return symptom().higherIsBetter() ? 1 - lower : lower;
    }

    /** The estimate in % of the reference mean; null when that mean is 0. */
    public Double estimatePercent() {
        return referenceMean == null || Math.abs(referenceMean) < TrackingThresholds.EPSILON ? null
                : 100 * fit.estimate() / referenceMean;
    }
}
