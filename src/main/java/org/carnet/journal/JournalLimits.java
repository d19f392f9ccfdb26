package org.carnet.journal;

/** The values a check-in or an episode accepts. The form shows them when a value is refused. */
public final class JournalLimits {
    public static final int MAX_EPISODES_PER_DAY = 50;
    public static final int SCALE_MIN = 0;
    public static final int SCALE_MAX = 10;
    public static final int SLEEP_QUALITY_MIN = 1;
    public static final int SLEEP_QUALITY_MAX = 5;
    public static final double SLEEP_HOURS_MAX = 24;
    public static final int SLEEP_HOURS_DECIMALS = 2;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int EPISODE_DURATION_MAX_MINUTES = 24 * 60;
    /** Body weight in kg: wide enough for any adult, narrow enough to catch a typo (grams, pounds x 10). */
    public static final double WEIGHT_KG_MIN = 20;
    public static final double WEIGHT_KG_MAX = 350;
    public static final int WEIGHT_KG_DECIMALS = 1;

    private JournalLimits() {
    }
}
