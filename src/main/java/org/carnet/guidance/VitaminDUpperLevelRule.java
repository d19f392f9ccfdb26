package org.carnet.guidance;

import java.util.List;
import org.carnet.intake.Nutrient;
import org.carnet.intake.VitaminDUnits;

/**
 * VITD_UPPER_LEVEL: total vitamin D (food + supplements) above 100 µg (4,000 IU)/day → WARNING. Args: {0} total µg,
 * {1} the upper level in µg, {2} the upper level in IU.
 */
public final class VitaminDUpperLevelRule implements Rule {
    public static final String ID = "VITD_UPPER_LEVEL";
    /** EFSA tolerable upper level of vitamin D for adults (guidance-facts, Vitamin D). */
    public static final double UPPER_LEVEL_MICROGRAMS = 100;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.VITD_UPPER_100;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        return Amounts.total(day, Nutrient.VITAMIN_D)
                .filter(ug -> Amounts.over(ug, UPPER_LEVEL_MICROGRAMS))
                .map(ug -> List.of(new Finding(ID, Severity.WARNING, day.day(), fact(),
                        List.of(ug, UPPER_LEVEL_MICROGRAMS, VitaminDUnits.iuFromMicrograms(UPPER_LEVEL_MICROGRAMS)))))
                .orElse(List.of());
    }
}
