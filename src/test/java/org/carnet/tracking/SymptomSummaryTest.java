package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How a last-7 mean compares with a baseline mean: the 30 % rule, zero baselines, sleep the other way up. */
class SymptomSummaryTest {

    static Stream<Arguments> directions() {
        return Stream.of(
                // Lower is better: a fall of 30 % or more is better, a rise of 30 % or more is worse.
                Arguments.of(Symptom.FATIGUE, 10.0, 7.0, Direction.BETTER),
                Arguments.of(Symptom.FATIGUE, 10.0, 7.1, Direction.NO_CLEAR_CHANGE),
                Arguments.of(Symptom.FATIGUE, 10.0, 12.9, Direction.NO_CLEAR_CHANGE),
                Arguments.of(Symptom.FATIGUE, 10.0, 13.0, Direction.WORSE),
                Arguments.of(Symptom.CRAMP_EPISODES, 4.0, 2.8, Direction.BETTER),
                Arguments.of(Symptom.CRAMP_EPISODES, 4.0, 0.0, Direction.BETTER),
                Arguments.of(Symptom.CRAMP_SEVERITY, 3.0, 3.0, Direction.NO_CLEAR_CHANGE),
                // Sleep quality: higher is better.
                Arguments.of(Symptom.SLEEP_QUALITY, 2.0, 2.6, Direction.BETTER),
                Arguments.of(Symptom.SLEEP_QUALITY, 2.0, 2.5, Direction.NO_CLEAR_CHANGE),
                Arguments.of(Symptom.SLEEP_QUALITY, 4.0, 2.8, Direction.WORSE),
                Arguments.of(Symptom.SLEEP_QUALITY, 4.0, 2.9, Direction.NO_CLEAR_CHANGE),
                // Baseline 0: compared in absolute terms.
                Arguments.of(Symptom.PALPITATIONS, 0.0, 0.0, Direction.NO_CLEAR_CHANGE),
                Arguments.of(Symptom.PALPITATIONS, 0.0, 0.4, Direction.NO_CLEAR_CHANGE),
                Arguments.of(Symptom.PALPITATIONS, 0.0, 0.5, Direction.WORSE),
                // Not enough data on either side.
                Arguments.of(Symptom.FATIGUE, null, 3.0, Direction.NOT_ENOUGH_DATA),
                Arguments.of(Symptom.FATIGUE, 3.0, null, Direction.NOT_ENOUGH_DATA));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @MethodSource("directions")
    void directionFollowsTheThirtyPercentRule(Symptom symptom, Double base, Double recent, Direction expected) {
        assertThat(SymptomSummary.direction(symptom, base, recent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1}: present {2}")
    @CsvSource({
            "FATIGUE, 0.0, false",
            "FATIGUE, 0.1, true",
            "CRAMP_EPISODES, 0.0, false",
            "SLEEP_QUALITY, 3.0, true",
            "SLEEP_QUALITY, 2.0, true",
            "SLEEP_QUALITY, 3.1, false",
            "SLEEP_QUALITY, 5.0, false"})
    void aSymptomIsPresentAboveZeroAndPoorSleepIsThreeOrLess(Symptom symptom, double recent, boolean present) {
        assertThat(SymptomSummary.present(symptom, recent)).isEqualTo(present);
    }

    @ParameterizedTest(name = "{0}: {1} → {2} persisting {3}")
    @CsvSource({
            "FATIGUE, 6.0, 6.0, true",
            "FATIGUE, 6.0, 4.3, true",
            "FATIGUE, 6.0, 4.2, false",
            "FATIGUE, 6.0, 0.0, false",
            "FATIGUE, 0.0, 0.0, false",
            "FATIGUE, 0.0, 0.2, true",
            "SLEEP_QUALITY, 2.0, 2.0, true",
            "SLEEP_QUALITY, 2.0, 2.6, false",
            "SLEEP_QUALITY, 3.0, 3.5, false",
            "SLEEP_QUALITY, 3.0, 1.0, true"})
    void persistingMeansStillPresentAndNotImprovedByThirtyPercent(Symptom symptom, double base, double recent,
                                                                 boolean persisting) {
        assertThat(SymptomSummary.isPersisting(symptom, base, recent)).isEqualTo(persisting);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(nullValues = "null", value = {
            "4.0, 1.0, -75.0",
            "2.0, 3.0, 50.0",
            "0.0, 1.0, null",
            "null, 1.0, null",
            "1.0, null, null"})
    void changeIsInPercentOfTheBaseline(Double base, Double recent, Double expected) {
        assertThat(SymptomSummary.changePercent(base, recent)).isEqualTo(expected);
    }
}
