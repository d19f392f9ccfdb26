package org.carnet.ui;

/** The kinds of stored data a page may show; a write names the kinds it changed. */
public enum DataKind {
    PRODUCTS, MEDICATIONS, FOODS, ROUTINE, PROTOCOLS, PROFILE, DAYS, EPISODES, INTAKES, LABS, OWN_SYMPTOMS
}
