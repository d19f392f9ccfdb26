package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.Product;
import org.junit.jupiter.api.Test;

/** A finding over several days keeps its most serious day: the worst severity and the worst value. */
class PeriodFindingTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final LocalDate LATER = FIRST.plusDays(5);
    private static final Product MAGNESIUM = new Product(1L, "Mg bisglycinate", MagnesiumForm.BISGLYCINATE, 100.0,
            null, null, null, null);
    private static final Medication LEVOTHYROX = new Medication(9L, "Levothyrox", MedicationClass.LEVOTHYROXINE);

    /** {@code units} of 100 mg magnesium at {@code magnesiumAt}, levothyroxine at 07:00. */
    private static DayIntake day(LocalDate day, double units, LocalTime magnesiumAt) {
        return new DayIntake(day, List.of(new DayIntake.TimedSupplement(magnesiumAt, MAGNESIUM, units)),
                List.of(new DayIntake.TimedMedication(LocalTime.of(7, 0), LEVOTHYROX)),
                DailyTotals.of(List.of(), List.of(new DailyTotals.ProductDose(MAGNESIUM, units))), null, null);
    }

    private static PeriodFinding of(List<PeriodFinding> groups, String ruleId) {
        return groups.stream().filter(g -> g.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void theWorstDayGivesTheSeverityAndTheValueNotTheLatestDay() {
        // 400 mg 60 min after levothyroxine first; 260 mg 180 min after it later.
        List<Finding> findings = GuidanceEngine.standard().evaluate(List.of(day(FIRST, 4, LocalTime.of(8, 0)),
                day(LATER, 2.6, LocalTime.of(10, 0))));

        List<PeriodFinding> groups = PeriodFinding.group(findings);

        PeriodFinding ceiling = of(groups, MagnesiumCeilingRule.ID);
        assertThat(ceiling.worst().args().get(0)).isEqualTo(400.0);
        assertThat(ceiling.worstDay()).isEqualTo(FIRST);
        assertThat(ceiling.days()).containsExactly(FIRST, LATER);
        PeriodFinding spacing = of(groups, MagnesiumSpacingRule.ID);
        assertThat(spacing.severity()).isEqualTo(Severity.WARNING);
        assertThat(spacing.worst().args().get(2)).isEqualTo(60L);
        assertThat(spacing.days()).hasSize(2);
        // The words of the period get the worst day and the number of days after the finding's own values.
        assertThat(spacing.periodArgs("02/03/2026")).endsWith("02/03/2026", 2);
    }

    @Test
    void aLaterWarningOutranksAnEarlierCaution() {
        List<Finding> findings = GuidanceEngine.standard().evaluate(List.of(day(FIRST, 1, LocalTime.of(10, 0)),
                day(LATER, 1, LocalTime.of(7, 30))));

        PeriodFinding spacing = of(PeriodFinding.group(findings), MagnesiumSpacingRule.ID);

        assertThat(spacing.severity()).isEqualTo(Severity.WARNING);
        assertThat(spacing.worstDay()).isEqualTo(LATER);
        assertThat(spacing.worst().args().get(2)).isEqualTo(30L);
    }

    @Test
    void warningsComeFirstAndEachRuleOnce() {
        List<Finding> findings = GuidanceEngine.standard().evaluate(List.of(day(FIRST, 1, LocalTime.of(10, 0)),
                day(LATER, 4, LocalTime.of(12, 0))));

        List<PeriodFinding> groups = PeriodFinding.group(findings);

        assertThat(groups).extracting(PeriodFinding::ruleId).doesNotHaveDuplicates();
        assertThat(groups.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(groups).extracting(PeriodFinding::severity).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
    }
}
