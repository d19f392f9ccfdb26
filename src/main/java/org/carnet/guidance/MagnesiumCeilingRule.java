package org.carnet.guidance;

import java.util.List;

/**
 * MG_SUPPLEMENT_CEILING: magnesium from supplements alone above 250 mg/day (food not counted) → WARNING. Exactly
 * 250 mg is not over. Args: {0} mg from supplements, {1} the ceiling in mg.
 */
public final class MagnesiumCeilingRule implements Rule {
    public static final String ID = "MG_SUPPLEMENT_CEILING";
    /** EU tolerable upper level for supplemental magnesium (guidance-facts, Magnesium). */
    public static final double CEILING_MG = 250;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.MG_SUPPLEMENT_CEILING_250;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        double mg = Amounts.supplementalMagnesiumMg(day);
        if (!Amounts.over(mg, CEILING_MG)) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.WARNING, day.day(), fact(), List.of(mg, CEILING_MG)));
    }
}
