package org.carnet.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.carnet.guidance.DayIntake.TimedSupplement;

/**
 * A protocol as the rules see it: its name, its start, the days its plan is meant to be taken on, and the plan (the
 * tracking feature makes these; the rules know nothing of on/off schedules).
 */
public record PlannedProtocol(String name, LocalDate start, Predicate<LocalDate> planDay,
                              List<TimedSupplement> plan) {
    public PlannedProtocol {
        plan = List.copyOf(plan);
    }

    /** The protocol's plan on {@code day}, if it falls on it. */
    public java.util.Optional<DayIntake.PlannedDay> on(LocalDate day) {
        if (!planDay.test(day)) {
            return java.util.Optional.empty();
        }
        int dayNumber = (int) java.time.temporal.ChronoUnit.DAYS.between(start, day) + 1;
        return java.util.Optional.of(new DayIntake.PlannedDay(name, dayNumber, plan));
    }
}
