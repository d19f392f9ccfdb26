package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VitaminDUnitsTest {
    private static final double EPSILON = 1e-9;

    @Test
    void oneMicrogramIsFortyIu() {
        assertThat(VitaminDUnits.IU_PER_MICROGRAM).isEqualTo(40.0);
        assertThat(VitaminDUnits.iuFromMicrograms(1)).isCloseTo(40, within(EPSILON));
        assertThat(VitaminDUnits.microgramsFromIu(40)).isCloseTo(1, within(EPSILON));
    }

    @ParameterizedTest(name = "{0} IU = {1} µg")
    @CsvSource({
            "0, 0",
            "400, 10",
            "800, 20",
            "1000, 25",
            "2000, 50",
            "4000, 100",
            "10000, 250",
            "100000, 2500",
            "1, 0.025"})
    void iuAndMicrogramsConvertBothWays(double iu, double micrograms) {
        assertThat(VitaminDUnits.microgramsFromIu(iu)).isCloseTo(micrograms, within(EPSILON));
        assertThat(VitaminDUnits.iuFromMicrograms(micrograms)).isCloseTo(iu, within(EPSILON));
    }

    @Test
    void convertingThereAndBackGivesTheSameAmount() {
        for (double micrograms : new double[] {0.5, 12.5, 25, 62.5, 137.25}) {
            assertThat(VitaminDUnits.microgramsFromIu(VitaminDUnits.iuFromMicrograms(micrograms)))
                    .isCloseTo(micrograms, within(EPSILON));
        }
    }

    @Test
    void microgramsAreTheSmallerNumber() {
        assertThat(VitaminDUnits.microgramsFromIu(1000)).isLessThan(1000);
        assertThat(VitaminDUnits.iuFromMicrograms(25)).isGreaterThan(25);
    }
}
