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
        // Reference: a separate numpy implementation of the same REML grid (step 0.01, −0.5 to 0.95) gave
        // estimate −2.389378828456657, standard error 0.4304464237058714, φ 0.28, 28 degrees of freedom.
        int[] day = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27,
            28, 29, 30, 31};
        double[] y = {5, 6, 6, 7, 5, 4, 5, 6, 7, 7, 5, 6, 6, 4, 3, 4, 4, 5, 3, 3, 4, 3, 2, 3, 3, 4, 2, 3, 3, 2};
        double[] x = IntStream.of(day).mapToDouble(d -> d >= 15 ? 1 : 0).toArray();

        Ar1Regression.Fit fit = Ar1Regression.fit(day, y, x);

        assertThat(fit.phi()).isCloseTo(0.28, within(1e-9));
        assertThat(fit.estimate()).isCloseTo(-2.389378828456657, within(1e-9));
        assertThat(fit.standardError()).isCloseTo(0.4304464237058714, within(1e-9));
        assertThat(fit.degreesOfFreedom()).isEqualTo(28);
        assertThat(fit.probabilityBelowZero()).isGreaterThan(0.999);
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
    void noFitWithoutBothSidesOrWithoutVariation() {
        int[] day = IntStream.range(0, 10).toArray();
        double[] same = new double[10];
        java.util.Arrays.fill(same, 2);
        double[] half = IntStream.of(day).mapToDouble(d -> d >= 5 ? 1 : 0).toArray();
        assertThat(Ar1Regression.fit(day, same, half)).isNull();
        assertThat(Ar1Regression.fit(day, IntStream.of(day).mapToDouble(d -> d).toArray(), new double[10]))
                .isNull();
        assertThat(Ar1Regression.fit(new int[] {0, 1, 2}, new double[] {1, 2, 3}, new double[] {0, 1, 1}))
                .isNull();
    }

    @Test
    void detectableChangeIsTheQuantileSumTimesTheStandardError() {
        Ar1Regression.Fit fit = new Ar1Regression.Fit(-1, 0.5, 1000, 0.3, 1002);
        // t(1000) ≈ normal: (1.962 + 0.842) × 0.5.
        assertThat(fit.detectable(0.95)).isCloseTo((1.9623 + 0.8420) * 0.5, within(1e-3));
        assertThat(fit.probabilityBelowZero()).isCloseTo(0.9772, within(1e-3));
    }
}
