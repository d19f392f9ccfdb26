package org.carnet.guidance;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.carnet.guidance.DayIntake.TimedSupplement;

/**
 * MG_MORNING_ONLY: magnesium supplements logged that day, all before 12:00 → INFO (the sources suggest late in the
 * day or at dinner). If any magnesium intake has no time, the day is unknown and the rule does not fire. Args: {0}
 * time of the last magnesium intake (HH:mm), {1} the cut-off (HH:mm).
 */
public final class MagnesiumMorningOnlyRule implements Rule {
    public static final String ID = "MG_MORNING_ONLY";
    /** Intakes strictly before this time count as "morning". Carnet's reading of "late in the day or at dinner". */
    public static final LocalTime NOON = LocalTime.NOON;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.MG_TIMING_EVENING;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        List<TimedSupplement> magnesium = day.supplements().stream().filter(Amounts::containsMagnesium).toList();
        if (magnesium.isEmpty() || magnesium.stream().anyMatch(s -> s.time() == null)) {
            return List.of();
        }
        LocalTime last = magnesium.stream().map(TimedSupplement::time).max(Comparator.naturalOrder()).orElseThrow();
        if (!last.isBefore(NOON)) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.INFO, day.day(), fact(),
                List.of(Amounts.clock(last), Amounts.clock(NOON))));
    }
}
