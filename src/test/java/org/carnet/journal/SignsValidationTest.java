package org.carnet.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-in's headache, sensitivity and weight, and the spasm episode, on each side of their limits. */
class SignsValidationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static List<String> codes(CheckIn checkIn) {
        return JournalValidator.validate(checkIn, DAY).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @ParameterizedTest(name = "weight {0} kg accepted: {1}")
    @CsvSource({"19.9, false", "20, true", "72.5, true", "350, true", "350.1, false", "72.55, false"})
    void weightIsTwentyToThreeHundredFiftyKgWithOneDecimal(double kg, boolean accepted) {
        assertThat(codes(CheckIn.empty(DAY).withSigns(null, null, null, kg)).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "headache severity {0}, sensitivity {1} accepted: {2}")
    @CsvSource({"0, 0, true", "10, 10, true", "11, 0, false", "0, 11, false", "-1, 5, false"})
    void headacheAndSensitivityAreOnTheZeroToTenScale(int severity, int sensitivity, boolean accepted) {
        assertThat(codes(CheckIn.empty(DAY).withSigns(true, severity, sensitivity, null)).isEmpty())
                .isEqualTo(accepted);
    }

    @Test
    void aSeverityOnADayWithoutHeadacheIsRefusedWithItsOwnMessage() {
        assertThat(codes(CheckIn.empty(DAY).withSigns(false, 4, null, null)))
                .containsExactly("headacheWorstSeverity:" + JournalValidator.SEVERITY_WITHOUT_HEADACHE);
        assertThat(codes(CheckIn.empty(DAY).withSigns(false, null, null, null))).isEmpty();
    }

    @Test
    void anOutOfRangeWeightSaysTheRange() {
        FieldError error = JournalValidator.validate(CheckIn.empty(DAY).withSigns(null, null, null, 500.0), DAY)
                .get(0);
        assertThat(error.code()).isEqualTo(NumberInput.OUT_OF_RANGE);
        assertThat(error.args()).containsExactly(20, 350);
    }

    @Test
    void aSpasmTakesNoRhythmNorTrigger() {
        Episode spasm = new Episode(null, DAY.atTime(10, 0), EpisodeKind.SPASM, 2, 6, Rhythm.REGULAR, null, Set.of());
        assertThat(JournalValidator.validate(spasm, DAY.atTime(12, 0))).extracting(FieldError::field)
                .containsExactly("rhythm");
        Episode plain = new Episode(null, DAY.atTime(10, 0), EpisodeKind.SPASM, 2, 6, null, null, Set.of());
        assertThat(JournalValidator.validate(plain, DAY.atTime(12, 0))).isEmpty();
    }

    @Test
    void aDayEntryReadsTheHeadacheAsZeroOnADayWithout() {
        DayEntry without = new DayEntry(DAY, java.util.Optional.of(CheckIn.empty(DAY).withSigns(false, null, null,
                null)), List.of());
        DayEntry with = new DayEntry(DAY, java.util.Optional.of(CheckIn.empty(DAY).withSigns(true, 6, null, null)),
                List.of());
        DayEntry unknown = new DayEntry(DAY, java.util.Optional.of(CheckIn.empty(DAY)), List.of());
        assertThat(without.headacheSeverity()).isZero();
        assertThat(with.headacheSeverity()).isEqualTo(6);
        assertThat(unknown.headacheSeverity()).isNull();
    }
}
