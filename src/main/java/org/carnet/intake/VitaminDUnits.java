package org.carnet.intake;

/** Vitamin D labels use µg or IU; Carnet stores µg. 1 µg = 40 IU (guidance-facts, Vitamin D). */
public final class VitaminDUnits {
    public static final double IU_PER_MICROGRAM = 40.0;

    private VitaminDUnits() {
    }

    public static double microgramsFromIu(double iu) {
        return iu / IU_PER_MICROGRAM;
    }

    public static double iuFromMicrograms(double micrograms) {
        return micrograms * IU_PER_MICROGRAM;
    }
}
