package org.carnet.exchange;

import com.google.gson.FormattingStyle;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a {@link Backup} as JSON with Gson's streaming writer, field by field, in the records' component order: the
 * same text, byte for byte, as {@code Gson.toJson} with the backup's settings (pretty printed, no HTML escaping, strict,
 * null fields left out, numbers as {@code toString} gives them), without Gson's reflection. A cold JVM's export no
 * longer loads Gson's object model (its type adapters, reflection accessors and generic signatures: about 250
 * classes) nor looks up each record's accessors. Import still reads through Gson ({@link BackupJson}).
 *
 * <p>A field added to a backup row must be added here too, in its place: {@code BackupWriterTest} compares this with
 * Gson's own output for rows with every field set.
 */
final class BackupWriter {
    private final JsonWriter out;

    private BackupWriter(Writer writer) {
        out = new JsonWriter(writer);
        out.setFormattingStyle(FormattingStyle.PRETTY);
        out.setHtmlSafe(false);
        out.setStrictness(Strictness.STRICT);
        out.setSerializeNulls(false);
    }

    /** Writes the backup to {@code writer} (not flushed, not closed). */
    static void write(Backup backup, Writer writer) throws IOException {
        new BackupWriter(writer).backup(backup);
    }

    @FunctionalInterface
    private interface Element<T> {
        void write(T value) throws IOException;
    }

    private void backup(Backup b) throws IOException {
        if (b == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        text("format", b.format());
        number("version", b.version());
        if (b.profile() != null) {
            out.name("profile");
            profile(b.profile());
        }
        list("products", b.products(), this::product);
        list("medications", b.medications(), this::medication);
        list("customFoods", b.customFoods(), this::customFood);
        list("checkIns", b.checkIns(), this::checkIn);
        list("episodes", b.episodes(), this::episode);
        list("foodIntakes", b.foodIntakes(), this::foodIntake);
        list("supplementIntakes", b.supplementIntakes(), this::supplementIntake);
        list("medicationIntakes", b.medicationIntakes(), this::medicationIntake);
        list("routine", b.routine(), this::routineItem);
        list("favouriteFoods", b.favouriteFoods(), this::string);
        list("protocols", b.protocols(), this::protocol);
        list("labResults", b.labResults(), this::labResult);
        list("ownSymptoms", b.ownSymptoms(), this::ownSymptom);
        list("ownSymptomValues", b.ownSymptomValues(), this::ownValue);
        out.endObject();
    }

    private void profile(Backup.ProfileRow r) throws IOException {
        out.beginObject();
        text("name", r.name());
        number("birthYear", r.birthYear());
        list("riskFactors", r.riskFactors(), this::string);
        out.endObject();
    }

    private void product(Backup.ProductRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        text("name", r.name());
        text("magnesiumForm", r.magnesiumForm());
        number("magnesiumMg", r.magnesiumMg());
        number("vitaminDMicrograms", r.vitaminDMicrograms());
        number("vitaminK2Micrograms", r.vitaminK2Micrograms());
        number("vitaminK1Micrograms", r.vitaminK1Micrograms());
        number("calciumMg", r.calciumMg());
        bool("archived", r.archived());
        text("vitaminDForm", r.vitaminDForm());
        out.endObject();
    }

    private void medication(Backup.MedicationRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        text("name", r.name());
        text("medicationClass", r.medicationClass());
        bool("archived", r.archived());
        out.endObject();
    }

    private void customFood(Backup.CustomFoodRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        text("name", r.name());
        bool("drink", r.drink());
        number("magnesiumMg", r.magnesiumMg());
        number("calciumMg", r.calciumMg());
        number("vitaminDMicrograms", r.vitaminDMicrograms());
        number("vitaminK1Micrograms", r.vitaminK1Micrograms());
        number("vitaminK2Micrograms", r.vitaminK2Micrograms());
        out.endObject();
    }

    private void checkIn(Backup.CheckInRow r) throws IOException {
        out.beginObject();
        time("day", r.day());
        number("crampCount", r.crampCount());
        number("crampWorstSeverity", r.crampWorstSeverity());
        bool("crampsAtNight", r.crampsAtNight());
        number("sleepQuality", r.sleepQuality());
        number("sleepHours", r.sleepHours());
        number("palpitationCount", r.palpitationCount());
        number("fatigue", r.fatigue());
        number("twitching", r.twitching());
        number("irritability", r.irritability());
        text("digestion", r.digestion());
        list("redFlags", r.redFlags(), this::string);
        text("notes", r.notes());
        bool("headache", r.headache());
        number("headacheWorstSeverity", r.headacheWorstSeverity());
        number("noiseLightSensitivity", r.noiseLightSensitivity());
        number("weightKg", r.weightKg());
        out.endObject();
    }

    private void episode(Backup.EpisodeRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        time("occurredAt", r.occurredAt());
        text("kind", r.kind());
        number("durationMinutes", r.durationMinutes());
        number("severity", r.severity());
        text("rhythm", r.rhythm());
        text("trigger", r.trigger());
        list("redFlags", r.redFlags(), this::string);
        out.endObject();
    }

    private void foodIntake(Backup.FoodIntakeRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        time("takenAt", r.takenAt());
        text("foodCode", r.foodCode());
        number("grams", r.grams());
        out.endObject();
    }

    private void supplementIntake(Backup.SupplementIntakeRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        time("takenAt", r.takenAt());
        number("productId", r.productId());
        number("units", r.units());
        if (r.label() != null) {
            out.name("label");
            label(r.label());
        }
        out.endObject();
    }

    private void label(Backup.LabelRow r) throws IOException {
        out.beginObject();
        number("magnesiumMg", r.magnesiumMg());
        number("vitaminDMicrograms", r.vitaminDMicrograms());
        number("vitaminK2Micrograms", r.vitaminK2Micrograms());
        number("vitaminK1Micrograms", r.vitaminK1Micrograms());
        number("calciumMg", r.calciumMg());
        out.endObject();
    }

    private void medicationIntake(Backup.MedicationIntakeRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        time("takenAt", r.takenAt());
        number("medicationId", r.medicationId());
        out.endObject();
    }

    private void routineItem(Backup.RoutineItemRow r) throws IOException {
        out.beginObject();
        number("position", r.position());
        number("productId", r.productId());
        number("medicationId", r.medicationId());
        number("units", r.units());
        time("time", r.time());
        out.endObject();
    }

    private void protocol(Backup.ProtocolRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        text("name", r.name());
        time("start", r.start());
        time("end", r.end());
        list("doses", r.doses(), this::dose);
        if (r.question() != null) {
            out.name("question");
            question(r.question());
        }
        if (r.onOff() != null) {
            out.name("onOff");
            onOff(r.onOff());
        }
        out.endObject();
    }

    private void question(Backup.QuestionRow r) throws IOException {
        out.beginObject();
        text("symptom", r.symptom());
        text("exposure", r.exposure());
        number("productId", r.productId());
        number("threshold", r.threshold());
        number("lagDays", r.lagDays());
        out.endObject();
    }

    private void onOff(Backup.OnOffRow r) throws IOException {
        out.beginObject();
        number("blockDays", r.blockDays());
        text("schedule", r.schedule());
        out.endObject();
    }

    private void dose(Backup.DoseRow r) throws IOException {
        out.beginObject();
        number("productId", r.productId());
        number("units", r.units());
        time("time", r.time());
        out.endObject();
    }

    private void labResult(Backup.LabResultRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        text("test", r.test());
        time("takenOn", r.takenOn());
        number("value", r.value());
        text("unit", r.unit());
        number("rangeLow", r.rangeLow());
        number("rangeHigh", r.rangeHigh());
        out.endObject();
    }

    private void ownSymptom(Backup.OwnSymptomRow r) throws IOException {
        out.beginObject();
        number("id", r.id());
        text("name", r.name());
        text("kind", r.kind());
        bool("higherIsBetter", r.higherIsBetter());
        bool("retired", r.retired());
        out.endObject();
    }

    private void ownValue(Backup.OwnValueRow r) throws IOException {
        out.beginObject();
        time("day", r.day());
        number("symptomId", r.symptomId());
        number("value", r.value());
        out.endObject();
    }

    // A null field is left out (the writer drops the name when the value is null, as Gson's reflective adapter).

    private void text(String name, String value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    private void number(String name, Number value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    private void bool(String name, Boolean value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    /** A date, a date and time or a time, as its ISO {@code toString} (StrictAdapters' writing). */
    private void time(String name, Object value) throws IOException {
        if (value != null) {
            out.name(name).value(value.toString());
        }
    }

    /** An element of a list of strings; a null element is written as null, as Gson writes it. */
    private void string(String value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else {
            out.value(value);
        }
    }

    private <T> void list(String name, List<T> values, Element<T> element) throws IOException {
        if (values == null) {
            return;
        }
        out.name(name);
        out.beginArray();
        for (T value : values) {
            if (value == null) {
                out.nullValue();
            } else {
                element.write(value);
            }
        }
        out.endArray();
    }
}
