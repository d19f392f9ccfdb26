package org.carnet.guidance;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.carnet.guidance.DayIntake.TimedSupplement;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientTotal;

/** Small shared arithmetic of the rules. */
final class Amounts {
    /** Sums of label values times units can land a hair off a round threshold (0.1 × 3); this absorbs it. */
    private static final double EPSILON = 1e-9;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Amounts() {
    }

    static boolean over(double value, double limit) {
        return value > limit + EPSILON;
    }

    static boolean atLeast(double value, double limit) {
        return value >= limit - EPSILON;
    }

    /** A supplement entry that was actually taken (a product and a positive number of units). */
    static boolean taken(TimedSupplement supplement) {
        return supplement != null && supplement.product() != null && supplement.units() > 0;
    }

    static List<TimedSupplement> taken(DayIntake day) {
        return day.supplements().stream().filter(Amounts::taken).toList();
    }

    static boolean containsMagnesium(TimedSupplement supplement) {
        return taken(supplement) && supplement.magnesiumMg() > 0;
    }

    static double supplementalMagnesiumMg(DayIntake day) {
        return taken(day).stream().mapToDouble(TimedSupplement::magnesiumMg).sum();
    }

    static double supplementalCalciumMg(DayIntake day) {
        return taken(day).stream().mapToDouble(s -> perUnit(s.product().calciumMg()) * s.units()).sum();
    }

    static double supplementalVitaminK2Micrograms(DayIntake day) {
        return taken(day).stream().mapToDouble(s -> perUnit(s.product().vitaminK2Micrograms()) * s.units()).sum();
    }

    /** The day's total (food + supplements) of a nutrient, empty when the day has no totals. */
    static Optional<Double> total(DayIntake day, Nutrient nutrient) {
        if (day.totals() == null) {
            return Optional.empty();
        }
        NutrientTotal total = day.totals().of(nutrient);
        return total == null ? Optional.empty() : Optional.of(total.total());
    }

    /**
     * The week's days with food logged, this day last, when this day has food and the week has at least
     * {@link AdviceThresholds#FOOD_WEEK_MIN_DAYS} such days; empty otherwise (too little is known of the week).
     */
    static List<DayIntake> foodWeek(DayIntake day) {
        if (day.foods().isEmpty()) {
            return List.of();
        }
        List<DayIntake> week = day.lastIntakeDays(AdviceThresholds.FOOD_WEEK_DAYS).stream()
                .filter(d -> !d.foods().isEmpty()).toList();
        return week.size() < AdviceThresholds.FOOD_WEEK_MIN_DAYS ? List.of() : week;
    }

    /** A time as messages show it, 24-hour {@code HH:mm} in every language. */
    static String clock(LocalTime time) {
        return CLOCK.format(time);
    }

    private static double perUnit(Double value) {
        return value == null ? 0 : value;
    }
}
