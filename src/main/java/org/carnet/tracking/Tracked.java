package org.carnet.tracking;

import org.carnet.journal.DayEntry;

/**
 * Something followed day by day over a protocol: a built-in {@link Symptom}, or one of the person's own
 * ({@link OwnTracked}). Windows, charts and effect estimates treat both alike; only the built-in symptoms raise
 * findings, since the sources say nothing about the person's own.
 */
public sealed interface Tracked permits Symptom, OwnTracked {
    /** A stable code: the built-in symptom's name, or "OWN_" and the own symptom's id. */
    String name();

    /** True when a rise is an improvement (sleep quality; an own symptom marked so); else a fall is. */
    boolean higherIsBetter();

    /** Mostly a matter of the night before the entry's date (see {@link Question}). */
    boolean nightly();

    /** Counted from logged episodes alone: a day without one is a zero only by inference. */
    boolean fromEpisodesOnly();

    /** The day's value, or null if it was not recorded. */
    Double valueOf(DayEntry day);
}
