package org.carnet.tracking;

import org.carnet.journal.DayEntry;

/** The symptoms tracked over a protocol, read from a day of the journal (null when not recorded that day). */
public enum Symptom {
    CRAMP_EPISODES(false),
    CRAMP_SEVERITY(false),
    SLEEP_QUALITY(true),
    PALPITATIONS(false),
    FATIGUE(false),
    TWITCHING(false),
    IRRITABILITY(false);

    private final boolean higherIsBetter;

    Symptom(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    /** Sleep quality improves when it rises; every other symptom when it falls. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The day's value, or null if it was not recorded. Counts combine the check-in with the logged episodes. */
    public Double valueOf(DayEntry day) {
        Integer value = switch (this) {
            case CRAMP_EPISODES -> day.crampCount();
            case CRAMP_SEVERITY -> day.crampWorstSeverity();
            case SLEEP_QUALITY -> day.checkIn().map(c -> c.sleepQuality()).orElse(null);
            case PALPITATIONS -> day.palpitationCount();
            case FATIGUE -> day.checkIn().map(c -> c.fatigue()).orElse(null);
            case TWITCHING -> day.checkIn().map(c -> c.twitching()).orElse(null);
            case IRRITABILITY -> day.checkIn().map(c -> c.irritability()).orElse(null);
        };
        return value == null ? null : value.doubleValue();
    }
}
