package org.carnet.tracking.ui;

import org.carnet.journal.OwnSymptomKind;
import org.carnet.tracking.OwnTracked;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.Tracked;
import org.carnet.ui.Messages;

/** The name and unit of what is tracked: a built-in symptom's words, or the person's own name for theirs. */
public final class SymptomWords {
    private SymptomWords() {
    }

    public static String name(Tracked tracked, Messages messages) {
        if (tracked instanceof Symptom symptom) {
            return messages.of("symptom", symptom);
        }
        OwnTracked own = (OwnTracked) tracked;
        return own.symptom().kind() == OwnSymptomKind.SCALE
                ? messages.get("symptom.own.scale", own.symptom().name()) : own.symptom().name();
    }

    /** The unit of a difference: "per night", "points", or for a yes/no of one's own "days in 100"… */
    public static String unit(Tracked tracked, Messages messages) {
        if (tracked instanceof Symptom symptom) {
            return messages.of("effect.unit", symptom);
        }
        return messages.of("effect.unit.own", ((OwnTracked) tracked).symptom().kind());
    }
}
