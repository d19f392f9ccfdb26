package org.carnet.guidance;

import java.util.List;
import org.carnet.intake.Nutrient;

/**
 * VITD_WITHOUT_MG: total vitamin D above 50 µg on a day with no magnesium supplement → INFO (magnesium is needed to
 * activate vitamin D). Args: {0} total µg of vitamin D, {1} the threshold in µg.
 */
public final class VitaminDWithoutMagnesiumRule implements Rule {
    public static final String ID = "VITD_WITHOUT_MG";
    /**
     * The top of the 20–50 µg/day range the DMG article says most adults benefit from (fact VITD_RANGE_20_50). Using
     * it as the point above which the note is shown is Carnet's reading; the article gives no threshold for it.
     */
    public static final double THRESHOLD_MICROGRAMS = 50;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.VITD_NEEDS_MG;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        if (Amounts.taken(day).stream().anyMatch(Amounts::containsMagnesium)) {
            return List.of();
        }
        return Amounts.total(day, Nutrient.VITAMIN_D)
                .filter(ug -> Amounts.over(ug, THRESHOLD_MICROGRAMS))
                .map(ug -> List.of(new Finding(ID, Severity.INFO, day.day(), fact(),
                        List.of(ug, THRESHOLD_MICROGRAMS))))
                .orElse(List.of());
    }
}
