package org.carnet.intake;

/**
 * What an intake form accepts. The bounds refuse typos (20 kg of almonds, 100,000 IU in a capsule), not doses: the
 * guidance rules, with their sources, speak about doses.
 */
public final class IntakeLimits {
    public static final double FOOD_GRAMS_MAX = 3000;
    public static final int FOOD_GRAMS_DECIMALS = 1;
    public static final double UNITS_MAX = 20;
    public static final int UNITS_DECIMALS = 2;
    public static final double PRODUCT_MAGNESIUM_MG_MAX = 1000;
    public static final double PRODUCT_VITAMIN_D_UG_MAX = 250;
    public static final double PRODUCT_VITAMIN_K_UG_MAX = 1000;
    public static final double PRODUCT_CALCIUM_MG_MAX = 2000;
    public static final double FOOD_MINERAL_MG_PER_100G_MAX = 5000;
    public static final double FOOD_VITAMIN_D_UG_PER_100G_MAX = 1000;
    public static final double FOOD_VITAMIN_K_UG_PER_100G_MAX = 5000;
    public static final int AMOUNT_DECIMALS = 2;
    public static final int NAME_MAX_LENGTH = 120;

    private IntakeLimits() {
    }
}
