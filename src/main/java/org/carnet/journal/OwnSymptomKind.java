package org.carnet.journal;

/** How a symptom of one's own is noted each day: a 0–10 scale, a count, or yes/no (stored as 1 or 0). */
public enum OwnSymptomKind {
    SCALE(JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX),
    COUNT(0, JournalLimits.MAX_EPISODES_PER_DAY),
    YES_NO(0, 1);

    private final int min;
    private final int max;

    OwnSymptomKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }
}
