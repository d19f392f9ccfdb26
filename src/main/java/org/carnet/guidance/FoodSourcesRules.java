package org.carnet.guidance;

import static org.carnet.guidance.AdviceThresholds.*;

import java.util.List;
import org.carnet.intake.Nutrient;

/**
 * The food sources the articles list (MG_FOOD_SOURCES, K2_FOOD_SOURCES), as INFO findings when the week's food is
 * short of the nutrient: first the foods richest in it among those the person already logs (Ciqual values), then
 * the families the source names. The week is read as {@link Amounts#foodWeek} says.
 */
public final class FoodSourcesRules {
    private FoodSourcesRules() {
    }

    public static List<Rule> all() {
        return List.of(new Magnesium(), new K2());
    }

    /**
     * MG_FOOD_LOW: magnesium from food averages below the {@link AdviceThresholds#MAGNESIUM_REFERENCE_MG} mg
     * reference over the week's days with food. Args: {0} mg a day on average, {1} days, {2} the reference,
     * {3} the richest foods logged ({@link RichestFoods}), {4} how many are named.
     */
    public static final class Magnesium implements Rule {
        public static final String ID = "MG_FOOD_LOW";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.MG_FOOD_SOURCES;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            List<DayIntake> week = Amounts.foodWeek(day);
            if (week.isEmpty()) {
                return List.of();
            }
            double average = week.stream().mapToDouble(d -> d.totals() == null ? 0
                    : d.totals().of(Nutrient.MAGNESIUM).fromFood()).sum() / week.size();
            if (Amounts.atLeast(average, MAGNESIUM_REFERENCE_MG)) {
                return List.of();
            }
            RichestFoods richest = RichestFoods.among(day.lastIntakeDays(SignThresholds.LOOKBACK_DAYS),
                    Nutrient.MAGNESIUM, RICHEST_FOODS);
            return List.of(new Finding(ID, Severity.INFO, day.day(), fact(),
                    List.of(average, week.size(), MAGNESIUM_REFERENCE_MG, richest, richest.size())));
        }
    }

    /**
     * K2_FOOD_FEW_DAYS: a food with vitamin K2 (a measured value above 0) logged on fewer than
     * {@link AdviceThresholds#K2_FOOD_DAYS_PER_WEEK} of the week's days with food (the source gives no reference
     * intake for K2, only "3–5 times a week"). Args: {0} days with a K2 food, {1} days with food, {2} the reading's
     * days, {3} the richest foods logged, {4} how many are named.
     */
    public static final class K2 implements Rule {
        public static final String ID = "K2_FOOD_FEW_DAYS";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Fact fact() {
            return Fact.K2_FOOD_SOURCES;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            List<DayIntake> week = Amounts.foodWeek(day);
            if (week.isEmpty()) {
                return List.of();
            }
            long k2Days = week.stream().filter(d -> d.foods().stream()
                    .anyMatch(f -> RichestFoods.value(f.food(), Nutrient.VITAMIN_K2) > 0)).count();
            if (k2Days >= K2_FOOD_DAYS_PER_WEEK) {
                return List.of();
            }
            RichestFoods richest = RichestFoods.among(day.lastIntakeDays(SignThresholds.LOOKBACK_DAYS),
                    Nutrient.VITAMIN_K2, RICHEST_FOODS);
            return List.of(new Finding(ID, Severity.INFO, day.day(), fact(),
                    List.of(k2Days, week.size(), K2_FOOD_DAYS_PER_WEEK, richest, richest.size())));
        }
    }
}
