package org.carnet.tracking;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The difference a 0/1 exposure makes to a daily score whose days are not independent: the regression
 * {@code y(t) = a + b·x(t) + u(t)} with AR(1) errors, {@code u(t) = φ·u(t−1) + e(t)}, and no lagged score among the
 * regressors. {@code b} is the level difference between exposed and other days, estimated by ordinary least squares:
 * for a 0/1 exposure exactly the mean of the exposed days minus the mean of the others. Least squares stays unbiased
 * whatever the errors do; a GLS estimate would weigh the days around each switch most heavily as φ nears 1, and on a
 * change that builds up over a week it then reports little more than the first day's move.
 *
 * <p>The days' dependence enters the range. φ is chosen by restricted maximum likelihood (REML: less biased
 * towards 0 than plain maximum likelihood on a few weeks of days) over a grid from −0.5 to 0.95, with the gap to
 * the previous recorded day taken into account (an AR(1) is Markov: missing days only change the weights). The
 * innovation variance σ² is the REML fit's residual sum of squares over n − 2, and the standard error of {@code b}
 * is the exact one of least squares under those AR(1) errors, {@code σ²·[(X'X)⁻¹ X'VX (X'X)⁻¹]} with V the
 * correlation of the days ({@code φ^|gap|/(1 − φ²)}); the range uses the t distribution with n − 2 degrees of
 * freedom. The calibration benchmark (bench/run.sh calibration, docs/benchmarks.md) checks that this holds its false
 * "better" rate on simulated journals; plain comparisons of means with independent-day ranges do not.
 *
 * <p>When the two levels explain every day exactly (constant days, or a clean step at the switch), the difference
 * is known exactly: the fit gives it with a standard error of 0 and a zero-width range.
 */
public final class Ar1Regression {
    static final double PHI_MIN = -0.5;
    static final double PHI_MAX = 0.95;
    static final double PHI_STEP = 0.01;
    /** The power the smallest detectable change is given for (the usual 80 %). */
    static final double DETECTION_POWER = 0.8;
    /** Residuals below this share of the sum of squares are rounding: the two levels fit every day exactly. */
    static final double EXACT = 1e-12;

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
     * @return the fit, or null when it cannot be made: fewer than 4 days or every day on one side; when the two
     *         levels fit every day exactly, the exact difference with a standard error of 0
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
        double[] beta = leastSquares(y, exposed);
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - beta[0] - beta[1] * exposed[i];
            ssr += residual * residual;
        }
        if (!(ssr > EXACT * Math.max(1, sumOfSquares(y)))) {
            return new Fit(beta[1], 0, n - 2, 0, n);
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
        return fitAt(day, y, exposed, bestPhi);
    }

    /**
     * The fit at a given φ (for tests and the benchmark's fixed-φ variants): the least-squares difference and its
     * standard error under AR(1) errors with that φ; null as {@link #fit}.
     */
    static Fit fitAt(int[] day, double[] y, double[] exposed, double phi) {
        int n = y.length;
        double[] beta = leastSquares(y, exposed);
        if (beta == null) {
            return null;
        }
        double innovation = innovationVariance(day, y, exposed, phi);
        if (Double.isNaN(innovation)) {
            return new Fit(beta[1], 0, n - 2, phi, n);
        }
        // c = the row of (X'X)⁻¹ that gives b: b = Σ c(i)·y(i), with c(i) = (x(i) − x̄) / Σ(x − x̄)².
        double meanX = 0;
        for (double x : exposed) {
            meanX += x;
        }
        meanX /= n;
        double sxx = 0;
        for (double x : exposed) {
            sxx += (x - meanX) * (x - meanX);
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = (exposed[i] - meanX) / sxx;
        }
        double[] vc = correlated(day, c, phi);
        double variance = 0;
        for (int i = 0; i < n; i++) {
            variance += c[i] * vc[i];
        }
        return new Fit(beta[1], Math.sqrt(Math.max(0, innovation * variance)), n - 2, phi, n);
    }

    /** Intercept and slope of y on a 0/1 exposure (the two means); null when every day is on one side. */
    private static double[] leastSquares(double[] y, double[] exposed) {
        double sumWith = 0;
        double sumWithout = 0;
        int with = 0;
        for (int i = 0; i < y.length; i++) {
            if (exposed[i] > 0.5) {
                sumWith += y[i];
                with++;
            } else {
                sumWithout += y[i];
            }
        }
        int without = y.length - with;
        if (with == 0 || without == 0) {
            return null;
        }
        double a = sumWithout / without;
        return new double[] {a, sumWith / with - a};
    }

    private static double sumOfSquares(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v * v;
        }
        return sum;
    }

    /**
     * σ², the variance of the innovations at φ: the whitened regression's residual sum of squares over n − 2
     * (closed form, 2 columns); NaN when the whitened design is singular or fits exactly.
     */
    private static double innovationVariance(int[] day, double[] y, double[] exposed, double phi) {
        double[] sums = whitenedSums(day, y, exposed, phi, null);
        return sums == null ? Double.NaN : sums[0] / (y.length - 2);
    }

    /**
     * V·w for the correlation of AR(1) days, {@code V(i, j) = φ^|day(i) − day(j)| / (1 − φ²)}, in O(n): a forward
     * and a backward pass, each day's sum carried over the gap to the next.
     */
    static double[] correlated(int[] day, double[] w, double phi) {
        int n = w.length;
        double[] forward = new double[n];
        double[] backward = new double[n];
        forward[0] = w[0];
        for (int i = 1; i < n; i++) {
            forward[i] = w[i] + Math.pow(phi, day[i] - day[i - 1]) * forward[i - 1];
        }
        backward[n - 1] = w[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            backward[i] = w[i] + Math.pow(phi, day[i + 1] - day[i]) * backward[i + 1];
        }
        double stationary = 1 - phi * phi;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = (forward[i] + backward[i] - w[i]) / stationary;
        }
        return result;
    }

    /**
     * The REML log-likelihood of φ, up to a constant: −(n − 2)/2·log SSR − ½·log|R| − ½·log|X'R⁻¹X|, with SSR the
     * residual sum of squares of the whitened regression (2 columns, solved in closed form: this runs 146 times a
     * fit).
     */
    static double restrictedLikelihood(int[] day, double[] y, double[] exposed, double phi) {
        double[] logVariance = new double[1];
        double[] sums = whitenedSums(day, y, exposed, phi, logVariance);
        if (sums == null) {
            return Double.NEGATIVE_INFINITY;
        }
        return -(y.length - 2) / 2.0 * Math.log(sums[0]) - 0.5 * logVariance[0] - 0.5 * Math.log(sums[1]);
    }

    /**
     * The whitened regression at φ, solved in closed form: its residual sum of squares and the determinant of
     * X'R⁻¹X; null when the design is singular or the residuals vanish.
     */
    private static double[] whitenedSums(int[] day, double[] y, double[] exposed, double phi, double[] logVariance) {
        int n = y.length;
        double[] wy = new double[n];
        double[][] wx = new double[n][2];
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
            return null;
        }
        double b0 = (s11 * t0 - s01 * t1) / det;
        double b1 = (s00 * t1 - s01 * t0) / det;
        double ssr = yy - b0 * t0 - b1 * t1;
        if (!(ssr > EXACT * Math.max(1, yy))) {
            return null;
        }
        return new double[] {ssr, det};
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
