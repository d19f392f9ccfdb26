package org.carnet.guidance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carnet.guidance.DayIntake.TimedMedication;
import org.carnet.guidance.DayIntake.TimedSupplement;

/**
 * MG_SPACING: a magnesium-containing supplement and a medication to keep apart from magnesium (levothyroxine,
 * tetracycline, quinolone, bisphosphonate) logged the same day less than 2 h apart → WARNING; from 2 h to less than
 * 4 h → CAUTION; 4 h or more → nothing. Either may come first. One finding per (product, medication) pair, for
 * their closest intakes. An intake without a time, or a medication without a class, is unknown and never fires.
 * Args: {0} medication name, {1} product name, {2} minutes apart, {3} lower bound in hours, {4} upper bound in
 * hours.
 */
public final class MagnesiumSpacingRule implements Rule {
    public static final String ID = "MG_SPACING";
    /** Below this gap: WARNING (the low end of "2–4 hours apart", guidance-facts, Magnesium, Interactions). */
    public static final Duration WARNING_BELOW = Duration.ofHours(2);
    /** Below this gap: CAUTION; at or above it, nothing (the high end of "2–4 hours apart"). */
    public static final Duration CAUTION_BELOW = Duration.ofHours(4);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.MG_SPACING_2_4H;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        Map<List<String>, Pair> closest = new LinkedHashMap<>();
        for (TimedMedication medication : day.medications()) {
            if (medication == null || medication.time() == null || medication.medication() == null
                    || medication.medication().medicationClass() == null
                    || !medication.medication().medicationClass().needsSpacingFromMagnesium()) {
                continue;
            }
            for (TimedSupplement supplement : day.supplements()) {
                if (!Amounts.containsMagnesium(supplement) || supplement.time() == null) {
                    continue;
                }
                Duration gap = Duration.between(medication.time(), supplement.time()).abs();
                if (gap.compareTo(CAUTION_BELOW) >= 0) {
                    continue;
                }
                String medicationName = medication.medication().name();
                String productName = supplement.product().name();
                closest.merge(List.of(String.valueOf(medicationName), String.valueOf(productName)),
                        new Pair(medicationName, productName, gap),
                        (a, b) -> a.gap().compareTo(b.gap()) <= 0 ? a : b);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Pair pair : closest.values()) {
            Severity severity = pair.gap().compareTo(WARNING_BELOW) < 0 ? Severity.WARNING : Severity.CAUTION;
            findings.add(new Finding(ID, severity, day.day(), fact(), List.of(
                    nonNull(pair.medication()), nonNull(pair.product()), pair.gap().toMinutes(),
                    WARNING_BELOW.toHours(), CAUTION_BELOW.toHours())));
        }
        return findings;
    }

    private static String nonNull(String name) {
        return name == null ? "" : name;
    }

    private record Pair(String medication, String product, Duration gap) {
    }
}
