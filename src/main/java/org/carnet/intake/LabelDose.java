package org.carnet.intake;

/**
 * What one unit of a product holds, as its label gave it: elemental magnesium and calcium in mg, vitamins in µg.
 * Null means none of that nutrient. Kept with each supplement intake, so that a label changed later leaves the
 * intakes logged before it as they were.
 */
public record LabelDose(Double magnesiumMg, Double vitaminDMicrograms, Double vitaminK2Micrograms,
                        Double vitaminK1Micrograms, Double calciumMg) {
}
