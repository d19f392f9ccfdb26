package org.carnet.guidance;

import java.util.List;

/**
 * MG_PLANNED_HIGH_DOSE (SEE_PRO_OTHER_SIGNS, "before high doses"): a protocol whose plan falls on this day plans
 * more than the {@link MagnesiumCeilingRule#CEILING_MG} mg ceiling of supplemental magnesium → WARNING, asking a
 * professional first. When what was logged that day is over the ceiling already, {@link MagnesiumCeilingRule} says
 * so (and asks the same), so this one stays silent. Args: {0} planned mg, {1} the ceiling, {2} the protocol's name.
 */
public final class PlannedHighDoseRule implements Rule {
    public static final String ID = "MG_PLANNED_HIGH_DOSE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.SEE_PRO_OTHER_SIGNS;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        if (Amounts.over(Amounts.supplementalMagnesiumMg(day), MagnesiumCeilingRule.CEILING_MG)) {
            return List.of();
        }
        return day.planned().stream().filter(p -> Amounts.over(p.magnesiumMg(), MagnesiumCeilingRule.CEILING_MG))
                .map(p -> new Finding(ID, Severity.WARNING, day.day(), fact(),
                        List.<Object>of(p.magnesiumMg(), MagnesiumCeilingRule.CEILING_MG, p.protocol())))
                .toList();
    }
}
