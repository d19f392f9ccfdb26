package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Ar1RegressionTest {

    @Test
    void withoutAutocorrelationItIsTheDifferenceOfMeansWithThePooledStandardError() {
        int[] day = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {4, 6, 5, 5, 2, 3, 1, 2};
        double[] x = {0, 0, 0, 0, 1, 1, 1, 1};
        Ar1Regression.Fit fit = Ar1Regression.fitAt(day, y, x, 0);

        // Textbook two-sample figures: means 5 and 2, pooled variance (2 + 2) / 6.
        assertThat(fit.estimate()).isCloseTo(-3.0, within(1e-12));
        double pooled = ((1 + 1 + 0 + 0) + (0 + 1 + 1 + 0)) / 6.0;
        assertThat(fit.standardError()).isCloseTo(Math.sqrt(pooled * (1 / 4.0 + 1 / 4.0)), within(1e-12));
        assertThat(fit.degreesOfFreedom()).isEqualTo(6);
        // t(6) 97.5 % quantile = 2.446912: the range is the classic one.
        double[] range = fit.range(0.95);
        assertThat(range[0]).isCloseTo(-3 - 2.446912 * fit.standardError(), within(1e-5));
        assertThat(range[1]).isCloseTo(-3 + 2.446912 * fit.standardError(), within(1e-5));
    }

    @Test
    void remlFitMatchesAnIndependentImplementationWithGapsInTheDays() {
        // Reference: a separate numpy implementation of the same REML grid (step 0.01, −0.5 to 0.95) gave φ 0.28.
        int[] day = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27,
            28, 29, 30, 31};
        double[] y = {5, 6, 6, 7, 5, 4, 5, 6, 7, 7, 5, 6, 6, 4, 3, 4, 4, 5, 3, 3, 4, 3, 2, 3, 3, 4, 2, 3, 3, 2};
        double[] x = IntStream.of(day).mapToDouble(d -> d >= 15 ? 1 : 0).toArray();

        Ar1Regression.Fit fit = Ar1Regression.fit(day, y, x);

        assertThat(fit.phi()).isCloseTo(0.28, within(1e-9));
        // The level difference: mean of days 15–31 minus mean of days 0–14.
        double with = 0;
        double without = 0;
        for (int i = 0; i < y.length; i++) {
            with += x[i] > 0 ? y[i] / 16 : 0;
            without += x[i] > 0 ? 0 : y[i] / 14;
        }
        assertThat(fit.estimate()).isCloseTo(with - without, within(1e-12));
        assertThat(fit.standardError()).isCloseTo(sandwichStandardError(day, y, x, 0.28), within(1e-9));
        assertThat(fit.degreesOfFreedom()).isEqualTo(28);
        assertThat(fit.probabilityBelowZero()).isGreaterThan(0.999);
    }

    /**
     * The same standard error written out with full matrices: σ² from the GLS fit (Cholesky of the AR(1)
     * correlation), then the diagonal element of (X'X)⁻¹X'VX(X'X)⁻¹ for the exposure.
     */
    private static double sandwichStandardError(int[] day, double[] y, double[] x, double phi) {
        int n = y.length;
        org.hipparchus.linear.RealMatrix v = new org.hipparchus.linear.Array2DRowRealMatrix(n, n);
        org.hipparchus.linear.RealMatrix design = new org.hipparchus.linear.Array2DRowRealMatrix(n, 2);
        for (int i = 0; i < n; i++) {
            design.setEntry(i, 0, 1);
            design.setEntry(i, 1, x[i]);
            for (int j = 0; j < n; j++) {
                v.setEntry(i, j, Math.pow(phi, Math.abs(day[i] - day[j])) / (1 - phi * phi));
            }
        }
        org.hipparchus.linear.RealMatrix vInverse = new org.hipparchus.linear.LUDecomposition(v).getSolver()
                .getInverse();
        org.hipparchus.linear.RealVector yv = new org.hipparchus.linear.ArrayRealVector(y);
        org.hipparchus.linear.RealMatrix gls = design.transpose().multiply(vInverse).multiply(design);
        org.hipparchus.linear.RealVector beta = new org.hipparchus.linear.LUDecomposition(gls).getSolver()
                .solve(design.transpose().operate(vInverse.operate(yv)));
        org.hipparchus.linear.RealVector residual = yv.subtract(design.operate(beta));
        double sigma2 = residual.dotProduct(vInverse.operate(residual)) / (n - 2);
        org.hipparchus.linear.RealMatrix xtxInverse = new org.hipparchus.linear.LUDecomposition(
                design.transpose().multiply(design)).getSolver().getInverse();
        org.hipparchus.linear.RealMatrix sandwich = xtxInverse.multiply(design.transpose()).multiply(v)
                .multiply(design).multiply(xtxInverse);
        return Math.sqrt(sigma2 * sandwich.getEntry(1, 1));
    }

    @Test
    void onALongAutocorrelatedSeriesItFindsPhiAndTheEffect() {
        Random random = new Random(7);
        int n = 3000;
        double phi = 0.6;
        int[] day = new int[n];
        double[] y = new double[n];
        double[] x = new double[n];
        double u = random.nextGaussian();
        for (int t = 0; t < n; t++) {
            u = phi * u + Math.sqrt(1 - phi * phi) * random.nextGaussian();
            day[t] = t;
            x[t] = (t / 50) % 2; // runs of 50 days
            y[t] = 4 - 1.0 * x[t] + u;
        }
        Ar1Regression.Fit fit = Ar1Regression.fit(day, y, x);
        assertThat(fit.phi()).isCloseTo(0.6, within(0.05));
        assertThat(fit.estimate()).isCloseTo(-1.0, within(3 * fit.standardError()));
        double[] range = fit.range(0.95);
        assertThat(range[0]).isLessThan(-1.0);
        assertThat(range[1]).isGreaterThan(-1.0);
    }

    @Test
    void autocorrelatedDaysGiveAWiderRangeThanIndependentOnes() {
        // One switch, a slow drift: the days carry less information than their number says.
        int[] day = IntStream.range(0, 28).toArray();
        double[] y = {5, 5, 6, 6, 6, 5, 5, 4, 4, 5, 5, 6, 6, 5, 4, 4, 3, 3, 4, 4, 5, 5, 4, 4, 3, 3, 4, 4};
        double[] x = IntStream.of(day).mapToDouble(d -> d >= 14 ? 1 : 0).toArray();
        Ar1Regression.Fit independent = Ar1Regression.fitAt(day, y, x, 0);
        Ar1Regression.Fit fit = Ar1Regression.fit(day, y, x);
        assertThat(fit.phi()).isGreaterThan(0.3);
        assertThat(fit.standardError()).isGreaterThan(1.3 * independent.standardError());
    }

    @Test
    void noFitWithoutBothSidesAndAnExactFitWithoutVariation() {
        int[] day = IntStream.range(0, 10).toArray();
        double[] same = new double[10];
        java.util.Arrays.fill(same, 2);
        double[] half = IntStream.of(day).mapToDouble(d -> d >= 5 ? 1 : 0).toArray();
        Ar1Regression.Fit constant = Ar1Regression.fit(day, same, half);
        assertThat(constant.estimate()).isEqualTo(0.0);
        assertThat(constant.standardError()).isEqualTo(0.0);
        assertThat(constant.range(0.95)).containsExactly(0.0, 0.0);
        double[] step = IntStream.of(day).mapToDouble(d -> d >= 5 ? 1.5 : 4).toArray();
        Ar1Regression.Fit exact = Ar1Regression.fit(day, step, half);
        assertThat(exact.estimate()).isCloseTo(-2.5, within(1e-12));
        assertThat(exact.range(0.95)[1] - exact.range(0.95)[0]).isCloseTo(0.0, within(1e-12));
        assertThat(exact.probabilityBelowZero()).isEqualTo(1.0);
        assertThat(Ar1Regression.fit(day, IntStream.of(day).mapToDouble(d -> d).toArray(), new double[10]))
                .isNull();
        assertThat(Ar1Regression.fit(new int[] {0, 1, 2}, new double[] {1, 2, 3}, new double[] {0, 1, 1}))
                .isNull();
    }

    @Test
    void aChangeThatBuildsUpOverAWeekIsEstimatedByItsLevelNotItsFirstDay() {
        // 14 days at 4, then 3 for a week, then 1: the estimate is the level of the exposed days (2.5 lower), not
        // the first day's move of 1 that a lagged or GLS-weighted reading picks up as φ nears 1.
        int[] day = IntStream.range(0, 42).toArray();
        double[] y = IntStream.of(day).mapToDouble(d -> d < 14 ? 4 : d < 21 ? 3 : 1).toArray();
        double[] x = IntStream.of(day).mapToDouble(d -> d >= 14 ? 1 : 0).toArray();
        Ar1Regression.Fit fit = Ar1Regression.fit(day, y, x);
        assertThat(fit.estimate()).isCloseTo((7 * 3 + 21 * 1) / 28.0 - 4, within(1e-12));
        assertThat(fit.range(0.95)[1]).isLessThan(0);
    }

    @Test
    void detectableChangeIsTheQuantileSumTimesTheStandardError() {
        Ar1Regression.Fit fit = new Ar1Regression.Fit(-1, 0.5, 1000, 0.3, 1002);
        // t(1000) ≈ normal: (1.962 + 0.842) × 0.5.
        assertThat(fit.detectable(0.95)).isCloseTo((1.9623 + 0.8420) * 0.5, within(1e-3));
        assertThat(fit.probabilityBelowZero()).isCloseTo(0.9772, within(1e-3));
    }
}
