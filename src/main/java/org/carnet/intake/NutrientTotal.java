package org.carnet.intake;

/**
 * One nutrient over a day: what came from food and from supplements, and how many foods logged that day had no
 * value for it (unknown in the table) or only traces / below the detection limit, so the total can say so.
 */
public record NutrientTotal(double fromFood, double fromSupplements, int foodsWithoutValue, int foodsBelowDetection) {
    public static final NutrientTotal NONE = new NutrientTotal(0, 0, 0, 0);

    public double total() {
        return fromFood + fromSupplements;
    }

    /** True when the total may be too low because some foods had no value for this nutrient. */
    public boolean incomplete() {
        return foodsWithoutValue > 0;
    }

    NutrientTotal plusFood(NutrientAmount amount) {
        var contribution = amount.contribution();
        if (contribution.isEmpty()) {
            return new NutrientTotal(fromFood, fromSupplements, foodsWithoutValue + 1, foodsBelowDetection);
        }
        boolean belowDetection = !(amount instanceof NutrientAmount.Measured);
        return new NutrientTotal(fromFood + contribution.getAsDouble(), fromSupplements, foodsWithoutValue,
                foodsBelowDetection + (belowDetection ? 1 : 0));
    }

    NutrientTotal plusSupplement(double amount) {
        return new NutrientTotal(fromFood, fromSupplements + amount, foodsWithoutValue, foodsBelowDetection);
    }
}
