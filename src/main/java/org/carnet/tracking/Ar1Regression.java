package org.carnet.tracking;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * The difference a 0/1 exposure makes to a daily score whose days are not independent: the regression
 * {@code y(t) = a + b·x(t) + u(t)} with AR(1) errors, {@code u(t) = φ·u(t−1) + e(t)}. Written out, each day is
 * regressed on yesterday's score: {@code y(t) − φ^g·y(t−g) = a(1 − φ^g) + b(x(t) − φ^g·x(t−g)) + e'(t)}, where g is
 * the gap to the previous recorded day (1 without a gap; an AR(1) is Markov, so a gap only changes the weights and
 * the method is exact with missing days). {@code b} is then the difference between exposed and other days.
 *
 * <p>φ is chosen by restricted maximum likelihood (REML: less biased towards 0 than plain maximum likelihood on a
 * few weeks of days) over a grid from −0.5 to 0.95; the whitened days are then fitted by ordinary least squares
 * (Hipparchus), and the range uses the t distribution with n − 2 degrees of freedom. The calibration benchmark
 * (bench/run.sh calibration, docs/benchmarks.md) checks that this holds its false "better" rate on simulated
 * journals; plain comparisons of means do not.
 */
public final class Ar1Regression {
    static final double PHI_MIN = -0.5;
    static final double PHI_MAX = 0.95;
    static final double PHI_STEP = 0.01;
    /** The power the smallest detectable change is given for (the usual 80 %). */
    static final double DETECTION_POWER = 0.8;

    /**
     * One fit: the estimate of {@code b} and its standard error, the degrees of freedom, the φ chosen and the number
     * of days used.
     */
    public record Fit(double estimate, double standardError, int degreesOfFreedom, double phi, int days) {

        /** The central range holding the true difference with probability {@code level} (e.g. 0.95). */
        public double[] range(double level) {
            double half = quantile(1 - (1 - level) / 2) * standardError;
            return new double[] {estimate - half, estimate + half};
        }

        /** How likely the true difference is below 0, read from the same t distribution (flat prior). */
        public double probabilityBelowZero() {
            if (standardError <= 0) {
                return estimate < 0 ? 1 : estimate > 0 ? 0 : 0.5;
            }
            return new TDistribution(degreesOfFreedom).cumulativeProbability(-estimate / standardError);
        }

        /**
         * The smallest true difference this design would find (range clear of 0 at {@code level}) with
         * {@value #DETECTION_POWER} probability: (t(1 − α/2) + t(power)) × standard error.
         */
        public double detectable(double level) {
            return (quantile(1 - (1 - level) / 2) + quantile(DETECTION_POWER)) * standardError;
        }

        private double quantile(double p) {
            return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(p);
        }
    }

    private Ar1Regression() {
    }

    /**
     * @param day      the day of each value, as increasing integers (e.g. epoch days; gaps allowed)
     * @param y        the values
     * @param exposed  1 on exposed days, 0 on others
     * @return the fit, or null when it cannot be made: fewer than 4 days, every day on one side, or no variation
     *         left once the exposure is accounted for (every value the same)
     */
    public static Fit fit(int[] day, double[] y, double[] exposed) {
        int n = y.length;
        if (n < 4 || day.length != n || exposed.length != n) {
            return null;
        }
        double sumX = 0;
        for (double x : exposed) {
            sumX += x;
        }
        if (sumX < 0.5 || sumX > n - 0.5) {
            return null;
        }
        double bestPhi = 0;
        double best = Double.NEGATIVE_INFINITY;
        int steps = (int) Math.round((PHI_MAX - PHI_MIN) / PHI_STEP);
        for (int i = 0; i <= steps; i++) {
            double phi = PHI_MIN + i * PHI_STEP;
            double value = restrictedLikelihood(day, y, exposed, phi);
            if (value > best) {
                best = value;
                bestPhi = phi;
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            return null;
        }
        return ordinaryLeastSquares(day, y, exposed, bestPhi);
    }

    /** The fit at a given φ (for tests and the benchmark's fixed-φ variants); null as {@link #fit}. */
    static Fit fitAt(int[] day, double[] y, double[] exposed, double phi) {
        return ordinaryLeastSquares(day, y, exposed, phi);
    }

    private static Fit ordinaryLeastSquares(int[] day, double[] y, double[] exposed, double phi) {
        int n = y.length;
        double[] wy = new double[n];
        double[][] wx = new double[n][2];
        whiten(day, y, exposed, phi, wy, wx, null);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        try {
            ols.newSampleData(wy, wx);
            double[] beta = ols.estimateRegressionParameters();
            double ssr = ols.calculateResidualSumOfSquares();
            if (!(ssr > 1e-12 * Math.max(1, n))) {
                return null;
            }
            double[] errors = ols.estimateRegressionParametersStandardErrors();
            return new Fit(beta[1], errors[1], n - 2, phi, n);
        } catch (RuntimeException singular) {
            // A design with one column a multiple of the other after whitening: no estimate.
            return null;
        }
    }

    /**
     * The REML log-likelihood of φ, up to a constant: −(n − 2)/2·log SSR − ½·log|R| − ½·log|X'R⁻¹X|, with SSR the
     * residual sum of squares of the whitened regression (2 columns, solved in closed form: this runs 146 times a
     * fit).
     */
    static double restrictedLikelihood(int[] day, double[] y, double[] exposed, double phi) {
        int n = y.length;
        double[] wy = new double[n];
        double[][] wx = new double[n][2];
        double[] logVariance = new double[1];
        whiten(day, y, exposed, phi, wy, wx, logVariance);
        double s00 = 0;
        double s01 = 0;
        double s11 = 0;
        double t0 = 0;
        double t1 = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            s00 += wx[i][0] * wx[i][0];
            s01 += wx[i][0] * wx[i][1];
            s11 += wx[i][1] * wx[i][1];
            t0 += wx[i][0] * wy[i];
            t1 += wx[i][1] * wy[i];
            yy += wy[i] * wy[i];
        }
        double det = s00 * s11 - s01 * s01;
        if (!(det > 1e-12)) {
            return Double.NEGATIVE_INFINITY;
        }
        double b0 = (s11 * t0 - s01 * t1) / det;
        double b1 = (s00 * t1 - s01 * t0) / det;
        double ssr = yy - b0 * t0 - b1 * t1;
        if (!(ssr > 1e-12 * Math.max(1, n))) {
            return Double.NEGATIVE_INFINITY;
        }
        return -(n - 2) / 2.0 * Math.log(ssr) - 0.5 * logVariance[0] - 0.5 * Math.log(det);
    }

    /**
     * The days made independent for a given φ: the first day scaled by √(1 − φ²), each next one minus φ^g times the
     * previous, divided by the standard deviation of that step, √((1 − φ^2g)/(1 − φ²)) in units of the innovations.
     */
    private static void whiten(int[] day, double[] y, double[] exposed, double phi, double[] wy, double[][] wx,
                               double[] logVariance) {
        double stationary = 1 - phi * phi;
        double first = Math.sqrt(stationary);
        wy[0] = y[0] * first;
        wx[0][0] = first;
        wx[0][1] = exposed[0] * first;
        double logSum = -Math.log(stationary);
        for (int i = 1; i < y.length; i++) {
            int gap = day[i] - day[i - 1];
            double r = Math.pow(phi, gap);
            double variance = (1 - r * r) / stationary;
            double scale = 1 / Math.sqrt(variance);
            wy[i] = (y[i] - r * y[i - 1]) * scale;
            wx[i][0] = (1 - r) * scale;
            wx[i][1] = (exposed[i] - r * exposed[i - 1]) * scale;
            logSum += Math.log(variance);
        }
        if (logVariance != null) {
            logVariance[0] = logSum;
        }
    }
}
