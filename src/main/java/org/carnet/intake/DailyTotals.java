package org.carnet.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A day's magnesium, calcium, vitamin D, K1 and K2, from food and supplements. Pure arithmetic. */
public record DailyTotals(Map<Nutrient, NutrientTotal> byNutrient) {

    public DailyTotals {
        EnumMap<Nutrient, NutrientTotal> copy = new EnumMap<>(Nutrient.class);
        for (Nutrient nutrient : Nutrient.values()) {
            copy.put(nutrient, byNutrient.getOrDefault(nutrient, NutrientTotal.NONE));
        }
        byNutrient = Map.copyOf(copy);
    }

    public NutrientTotal of(Nutrient nutrient) {
        return byNutrient.get(nutrient);
    }

    /** A food and the amount eaten, in grams (ml for drinks). */
    public record FoodPortion(Food food, double grams) {
    }

    /** A product and the number of units taken. */
    public record ProductDose(Product product, double units) {
    }

    public static DailyTotals of(List<FoodPortion> foods, List<ProductDose> doses) {
        EnumMap<Nutrient, NutrientTotal> totals = new EnumMap<>(Nutrient.class);
        for (Nutrient nutrient : Nutrient.values()) {
            NutrientTotal total = NutrientTotal.NONE;
            for (FoodPortion portion : foods) {
                total = total.plusFood(portion.food().amount(nutrient).scaledTo(portion.grams()));
            }
            for (ProductDose dose : doses) {
                Double perUnit = perUnit(dose.product(), nutrient);
                if (perUnit != null) {
                    total = total.plusSupplement(perUnit * dose.units());
                }
            }
            totals.put(nutrient, total);
        }
        return new DailyTotals(totals);
    }

    static Double perUnit(Product product, Nutrient nutrient) {
        return switch (nutrient) {
            case MAGNESIUM -> product.magnesiumMg();
            case CALCIUM -> product.calciumMg();
            case VITAMIN_D -> product.vitaminDMicrograms();
            case VITAMIN_K1 -> product.vitaminK1Micrograms();
            case VITAMIN_K2 -> product.vitaminK2Micrograms();
        };
    }
}
