package org.carnet.guidance;

import static org.carnet.guidance.AdviceThresholds.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.carnet.guidance.DayIntake.TimedSupplement;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientTotal;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;

/**
 * The advice the sources give, as INFO findings: never alarms, listed after warnings and cautions. Like every rule
 * they read only what was logged: no food logged is not a meal missed, a form left unknown is not D2.
 */
public final class AdviceRules {
    private AdviceRules() {
    }

    /** Every rule of this family, in the order the engine runs them. */
    public static List<Rule> all() {
        return List.of(new MagnesiumStart(), new VitaminDWithMeal(), new K2WithFatMeal(), new VitaminDForm2(),
                new VitaminDMinimum(), new CalciumAgainstMagnesium());
    }

    private abstract static class Advice implements Rule {
        Finding info(DayIntake day, Object... args) {
            return new Finding(id(), Severity.INFO, day.day(), fact(), List.of(args));
        }
    }

    /**
     * MG_START_HIGH: a new protocol (its first {@link AdviceThresholds#START_SPAN_DAYS} days) that plans more than
     * {@link AdviceThresholds#START_HIGH_MG} mg of supplemental magnesium a day, or a magnesium product logged for
     * the first time in {@link SignThresholds#LOOKBACK_DAYS} days at more than that on the day. Args: {0} mg, {1} the
     * low end, {2} the high end, {3} the protocol's or product's name, {4} 0 for a protocol, 1 for a product (2 for
     * a product just saved: {@link #forNewProduct}).
     */
    public static final class MagnesiumStart extends Advice {
        public static final String ID = "MG_START_HIGH";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.MG_SUPPLEMENT_START_100_200;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            List<Finding> out = new ArrayList<>();
            for (DayIntake.PlannedDay plan : day.planned()) {
                if (plan.dayNumber() >= 1 && plan.dayNumber() <= START_SPAN_DAYS
                        && Amounts.over(plan.magnesiumMg(), START_HIGH_MG)) {
                    out.add(info(day, plan.magnesiumMg(), START_LOW_MG, START_HIGH_MG, plan.protocol(), 0));
                }
            }
            Set<Object> before = day.earlier().stream().flatMap(d -> Amounts.taken(d).stream())
                    .map(s -> key(s.product())).collect(Collectors.toSet());
            // One product logged twice in the day counts once, with both doses.
            java.util.Map<Object, List<TimedSupplement>> byProduct = new java.util.LinkedHashMap<>();
            Amounts.taken(day).stream().filter(Amounts::containsMagnesium)
                    .forEach(s -> byProduct.computeIfAbsent(key(s.product()), k -> new ArrayList<>()).add(s));
            byProduct.forEach((product, doses) -> {
                double mg = doses.stream().mapToDouble(TimedSupplement::magnesiumMg).sum();
                if (!before.contains(product) && Amounts.over(mg, START_HIGH_MG)) {
                    out.add(info(day, mg, START_LOW_MG, START_HIGH_MG, doses.get(0).product().name(), 1));
                }
            });
            return out;
        }

        private static Object key(Product product) {
            return product.id() != null ? product.id() : product.name();
        }

        /**
         * The note shown as a new protocol is saved, before any of its days: its plan gives more than
         * {@link AdviceThresholds#START_HIGH_MG} mg of supplemental magnesium a day. The same finding as on its
         * first days ({4} = 0), dated on its start.
         */
        public static java.util.Optional<Finding> forNewProtocol(String name, java.time.LocalDate start,
                                                                 List<TimedSupplement> plan) {
            double mg = new DayIntake.PlannedDay(name, 1, plan).magnesiumMg();
            return Amounts.over(mg, START_HIGH_MG) ? java.util.Optional.of(new Finding(ID, Severity.INFO, start,
                    Fact.MG_SUPPLEMENT_START_100_200, List.of(mg, START_LOW_MG, START_HIGH_MG, name, 0)))
                    : java.util.Optional.empty();
        }

        /**
         * The note shown as a new product is saved, before it is ever logged: one unit of it gives more than
         * {@link AdviceThresholds#START_HIGH_MG} mg of magnesium, so even one a day starts above 100–200 mg
         * ({4} = 2, {0} the mg per unit). Dated {@code today}.
         */
        public static java.util.Optional<Finding> forNewProduct(Product product, java.time.LocalDate today) {
            if (!product.containsMagnesium() || !Amounts.over(product.magnesiumMg(), START_HIGH_MG)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Finding(ID, Severity.INFO, today, Fact.MG_SUPPLEMENT_START_100_200,
                    List.of(product.magnesiumMg(), START_LOW_MG, START_HIGH_MG, product.name(), 2)));
        }
    }

    /**
     * A supplement with a fat-soluble vitamin taken with no food logged within
     * {@link AdviceThresholds#MEAL_WINDOW_MINUTES} minutes of it, on a day with food logged (a day without is
     * unknown). Args: {0} the product, {1} its time (HH:mm), {2} the window in minutes.
     */
    private abstract static class WithMeal extends Advice {
        abstract Predicate<Product> contains();

        @Override
        public List<Finding> evaluate(DayIntake day) {
            if (day.foods().isEmpty()) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            for (TimedSupplement supplement : Amounts.taken(day)) {
                if (supplement.time() == null || !contains().test(supplement.product())) {
                    continue;
                }
                boolean withFood = day.foods().stream().filter(f -> f.time() != null)
                        .anyMatch(f -> minutesApart(f.time(), supplement.time()) <= MEAL_WINDOW_MINUTES);
                if (!withFood) {
                    out.add(info(day, supplement.product().name(), Amounts.clock(supplement.time()),
                            MEAL_WINDOW_MINUTES));
                }
            }
            return out;
        }

        private static long minutesApart(LocalTime a, LocalTime b) {
            return Math.abs(Duration.between(a, b).toMinutes());
        }
    }

    /** VITD_APART_FROM_MEAL: vitamin D taken away from food (VITD_WITH_MEAL); see {@link WithMeal}. */
    public static final class VitaminDWithMeal extends WithMeal {
        public static final String ID = "VITD_APART_FROM_MEAL";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.VITD_WITH_MEAL;
        }

        @Override
        Predicate<Product> contains() {
            return p -> p.vitaminDMicrograms() != null && p.vitaminDMicrograms() > 0;
        }
    }

    /**
     * K2_APART_FROM_MEAL: vitamin K2 taken away from food (K2_WITH_FAT_MEAL; the table gives no fat, so Carnet can
     * only see that no food was logged near it); see {@link WithMeal}.
     */
    public static final class K2WithFatMeal extends WithMeal {
        public static final String ID = "K2_APART_FROM_MEAL";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.K2_WITH_FAT_MEAL;
        }

        @Override
        Predicate<Product> contains() {
            return p -> p.vitaminK2Micrograms() != null && p.vitaminK2Micrograms() > 0;
        }
    }

    /**
     * VITD_D2_FORM: a vitamin D product whose form is D2 (ergocalciferol), as chosen in the product editor (or read
     * from its name when none was chosen), logged that day. Args: {0} product.
     */
    public static final class VitaminDForm2 extends Advice {
        public static final String ID = "VITD_D2_FORM";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.VITD_D3_PREFERRED;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            return Amounts.taken(day).stream().map(TimedSupplement::product)
                    .filter(p -> p.vitaminDForm() == VitaminDForm.D2)
                    .map(Product::name).distinct().map(name -> info(day, name)).toList();
        }
    }

    /**
     * VITD_BELOW_MINIMUM: over the week's days with food logged (at least {@link AdviceThresholds#FOOD_WEEK_MIN_DAYS}
     * of the last {@link AdviceThresholds#FOOD_WEEK_DAYS}, this day one of them), vitamin D from food and supplements
     * averages below the {@link AdviceThresholds#VITAMIN_D_MINIMUM_MICROGRAMS} µg the article quotes from EFSA.
     * Args: {0} µg a day on average, {1} days, {2} the minimum in µg, {3} in IU, {4} foods with no value in the table.
     */
    public static final class VitaminDMinimum extends Advice {
        public static final String ID = "VITD_BELOW_MINIMUM";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.VITD_EFSA_MIN_5;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            List<DayIntake> week = Amounts.foodWeek(day);
            if (week.isEmpty()) {
                return List.of();
            }
            double average = week.stream().mapToDouble(d -> total(d).total()).sum() / week.size();
            if (Amounts.atLeast(average, VITAMIN_D_MINIMUM_MICROGRAMS)) {
                return List.of();
            }
            int unknown = week.stream().mapToInt(d -> total(d).foodsWithoutValue()).sum();
            return List.of(info(day, average, week.size(), VITAMIN_D_MINIMUM_MICROGRAMS,
                    org.carnet.intake.VitaminDUnits.iuFromMicrograms(VITAMIN_D_MINIMUM_MICROGRAMS), unknown));
        }

        private static NutrientTotal total(DayIntake day) {
            return day.totals() == null ? NutrientTotal.NONE : day.totals().of(Nutrient.VITAMIN_D);
        }
    }

    /**
     * CA_HIGH_AGAINST_MG: on a day with food logged, magnesium (food and supplements) below the
     * {@link AdviceThresholds#MAGNESIUM_REFERENCE_MG} mg reference and calcium more than
     * {@link AdviceThresholds#HIGH_CALCIUM_TO_MAGNESIUM} times it. Args: {0} calcium mg, {1} magnesium mg, {2} the
     * ratio, {3} the calcium reference, {4} the magnesium reference.
     */
    public static final class CalciumAgainstMagnesium extends Advice {
        public static final String ID = "CA_HIGH_AGAINST_MG";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.CA_MG_COMPETITION;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            if (day.foods().isEmpty()) {
                return List.of();
            }
            double magnesium = Amounts.total(day, Nutrient.MAGNESIUM).orElse(0.0);
            double calcium = Amounts.total(day, Nutrient.CALCIUM).orElse(0.0);
            if (magnesium <= 0 || Amounts.atLeast(magnesium, MAGNESIUM_REFERENCE_MG)
                    || !Amounts.over(calcium, HIGH_CALCIUM_TO_MAGNESIUM * magnesium)) {
                return List.of();
            }
            return List.of(info(day, calcium, magnesium, HIGH_CALCIUM_TO_MAGNESIUM, CALCIUM_REFERENCE_MG,
                    MAGNESIUM_REFERENCE_MG));
        }
    }
}
