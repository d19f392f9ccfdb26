package org.carnet.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * A change the person starts on a date: a name, the planned daily intake, and optionally an end date. {@code id} is
 * null until stored. The baseline is the logged days before {@code start}; the windows count from it (day 1).
 */
public record Protocol(Long id, String name, LocalDate start, LocalDate end, List<PlannedDose> plan) {
    public Protocol {
        name = name == null ? null : name.strip();
        plan = plan == null ? List.of() : List.copyOf(plan);
    }

    /** Day 1 is the start date; days before it are 0 or negative. */
    public int dayNumber(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(start, date) + 1;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    public Protocol withId(long newId) {
        return new Protocol(newId, name, start, end, plan);
    }
}
