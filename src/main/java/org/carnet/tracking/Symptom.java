package org.carnet.tracking;

import org.carnet.journal.DayEntry;

/** The symptoms tracked over a protocol, read from a day of the journal (null when not recorded that day). */
public enum Symptom implements Tracked {
    CRAMP_EPISODES(false, true),
    CRAMP_SEVERITY(false, true),
    SLEEP_QUALITY(true, true),
    PALPITATIONS(false, false),
    FATIGUE(false, false),
    TWITCHING(false, false),
    IRRITABILITY(false, false),
    HEADACHE(false, false),
    NOISE_LIGHT_SENSITIVITY(false, false),
    SPASMS(false, false);

    private final boolean higherIsBetter;
    private final boolean nightly;

    Symptom(boolean higherIsBetter, boolean nightly) {
        this.higherIsBetter = higherIsBetter;
        this.nightly = nightly;
    }

    /**
     * Mostly a matter of the night before the entry's date (night cramps, sleep): the check-in is written the
     * morning after, so an evening dose shows on the next day's entry.
     */
    @Override
    public boolean nightly() {
        return nightly;
    }

    /**
     * Counted from logged episodes alone (major spasms): the check-in never asks for it, so a day without one is a
     * zero only by inference.
     */
    @Override
    public boolean fromEpisodesOnly() {
        return this == SPASMS;
    }

    /** Sleep quality improves when it rises; every other symptom when it falls. */
    @Override
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The day's value, or null if it was not recorded. Counts combine the check-in with the logged episodes. */
    @Override
    public Double valueOf(DayEntry day) {
        Integer value = switch (this) {
            case CRAMP_EPISODES -> day.crampCount();
            case CRAMP_SEVERITY -> day.crampWorstSeverity();
            case SLEEP_QUALITY -> day.checkIn().map(c -> c.sleepQuality()).orElse(null);
            case PALPITATIONS -> day.palpitationCount();
            case FATIGUE -> day.checkIn().map(c -> c.fatigue()).orElse(null);
            case TWITCHING -> day.checkIn().map(c -> c.twitching()).orElse(null);
            case IRRITABILITY -> day.checkIn().map(c -> c.irritability()).orElse(null);
            case HEADACHE -> day.headacheSeverity();
            case NOISE_LIGHT_SENSITIVITY -> day.checkIn().map(c -> c.noiseLightSensitivity()).orElse(null);
            case SPASMS -> day.spasmCount();
        };
        return value == null ? null : value.doubleValue();
    }
}
