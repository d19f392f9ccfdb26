package org.carnet.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The findings of one rule over a period, shown once: the most serious of its days. {@code worst} is the finding of
 * the day with the highest severity and, among those, the worst value (most magnesium, shortest gap to a medication;
 * then the latest day); {@code severity} is therefore the highest of the days. {@code days} are the days it was found
 * on (empty for a finding about the profile alone). A warning true on one day is never softened by another day.
 *
 * <p>Words: {@link #periodKey()} ({@code guidance.period.<RULE_ID>}) speaks of the period, with the worst finding's
 * arguments followed by the worst day and the number of days; {@link #adviceKey()} is what the source advises. Rules
 * without them (the profile, tracking) use the finding's own message.
 */
public record PeriodFinding(Finding worst, NavigableSet<LocalDate> days) {
    public static final String PERIOD_PREFIX = "guidance.period.";
    public static final String ADVICE_PREFIX = "guidance.advice.";

    public PeriodFinding {
        Objects.requireNonNull(worst, "worst");
        days = Collections.unmodifiableNavigableSet(new TreeSet<>(days));
    }

    public String ruleId() {
        return worst.ruleId();
    }

    public Severity severity() {
        return worst.severity();
    }

    public Fact fact() {
        return worst.fact();
    }

    /** The day of the worst value; null for the profile alone. */
    public LocalDate worstDay() {
        return worst.day();
    }

    public String periodKey() {
        return PERIOD_PREFIX + ruleId();
    }

    public String adviceKey() {
        return ADVICE_PREFIX + ruleId();
    }

    /** The worst finding's arguments, then the worst day as given (a date in words) and the number of days. */
    public Object[] periodArgs(Object worstDay) {
        List<Object> args = new ArrayList<>(worst.args());
        args.add(worstDay);
        args.add(Math.max(1, days.size()));
        return args.toArray();
    }

    /** Most serious first: by severity, then by the first day; the profile's finding last within its severity. */
    public static final Comparator<PeriodFinding> ORDER = Comparator
            .comparing(PeriodFinding::severity, Comparator.reverseOrder())
            .thenComparing(p -> p.days().isEmpty() ? null : p.days().first(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PeriodFinding::ruleId);

    /** One per rule, most serious first (see {@link #ORDER}). */
    public static List<PeriodFinding> group(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        List<PeriodFinding> groups = new ArrayList<>();
        for (List<Finding> same : byRule.values()) {
            TreeSet<LocalDate> days = new TreeSet<>();
            Finding worst = same.get(0);
            for (Finding finding : same) {
                if (finding.day() != null) {
                    days.add(finding.day());
                }
                if (WORSE_FIRST.compare(finding, worst) < 0) {
                    worst = finding;
                }
            }
            groups.add(new PeriodFinding(worst, days));
        }
        groups.sort(ORDER);
        return List.copyOf(groups);
    }

    /** Higher severity, then the worse value, then the later day (a day-less finding last). */
    static final Comparator<Finding> WORSE_FIRST = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(PeriodFinding::badness, Comparator.reverseOrder())
            .thenComparing(Finding::day, Comparator.nullsLast(Comparator.reverseOrder()));

    /**
     * How bad a finding's value is, against other findings of its rule: the amount for the rules about an amount, the
     * gap made negative for the spacing rule (closer is worse), 0 for the others. Argument positions are those the
     * rules document.
     */
    static double badness(Finding finding) {
        return switch (finding.ruleId()) {
            case MagnesiumSpacingRule.ID -> -number(finding, 2);
            case MagnesiumCeilingRule.ID, CalciumWithoutK2Rule.ID, CalciumUpperLevelRule.ID,
                    VitaminDWithoutMagnesiumRule.ID, VitaminDUpperLevelRule.ID, PlannedHighDoseRule.ID,
                    AdviceRules.MagnesiumStart.ID, AdviceRules.CalciumAgainstMagnesium.ID -> number(finding, 0);
            // Less is worse for the amounts below a reference.
            case AdviceRules.VitaminDMinimum.ID, FoodSourcesRules.Magnesium.ID, FoodSourcesRules.K2.ID ->
                    -number(finding, 0);
            default -> 0;
        };
    }

    private static double number(Finding finding, int index) {
        return index < finding.args().size() && finding.args().get(index) instanceof Number n ? n.doubleValue() : 0;
    }
}
