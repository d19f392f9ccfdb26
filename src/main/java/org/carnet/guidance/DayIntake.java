package org.carnet.guidance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.Medication;
import org.carnet.intake.Product;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Digestion;
import org.carnet.profile.Profile;

/**
 * Everything the rules look at for one day: what was taken and when, the day's totals, the digestion logged in the
 * check-in (null if not recorded), the person's profile, and the journal's days up to this one
 * ({@code journal}: those logged in the last {@link SignThresholds#LOOKBACK_DAYS} days, this day included, oldest
 * first; the signs that call for a professional are read over them).
 */
public record DayIntake(LocalDate day, List<TimedSupplement> supplements, List<TimedMedication> medications,
                        DailyTotals totals, Digestion digestion, Profile profile, List<DayEntry> journal) {

    public DayIntake {
        supplements = List.copyOf(supplements);
        medications = List.copyOf(medications);
        profile = profile == null ? Profile.empty() : profile;
        journal = journal == null ? List.of() : journal.stream()
                .filter(e -> day == null || !e.day().isAfter(day))
                .sorted(java.util.Comparator.comparing(DayEntry::day)).toList();
    }

    /** A day read without the journal around it (the intake rules only). */
    public DayIntake(LocalDate day, List<TimedSupplement> supplements, List<TimedMedication> medications,
                     DailyTotals totals, Digestion digestion, Profile profile) {
        this(day, supplements, medications, totals, digestion, profile, List.of());
    }

    /** The journal entry of this very day, if one was logged. */
    public java.util.Optional<DayEntry> entry() {
        return journal.stream().filter(e -> e.day().equals(day)).findFirst();
    }

    /** The journal's days from {@code days - 1} days before this one to this one. */
    public List<DayEntry> lastDays(int days) {
        LocalDate first = day.minusDays(days - 1L);
        return journal.stream().filter(e -> !e.day().isBefore(first)).toList();
    }

    /** A supplement taken at a time of day. */
    public record TimedSupplement(LocalTime time, Product product, double units) {
        public double magnesiumMg() {
            return product.magnesiumMg() == null ? 0 : product.magnesiumMg() * units;
        }
    }

    /** A medication taken at a time of day. */
    public record TimedMedication(LocalTime time, Medication medication) {
    }
}
