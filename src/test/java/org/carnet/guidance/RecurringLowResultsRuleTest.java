package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.junit.jupiter.api.Test;

/** Recurring low potassium or calcium: two results below the laboratory's range within 365 days. */
class RecurringLowResultsRuleTest {
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static LabResult potassium(LocalDate day, double value) {
        return new LabResult(null, LabTest.POTASSIUM, day, value, LabUnit.MMOL_L, 3.5, 5.1);
    }

    @Test
    void oneLowResultIsNotRecurring() {
        assertThat(RecurringLowResultsRule.evaluate(List.of(potassium(TO, 3.1), potassium(TO.minusDays(40), 3.6)),
                TO)).isEmpty();
    }

    @Test
    void twoLowResultsWithinAYearAreAWarningOnTheLatest() {
        List<Finding> found = RecurringLowResultsRule.evaluate(
                List.of(potassium(TO.minusDays(364), 3.2), potassium(TO.minusDays(10), 3.3)), TO);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.day()).isEqualTo(TO.minusDays(10));
            assertThat(f.args()).containsExactly(0, 2, 365, 2);
        });
    }

    @Test
    void aLowResultMoreThanAYearBackDoesNotCount() {
        assertThat(RecurringLowResultsRule.evaluate(
                List.of(potassium(TO.minusDays(365), 3.2), potassium(TO.minusDays(10), 3.3)), TO)).isEmpty();
    }

    @Test
    void aResultAtTheLowEndOfTheRangeIsNotLowNorIsAnotherTest() {
        LabResult magnesium = new LabResult(null, LabTest.SERUM_MAGNESIUM, TO, 0.5, LabUnit.MMOL_L, 0.7, 1.0);
        assertThat(RecurringLowResultsRule.evaluate(List.of(potassium(TO, 3.5), potassium(TO.minusDays(3), 3.5),
                magnesium, magnesium), TO)).isEmpty();
    }
}
