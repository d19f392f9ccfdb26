package org.carnet.intake;

/** The salt a magnesium supplement uses (fact MG_FORMS); doses are always in mg of elemental magnesium. */
public enum MagnesiumForm {
    BISGLYCINATE,
    GLYCINATE,
    CITRATE,
    MALATE,
    LACTATE,
    CHLORIDE,
    OXIDE,
    OTHER
}
