package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.junit.jupiter.api.Test;

/** The intake page's four weeks: each piece of advice once, on its latest day; every warning kept. */
class IntakeAdviceListTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Finding finding(String rule, Severity severity, int day) {
        return new Finding(rule, severity, DAY.plusDays(day), Fact.MG_FOOD_SOURCES, List.of());
    }

    @Test
    void adviceIsListedOnceOnItsLatestDayAndWarningsEveryDay() {
        Finding warning1 = finding("W", Severity.WARNING, 1);
        Finding warning2 = finding("W", Severity.WARNING, 2);
        Finding caution = finding("C", Severity.CAUTION, 1);
        Finding food1 = finding("MG_FOOD_LOW", Severity.INFO, 1);
        Finding food3 = finding("MG_FOOD_LOW", Severity.INFO, 3);
        Finding food2 = finding("MG_FOOD_LOW", Severity.INFO, 2);
        Finding meal = finding("VITD_APART_FROM_MEAL", Severity.INFO, 1);

        List<Finding> shown = IntakeViewModel.latestAdviceOnly(List.of(warning1, warning2, caution, food1, meal,
                food3, food2));

        assertThat(shown).containsExactly(warning1, warning2, caution, meal, food3);
    }
}
