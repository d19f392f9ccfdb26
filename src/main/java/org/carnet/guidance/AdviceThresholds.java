package org.carnet.guidance;

/**
 * The figures of the advice the sources give (INFO findings) and Carnet's readings of their words. A reading is
 * Carnet's, not the source's: each is named here and stated in its message, as for the signs (SignThresholds).
 */
public final class AdviceThresholds {
    /** Supplemental magnesium starts at 100–200 mg elemental a day (MG_SUPPLEMENT_START_100_200): the low end... */
    public static final double START_LOW_MG = 100;
    /** ... and the high end; a new product or protocol above it gets the note. */
    public static final double START_HIGH_MG = 200;
    /** Carnet's reading of "start": the first this many days of a protocol (day 1 = its start). */
    public static final int START_SPAN_DAYS = 7;

    /** Carnet's reading of "with the meal": a food logged no more than this many minutes before or after. */
    public static final int MEAL_WINDOW_MINUTES = 60;

    /** The vitamin D minimum the article quotes from EFSA (VITD_EFSA_MIN_5), in µg a day ... */
    public static final double VITAMIN_D_MINIMUM_MICROGRAMS = 5;

    /** The reference intakes (CA_REFERENCE_800, MG_REFERENCE_375), in mg a day. */
    public static final double CALCIUM_REFERENCE_MG = 800;
    public static final double MAGNESIUM_REFERENCE_MG = 375;
    /**
     * Carnet's reading of "high calcium" against magnesium (CA_MG_COMPETITION, no figure in the source): calcium
     * more than this many times the magnesium of the same day, the ratio of the two reference intakes (800 : 375).
     */
    public static final double HIGH_CALCIUM_TO_MAGNESIUM = CALCIUM_REFERENCE_MG / MAGNESIUM_REFERENCE_MG;

    /** The food of a week is read over the last this many days (the day itself included) ... */
    public static final int FOOD_WEEK_DAYS = 7;
    /** ... once food was logged on at least this many of them (fewer days say too little about a week). */
    public static final int FOOD_WEEK_MIN_DAYS = 3;
    /** K2 foods: "fermented foods 3–5 times a week" (K2_FOOD_SOURCES); Carnet counts days with a K2 food. */
    public static final int K2_FOOD_DAYS_PER_WEEK = 3;
    /** How many of the foods the person logs are named as the richest in a nutrient. */
    public static final int RICHEST_FOODS = 3;

    private AdviceThresholds() {
    }
}
