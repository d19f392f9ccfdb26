package org.carnet.guidance;

import java.util.List;
import org.carnet.intake.Nutrient;

/**
 * CALCIUM_UPPER_LEVEL: total calcium (food + supplements) above 2,500 mg/day → WARNING. Args: {0} total mg, {1} the
 * upper level in mg.
 */
public final class CalciumUpperLevelRule implements Rule {
    public static final String ID = "CALCIUM_UPPER_LEVEL";
    /** EFSA tolerable upper level of calcium (guidance-facts, Vitamin K2 and calcium). */
    public static final double UPPER_LEVEL_MG = 2500;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.CA_UPPER_2500;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        return Amounts.total(day, Nutrient.CALCIUM)
                .filter(mg -> Amounts.over(mg, UPPER_LEVEL_MG))
                .map(mg -> List.of(new Finding(ID, Severity.WARNING, day.day(), fact(), List.of(mg, UPPER_LEVEL_MG))))
                .orElse(List.of());
    }
}
