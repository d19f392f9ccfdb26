package org.carnet.journal;

import java.util.Objects;

/**
 * A symptom the person added, in their own words. {@code id} is null until stored. {@code higherIsBetter} says
 * which way is an improvement (for tracking); a retired symptom is no longer asked in the check-in, and what was
 * logged for it stays. The sources Carnet cites say nothing about such a symptom: it never gets advice.
 */
public record OwnSymptom(Long id, String name, OwnSymptomKind kind, boolean higherIsBetter, boolean retired) {
    /** The longest name, in characters as a person counts them. */
    public static final int NAME_MAX_LENGTH = 40;
    /** At most this many symptoms in use at once: the check-in stays short and the GP summary one page. */
    public static final int MAX_ACTIVE = 6;

    public OwnSymptom {
        name = name == null ? null : name.strip();
        Objects.requireNonNull(kind, "kind");
    }

    public static OwnSymptom create(String name, OwnSymptomKind kind, boolean higherIsBetter) {
        return new OwnSymptom(null, name, kind, higherIsBetter, false);
    }

    public OwnSymptom withId(long newId) {
        return new OwnSymptom(newId, name, kind, higherIsBetter, retired);
    }

    public OwnSymptom withRetired(boolean nowRetired) {
        return new OwnSymptom(id, name, kind, higherIsBetter, nowRetired);
    }
}
