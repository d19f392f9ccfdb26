package org.carnet.guidance;

import java.util.List;

/**
 * CALCIUM_WITHOUT_K2: supplemental calcium at or above {@link #HIGH_CALCIUM_SUPPLEMENT_MG} with no vitamin K2 from
 * supplements that day → CAUTION. Food calcium is not counted (the source speaks of calcium supplements). Args: {0}
 * mg of calcium from supplements, {1} the threshold in mg, {2} the EU reference intake it is derived from, in mg.
 */
public final class CalciumWithoutK2Rule implements Rule {
    public static final String ID = "CALCIUM_WITHOUT_K2";
    /**
     * What Carnet counts as a "high-dose calcium supplement". This is Carnet's reading, not a number from the
     * sources: the K2 article (and guidance-facts.md) gives no figure for "high-dose". Carnet takes half the EU
     * reference intake of 800 mg/day (fact CA_REFERENCE_800).
     */
    public static final double HIGH_CALCIUM_SUPPLEMENT_MG = 400;
    /** EU reference intake of calcium (fact CA_REFERENCE_800), which the threshold above is half of. */
    public static final double CALCIUM_REFERENCE_MG = 800;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.K2_WITH_CALCIUM;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        double calcium = Amounts.supplementalCalciumMg(day);
        if (!Amounts.atLeast(calcium, HIGH_CALCIUM_SUPPLEMENT_MG) || Amounts.supplementalVitaminK2Micrograms(day) > 0) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.CAUTION, day.day(), fact(),
                List.of(calcium, HIGH_CALCIUM_SUPPLEMENT_MG, CALCIUM_REFERENCE_MG)));
    }
}
