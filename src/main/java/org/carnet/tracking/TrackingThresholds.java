package org.carnet.tracking;

import org.carnet.guidance.Fact;

/**
 * The numbers tracking compares a journal against, each next to the fact it rests on. Where the sources give a
 * window in weeks, the bound is that window counted in days from the start (day 1 = start date). Where they give
 * no figure (what "improved" or "well-conducted" means, how many days make a mean), the number is Carnet's own
 * reading and is said so.
 */
public final class TrackingThresholds {

    // Time windows (WINDOW_IMPROVEMENT_1_3W, WINDOW_STABILISATION_4_8W), in protocol day numbers.

    /** Weeks 1–3: typical improvement of cramps, sleep and mood. */
    public static final Fact WEEKS_1_3_FACT = Fact.WINDOW_IMPROVEMENT_1_3W;
    public static final int WEEKS_1_3_FIRST_DAY = 1;
    public static final int WEEKS_1_3_LAST_DAY = 3 * 7;

    /** Weeks 4–8: full stabilisation. */
    public static final Fact WEEKS_4_8_FACT = Fact.WINDOW_STABILISATION_4_8W;
    public static final int WEEKS_4_8_FIRST_DAY = 3 * 7 + 1;
    public static final int WEEKS_4_8_LAST_DAY = 8 * 7;

    // Persistence (PERSISTENCE_3_4W): symptoms that persist despite 3–4 weeks of well-conducted measures.

    public static final Fact PERSISTENCE_FACT = Fact.PERSISTENCE_3_4W;
    /** From the end of week 3, a persisting symptom suggests booking a visit (CAUTION). */
    public static final int PERSISTENCE_FIRST_DAY = 3 * 7;
    /** From the start of week 5 (4 full weeks done), it says plainly to see a doctor (WARNING). */
    public static final int PERSISTENCE_SEE_DOCTOR_DAY = 4 * 7;
    /**
     * A change of at least this share of the baseline, in the good direction, counts as an improvement; the same
     * share the other way counts as a worsening. The sources give no figure: 30 % is Carnet's reading.
     */
    public static final double CLEAR_CHANGE_PERCENT = 30;
    /**
     * "Well-conducted": the plan was logged as taken on at least this share of the days. The sources give no
     * figure: 80 % is Carnet's reading.
     */
    public static final double WELL_CONDUCTED_PERCENT = 80;
    /**
     * Sleep quality (1–5, higher is better) counts as a symptom still present while its 7-day mean is at most 3:
     * light, fragmented or restless sleep. Carnet's reading; the sources give no scale.
     */
    public static final double POOR_SLEEP_AT_MOST = 3;
    /**
     * A symptom absent at baseline (mean 0) has no relative change; it counts as worse when its 7-day mean
     * reaches this absolute value (a cramp every other day, half a point on a 0–10 scale). Carnet's reading.
     */
    public static final double ZERO_BASELINE_WORSE_MEAN = 0.5;

    // How much data makes a number. Carnet's own choices: the sources say nothing about journals.

    /** The baseline is read from the logged days among this many calendar days before the start. */
    public static final int BASELINE_CALENDAR_DAYS = 14;
    /** Fewer logged days than this in those 14 days: no baseline ("not enough data"). */
    public static final int BASELINE_MIN_LOGGED_DAYS = 7;
    /** A mean over fewer recorded days than this is "not enough data". */
    public static final int MIN_RECORDED_DAYS = 4;
    /** "Lately": the days ending at the as-of date, and the span of the chart's moving average. */
    public static final int RECENT_DAYS = 7;

    // Estimates with their range (Ar1Regression). Carnet's own choices: the sources say nothing about statistics.

    /** The range of the declared comparison: 95 %. Exploratory ones are widened for their number (Bonferroni). */
    public static final double EFFECT_LEVEL = 0.95;
    /**
     * The persistence flag also calls a symptom worse when its last {@value #RECENT_DAYS} days alone are worse than the
     * baseline. That second look is judged on a 99 % range so that the two looks together keep the false "worse" of
     * journals with no change near the declared comparison's own (CalibrationBenchmark, column "worse": 5.4-7.7 %
     * at 95 %).
     */
    public static final double RECENT_WORSE_LEVEL = 0.99;
    /** An estimate needs at least this many recorded days with the exposure, and as many without. */
    public static final int EFFECT_MIN_DAYS_EACH_SIDE = 7;
    /** And at least this many recorded days in all (three weeks: the AR(1) needs days to be read). */
    public static final int EFFECT_MIN_DAYS = 21;
    /** Before that, the smallest detectable change "so far" is given from this many days on each side. */
    public static final int DETECTABLE_MIN_EACH_SIDE = 3;
    /** Regression to the mean: the baseline is set against the weeks logged before it, this many days back. */
    public static final int EARLIER_WEEKS_DAYS = 8 * 7;
    /** Those weeks count only with at least this many recorded days. */
    public static final int EARLIER_MIN_RECORDED_DAYS = 14;

    /** Two means closer than this are equal (doubles from small integers). */
    static final double EPSILON = 1e-9;

    private TrackingThresholds() {
    }
}
