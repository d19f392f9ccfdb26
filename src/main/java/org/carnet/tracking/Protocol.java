package org.carnet.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * A change the person starts on a date: a name, the planned daily intake, and optionally an end date. {@code id} is
 * null until stored. The baseline is the logged days before {@code start}; the windows count from it (day 1).
 *
 * <p>{@code question} is the comparison declared when the protocol was started (null for a protocol made before
 * Carnet asked, or without one: every comparison is then exploratory). {@code onOff} is the N-of-1 schedule of an
 * on/off protocol, null for an ordinary one: the plan is then taken on the "on" blocks only.
 */
public record Protocol(Long id, String name, LocalDate start, LocalDate end, List<PlannedDose> plan,
                       Question question, OnOffPlan onOff) {
    public Protocol {
        name = name == null ? null : name.strip();
        plan = plan == null ? List.of() : List.copyOf(plan);
    }

    /** An ordinary protocol without a declared question. */
    public Protocol(Long id, String name, LocalDate start, LocalDate end, List<PlannedDose> plan) {
        this(id, name, start, end, plan, null, null);
    }

    /** Day 1 is the start date; days before it are 0 or negative. */
    public int dayNumber(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(start, date) + 1;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** Whether the plan is meant to be taken on {@code date}: active, and in an on block for an on/off protocol. */
    public boolean planDay(LocalDate date) {
        return activeOn(date) && (onOff == null || onOff.onAt(start, date));
    }

    public Protocol withId(long newId) {
        return new Protocol(newId, name, start, end, plan, question, onOff);
    }

    public Protocol withQuestion(Question newQuestion, OnOffPlan newOnOff) {
        return new Protocol(id, name, start, end, plan, newQuestion, newOnOff);
    }
}
