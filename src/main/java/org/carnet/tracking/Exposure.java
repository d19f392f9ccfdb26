package org.carnet.tracking;

/**
 * What a comparison sets against the other days. PROTOCOL: the days under the protocol against its baseline (the 14
 * days before the start; with an on/off plan, the "on" blocks against the "off" ones). MAGNESIUM: days whose total
 * elemental magnesium (food from the Ciqual table and supplements) reaches a threshold in mg, against days with
 * something logged that stay under it. PRODUCT: days on which a product was taken in at least a number of units.
 */
public enum Exposure {
    PROTOCOL,
    MAGNESIUM,
    PRODUCT
}
