package org.carnet.profile;

/**
 * What the person may tell about themselves that changes the advice (facts SEE_PRO_RISK_PROFILE and
 * MG_RISK_FACTORS). All optional.
 */
public enum RiskFactor {
    PREGNANCY_OR_BREASTFEEDING,
    KIDNEY_DISEASE,
    POORLY_CONTROLLED_DIABETES,
    CANCER,
    DIURETICS,
    DIGITALIS,
    PROTON_PUMP_INHIBITORS,
    DIGESTIVE_DISEASE,
    INTENSE_TRAINING;

    /** Medications that, when several are taken, call for a professional's advice before supplementing. */
    public boolean isListedMedication() {
        return this == DIURETICS || this == DIGITALIS || this == PROTON_PUMP_INHIBITORS;
    }
}
