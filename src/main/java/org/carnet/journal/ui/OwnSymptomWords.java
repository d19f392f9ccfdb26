package org.carnet.journal.ui;

import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.ui.Messages;

/** Words for the person's own symptoms: their kind, and a value as the check-in and the journal list show it. */
public final class OwnSymptomWords {
    private OwnSymptomWords() {
    }

    /** "Brain fog — 0–10 scale, higher is better (retired)": one line of "My symptoms". */
    public static String line(OwnSymptom symptom, Messages messages) {
        String kind = messages.of("ownSymptom.kind", symptom.kind());
        String line = messages.get(symptom.higherIsBetter() ? "ownSymptoms.line.higher" : "ownSymptoms.line",
                symptom.name(), kind);
        return symptom.retired() ? messages.get("ownSymptoms.line.retired", line) : line;
    }

    /** A day's value in words: "yes", "no" or the number. */
    public static String value(OwnSymptom symptom, int value, Messages messages) {
        if (symptom.kind() == OwnSymptomKind.YES_NO) {
            return messages.get(value == 1 ? "ownSymptom.yes" : "ownSymptom.no");
        }
        return messages.numbers().integer(value);
    }

    /** The range hint of a field: "0–10" or "0–50". */
    public static String range(OwnSymptom symptom) {
        return symptom.kind().min() + "–" + symptom.kind().max();
    }
}
