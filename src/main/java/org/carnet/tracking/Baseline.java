package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.BASELINE_CALENDAR_DAYS;
import static org.carnet.tracking.TrackingThresholds.BASELINE_MIN_LOGGED_DAYS;

import java.time.LocalDate;
import java.util.Map;
import org.carnet.journal.DayEntry;

/**
 * The days before a protocol that its trends are compared with: the 14 calendar days before the start
 * ({@code from}–{@code to}, inclusive), and how many of them are logged (a day with a check-in or an episode). With
 * fewer than {@link TrackingThresholds#BASELINE_MIN_LOGGED_DAYS} logged days there is no baseline: every symptom's
 * baseline is "not enough data". Days after the as-of date are not counted.
 */
public record Baseline(LocalDate from, LocalDate to, int loggedDays) {

    public boolean enough() {
        return loggedDays >= BASELINE_MIN_LOGGED_DAYS;
    }

    static Baseline of(Protocol protocol, LocalDate asOf, Map<LocalDate, DayEntry> journal) {
        LocalDate from = protocol.start().minusDays(BASELINE_CALENDAR_DAYS);
        LocalDate to = protocol.start().minusDays(1);
        int logged = 0;
        for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(asOf); day = day.plusDays(1)) {
            if (isLogged(journal.get(day))) {
                logged++;
            }
        }
        return new Baseline(from, to, logged);
    }

    /** A symptom's baseline mean; null when the baseline as a whole or the symptom has too few days. */
    Measure measure(Tracked symptom, Map<LocalDate, DayEntry> journal, LocalDate asOf) {
        LocalDate last = to.isAfter(asOf) ? asOf : to;
        Measure measure = Measure.of(symptom, journal, from, last);
        if (!measure.started()) {
            return new Measure(from, to, 0, null);
        }
        return enough() ? measure : measure.withoutMean();
    }

    static boolean isLogged(DayEntry entry) {
        return entry != null && (entry.checkIn().isPresent() || !entry.episodes().isEmpty());
    }
}
