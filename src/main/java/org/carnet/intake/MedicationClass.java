package org.carnet.intake;

/** The medication classes the guidance knows about (facts MG_SPACING_2_4H and SEE_PRO_RISK_PROFILE). */
public enum MedicationClass {
    LEVOTHYROXINE,
    TETRACYCLINE,
    QUINOLONE,
    BISPHOSPHONATE,
    PROTON_PUMP_INHIBITOR,
    DIURETIC,
    DIGITALIS,
    OTHER;

    /** Classes to keep 2–4 h apart from magnesium (MG_SPACING_2_4H). */
    public boolean needsSpacingFromMagnesium() {
        return this == LEVOTHYROXINE || this == TETRACYCLINE || this == QUINOLONE || this == BISPHOSPHONATE;
    }
}
