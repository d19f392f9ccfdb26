package org.carnet.guidance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.Food;
import org.carnet.intake.Medication;
import org.carnet.intake.Product;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Digestion;
import org.carnet.profile.Profile;

/**
 * Everything the rules look at for one day: what was taken and eaten and when, the day's totals, the digestion logged
 * in the check-in (null if not recorded), the person's profile, the journal's days up to this one ({@code journal}:
 * those logged in the last {@link SignThresholds#LOOKBACK_DAYS} days, this day included, oldest first; the signs
 * that call for a professional are read over them), the protocols whose plan falls on this day ({@code planned}),
 * and the days with an intake logged in the {@link SignThresholds#LOOKBACK_DAYS} days before this one
 * ({@code earlier}, oldest first, each without days of its own: the week's food and what is new are read over them).
 */
public record DayIntake(LocalDate day, List<TimedSupplement> supplements, List<TimedMedication> medications,
                        DailyTotals totals, Digestion digestion, Profile profile, List<DayEntry> journal,
                        List<TimedFood> foods, List<PlannedDay> planned, List<DayIntake> earlier) {

    public DayIntake {
        supplements = List.copyOf(supplements);
        medications = List.copyOf(medications);
        profile = profile == null ? Profile.empty() : profile;
        journal = journal == null ? List.of() : journal.stream()
                .filter(e -> day == null || !e.day().isAfter(day))
                .sorted(Comparator.comparing(DayEntry::day)).toList();
        foods = foods == null ? List.of() : List.copyOf(foods);
        planned = planned == null ? List.of() : List.copyOf(planned);
        earlier = earlier == null ? List.of() : earlier.stream()
                .filter(e -> day == null || e.day().isBefore(day))
                .sorted(Comparator.comparing(DayIntake::day)).toList();
    }

    /** A day with the journal around it, without foods, plans or earlier intakes. */
    public DayIntake(LocalDate day, List<TimedSupplement> supplements, List<TimedMedication> medications,
                     DailyTotals totals, Digestion digestion, Profile profile, List<DayEntry> journal) {
        this(day, supplements, medications, totals, digestion, profile, journal, List.of(), List.of(), List.of());
    }

    /** A day read without the journal around it (the intake rules only). */
    public DayIntake(LocalDate day, List<TimedSupplement> supplements, List<TimedMedication> medications,
                     DailyTotals totals, Digestion digestion, Profile profile) {
        this(day, supplements, medications, totals, digestion, profile, List.of());
    }

    /** The journal entry of this very day, if one was logged. */
    public Optional<DayEntry> entry() {
        return journal.stream().filter(e -> e.day().equals(day)).findFirst();
    }

    /** The journal's days from {@code days - 1} days before this one to this one. */
    public List<DayEntry> lastDays(int days) {
        LocalDate first = day.minusDays(days - 1L);
        return journal.stream().filter(e -> !e.day().isBefore(first)).toList();
    }

    /** This day and the earlier ones from {@code days - 1} days before it, oldest first. */
    public List<DayIntake> lastIntakeDays(int days) {
        LocalDate first = day.minusDays(days - 1L);
        List<DayIntake> out = new java.util.ArrayList<>(earlier.stream().filter(e -> !e.day().isBefore(first))
                .toList());
        out.add(this);
        return out;
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

    /** A food eaten at a time of day, in grams (ml for drinks). */
    public record TimedFood(LocalTime time, Food food, double grams) {
    }

    /**
     * A protocol whose plan falls on this day: its name, the day's number in it (1 = its start) and what it plans,
     * each line a product, units and a time (no time: none planned).
     */
    public record PlannedDay(String protocol, int dayNumber, List<TimedSupplement> plan) {
        public PlannedDay {
            plan = List.copyOf(plan);
        }

        /** Magnesium the plan gives a day from supplements, in mg. */
        public double magnesiumMg() {
            return plan.stream().filter(Amounts::taken).mapToDouble(TimedSupplement::magnesiumMg).sum();
        }
    }
}
