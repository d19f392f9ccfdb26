package org.carnet.journal;

/** A known trigger of a palpitation. */
public enum Trigger {
    CAFFEINE,
    ALCOHOL,
    EXERTION,
    STRESS,
    OTHER
}
