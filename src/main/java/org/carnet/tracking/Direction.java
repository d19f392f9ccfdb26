package org.carnet.tracking;

/**
 * How a symptom's last 7 days compare with its baseline: better or worse by at least
 * {@link TrackingThresholds#CLEAR_CHANGE_PERCENT}, in between, or not comparable for lack of recorded days.
 * Better means lower, except for sleep quality ({@link Symptom#higherIsBetter()}).
 */
public enum Direction {
    BETTER,
    NO_CLEAR_CHANGE,
    WORSE,
    NOT_ENOUGH_DATA
}
