package org.carnet.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.carnet.core.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conversions of the lab units, both ways, and the values refused. */
class LabUnitsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @ParameterizedTest(name = "{0}: {1} {2} = {3} in the canonical unit")
    @CsvSource({
        "VITAMIN_D_25OH, 20, NG_ML, 49.92",
        "VITAMIN_D_25OH, 75, NMOL_L, 75",
        "SERUM_MAGNESIUM, 2.431, MG_DL, 1",
        "CALCIUM, 10.02, MG_DL, 2.5",
        "POTASSIUM, 4.2, MEQ_L, 4.2"})
    void aValueConvertsToTheCanonicalUnit(LabTest test, double value, LabUnit unit, double canonical) {
        assertThat(test.toCanonical(value, unit)).isCloseTo(canonical, within(1e-9));
    }

    @ParameterizedTest(name = "{0} {1} {2} there and back")
    @CsvSource({"VITAMIN_D_25OH, 32.5, NG_ML", "SERUM_MAGNESIUM, 1.9, MG_DL", "CALCIUM, 9.5, MG_DL",
        "POTASSIUM, 3.4, MEQ_L", "ERYTHROCYTE_MAGNESIUM, 2.1, MMOL_L", "CTX, 350, PG_ML"})
    void aValueComesBackAsTyped(LabTest test, double value, LabUnit unit) {
        assertThat(test.fromCanonical(test.toCanonical(value, unit), unit)).isCloseTo(value, within(1e-9));
    }

    @Test
    void eachTestHasItsCanonicalUnitFirstAndOnlyItsOwnUnits() {
        assertThat(LabTest.VITAMIN_D_25OH.units()).containsExactly(LabUnit.NMOL_L, LabUnit.NG_ML);
        assertThat(LabTest.CTX.units()).containsExactly(LabUnit.PG_ML);
        assertThat(LabTest.ERYTHROCYTE_MAGNESIUM.accepts(LabUnit.MG_DL)).isFalse();
    }

    private static List<String> codes(LabResult r) {
        return LabValidator.validate(r, DAY).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aGoodResultPasses() {
        assertThat(codes(new LabResult(null, LabTest.POTASSIUM, DAY, 3.2, LabUnit.MMOL_L, 3.5, 5.0))).isEmpty();
    }

    @Test
    void negativeValuesReversedRangesWrongUnitsAndFutureDatesAreRefused() {
        assertThat(codes(new LabResult(null, LabTest.POTASSIUM, DAY, -1.0, LabUnit.MMOL_L, null, null)))
                .containsExactly("value:" + LabValidator.NEGATIVE);
        assertThat(codes(new LabResult(null, LabTest.POTASSIUM, DAY, 4.0, LabUnit.MMOL_L, 5.0, 3.5)))
                .containsExactly("rangeLow:" + LabValidator.RANGE_ORDER);
        assertThat(codes(new LabResult(null, LabTest.CTX, DAY, 300.0, LabUnit.MG_DL, null, null)))
                .containsExactly("unit:" + LabValidator.UNIT_NOT_FOR_TEST);
        assertThat(codes(new LabResult(null, LabTest.CTX, DAY.plusDays(1), 300.0, LabUnit.PG_ML, null, null)))
                .containsExactly("takenOn:" + LabValidator.FUTURE_DATE);
    }

    @ParameterizedTest(name = "potassium {0} mmol/L refused: {1}")
    @CsvSource({"5500, false", "5501, true", "0.0000055, false", "0.0000054, true", "0, true"})
    void aValueAThousandTimesOutsideIsRefused(double value, boolean refused) {
        List<FieldError> errors = LabValidator.validate(
                new LabResult(null, LabTest.POTASSIUM, DAY, value, LabUnit.MMOL_L, null, null), DAY);
        assertThat(!errors.isEmpty()).isEqualTo(refused);
    }

    @Test
    void belowTheRangeIsOnlyWhatTheLaboratoryPrinted() {
        assertThat(new LabResult(null, LabTest.CALCIUM, DAY, 2.1, LabUnit.MMOL_L, 2.2, 2.6).belowRange()).isTrue();
        assertThat(new LabResult(null, LabTest.CALCIUM, DAY, 2.2, LabUnit.MMOL_L, 2.2, 2.6).belowRange()).isFalse();
        assertThat(new LabResult(null, LabTest.CALCIUM, DAY, 1.0, LabUnit.MMOL_L, null, 2.6).belowRange()).isFalse();
    }
}
