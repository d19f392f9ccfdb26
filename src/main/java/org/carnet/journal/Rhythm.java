package org.carnet.journal;

/** How a palpitation felt; a clinician asks this first. */
public enum Rhythm {
    REGULAR,
    IRREGULAR
}
