package org.carnet.tracking;

import java.util.Objects;
import org.carnet.journal.DayEntry;
import org.carnet.journal.OwnSymptom;

/**
 * One of the person's own symptoms, as tracking reads it: the check-in's value (0–10, a count, or 1/0 for yes/no),
 * with its direction from "higher is better". A daytime symptom (lag 0): Carnet knows nothing of when it happens.
 */
public record OwnTracked(OwnSymptom symptom) implements Tracked {
    public OwnTracked {
        Objects.requireNonNull(symptom.id(), "a stored own symptom");
    }

    @Override
    public String name() {
        return "OWN_" + symptom.id();
    }

    @Override
    public boolean higherIsBetter() {
        return symptom.higherIsBetter();
    }

    @Override
    public boolean nightly() {
        return false;
    }

    @Override
    public boolean fromEpisodesOnly() {
        return false;
    }

    @Override
    public Double valueOf(DayEntry day) {
        Integer value = day.ownValue(symptom.id());
        return value == null ? null : value.doubleValue();
    }
}
