package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.MIN_RECORDED_DAYS;

import java.time.LocalDate;
import java.util.Map;
import org.carnet.journal.DayEntry;

/**
 * A symptom's mean over a span of days: the span ({@code from}–{@code to}, inclusive; both null when the span has
 * not started yet), how many of its days have the symptom recorded, and the mean of those values, or null ("not
 * enough data") when fewer than {@link TrackingThresholds#MIN_RECORDED_DAYS} days are recorded or the span cannot
 * be used (a baseline with too few logged days).
 */
public record Measure(LocalDate from, LocalDate to, int recordedDays, Double mean) {

    static Measure notStarted() {
        return new Measure(null, null, 0, null);
    }

    /** The mean of the recorded values of {@code symptom} from {@code from} to {@code to} (inclusive). */
    static Measure of(Tracked symptom, Map<LocalDate, DayEntry> journal, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return notStarted();
        }
        int count = 0;
        double sum = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Double value = valueOn(symptom, journal, day);
            if (value != null) {
                count++;
                sum += value;
            }
        }
        return new Measure(from, to, count, count >= MIN_RECORDED_DAYS ? sum / count : null);
    }

    /** The symptom's value on a day, or null when the day or the symptom is not recorded. */
    static Double valueOn(Tracked symptom, Map<LocalDate, DayEntry> journal, LocalDate day) {
        DayEntry entry = journal.get(day);
        return entry == null ? null : symptom.valueOf(entry);
    }

    /** The same span and count, with no mean (the span as a whole cannot be used). */
    Measure withoutMean() {
        return new Measure(from, to, recordedDays, null);
    }

    /** False while the span lies entirely after the as-of date (or after the protocol's end). */
    public boolean started() {
        return from != null;
    }

    /** True when there is a mean to show; false means "not enough data" (or not started). */
    public boolean hasValue() {
        return mean != null;
    }
}
