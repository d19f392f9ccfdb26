package org.carnet.guidance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the rules over a day or a period. Findings come out warnings first, then cautions, then information; within
 * a severity by day (a finding without a day last), then by rule id, then in the order the rule gave them.
 */
public final class GuidanceEngine {

    /** The order findings are shown in. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::ruleId);

    private final List<Rule> rules;

    public GuidanceEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule Carnet has. */
    public static GuidanceEngine standard() {
        List<Rule> rules = new ArrayList<>(List.of(
                new MagnesiumCeilingRule(),
                new MagnesiumSpacingRule(),
                new MagnesiumOxideDiarrhoeaRule(),
                new CalciumWithoutK2Rule(),
                new CalciumUpperLevelRule(),
                new VitaminDWithoutMagnesiumRule(),
                new VitaminDUpperLevelRule(),
                new MagnesiumMorningOnlyRule(),
                new ProfileSeeProfessionalRule(),
                new PlannedHighDoseRule()));
        rules.addAll(OtherSignsRules.all());
        rules.addAll(AdviceRules.all());
        rules.addAll(FoodSourcesRules.all());
        return new GuidanceEngine(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> evaluate(DayIntake day) {
        return evaluate(List.of(day));
    }

    public List<Finding> evaluate(List<DayIntake> period) {
        List<Finding> findings = new ArrayList<>();
        for (DayIntake day : period) {
            for (Rule rule : rules) {
                findings.addAll(rule.evaluate(day));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }
}
