package org.carnet.exchange;

/** How an imported backup meets the journal already there. */
public enum ImportMode {
    /** Keep what is there; add only the records the journal does not have yet (ids of new ones may change). */
    MERGE,
    /** Delete everything, then insert the backup as it is, ids included. */
    REPLACE
}
