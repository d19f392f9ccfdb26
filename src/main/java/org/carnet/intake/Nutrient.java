package org.carnet.intake;

/** The nutrients Carnet totals for a day. Food values are per 100 g (Ciqual); product values per unit. */
public enum Nutrient {
    MAGNESIUM("mg"),
    CALCIUM("mg"),
    VITAMIN_D("µg"),
    VITAMIN_K1("µg"),
    VITAMIN_K2("µg");

    private final String unit;

    Nutrient(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
