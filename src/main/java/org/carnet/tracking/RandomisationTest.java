package org.carnet.tracking;

import java.util.List;

/**
 * The exact randomisation test of an on/off plan: the difference between the mean of the recorded days of the "on"
 * blocks and that of the "off" blocks, set against the same difference under every schedule the draw could have
 * given (each pair of blocks in either order: 2^pairs schedules, all of them counted, no sampling). The two-sided
 * p-value is the share of schedules whose difference is at least as far from 0 as the one observed; under no effect
 * at all it is exact whatever the autocorrelation of the days, because the schedule was drawn at random.
 *
 * @param observed   mean(on) − mean(off) with the schedule drawn
 * @param p          two-sided p-value, from {@link OnOffPlan#bestPossibleP} to 1
 * @param schedules  how many schedules were counted (2^pairs)
 * @param atLeastAsFar how many of them gave a difference at least as far from 0 (the drawn one included)
 */
public record RandomisationTest(double observed, double p, int schedules, int atLeastAsFar) {
    private static final double TIE = 1e-9;

    /**
     * @param blockValues the recorded values of each block, in block order (an empty list for a block with none)
     * @param on          the schedule drawn (pairs: blocks 2k and 2k+1 hold one on and one off)
     * @return the test, or null when some schedule would leave one side with no recorded day
     */
    public static RandomisationTest of(List<List<Double>> blockValues, List<Boolean> on) {
        int blocks = on.size();
        if (blocks % 2 != 0 || blockValues.size() != blocks) {
            throw new IllegalArgumentException("pairs of blocks expected");
        }
        int pairs = blocks / 2;
        double[] sums = new double[blocks];
        int[] counts = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            for (double v : blockValues.get(b)) {
                sums[b] += v;
                counts[b]++;
            }
        }
        Double observed = difference(sums, counts, on, 0);
        if (observed == null) {
            return null;
        }
        int schedules = 1 << pairs;
        int extreme = 0;
        for (int flips = 0; flips < schedules; flips++) {
            Double d = difference(sums, counts, on, flips);
            if (d == null) {
                return null;
            }
            if (Math.abs(d) >= Math.abs(observed) - TIE) {
                extreme++;
            }
        }
        return new RandomisationTest(observed, (double) extreme / schedules, schedules, extreme);
    }

    /** mean(on) − mean(off) when the pairs whose bit is set in {@code flips} are swapped; null if a side is empty. */
    private static Double difference(double[] sums, int[] counts, List<Boolean> on, int flips) {
        double onSum = 0;
        double offSum = 0;
        int onCount = 0;
        int offCount = 0;
        for (int b = 0; b < on.size(); b++) {
            boolean isOn = on.get(b) ^ ((flips >> (b / 2) & 1) == 1);
            if (isOn) {
                onSum += sums[b];
                onCount += counts[b];
            } else {
                offSum += sums[b];
                offCount += counts[b];
            }
        }
        if (onCount == 0 || offCount == 0) {
            return null;
        }
        return onSum / onCount - offSum / offCount;
    }
}
