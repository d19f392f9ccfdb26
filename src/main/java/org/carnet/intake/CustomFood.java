package org.carnet.intake;

import java.util.EnumMap;
import java.util.Map;

/** A food the person defines, per 100 g like Ciqual. A missing nutrient is unknown, not zero. */
public record CustomFood(Long id, String name, boolean drink, Map<Nutrient, Double> per100g) {
    public CustomFood {
        name = name == null ? null : name.strip();
        EnumMap<Nutrient, Double> copy = new EnumMap<>(Nutrient.class);
        per100g.forEach((nutrient, value) -> {
            if (value != null) {
                copy.put(nutrient, value);
            }
        });
        per100g = Map.copyOf(copy);
    }

    public Food toFood() {
        EnumMap<Nutrient, NutrientAmount> amounts = new EnumMap<>(Nutrient.class);
        per100g.forEach((nutrient, value) -> amounts.put(nutrient, new NutrientAmount.Measured(value)));
        return new Food(Food.customCode(id), name, name, null, drink, amounts);
    }

    public CustomFood withId(long newId) {
        return new CustomFood(newId, name, drink, per100g);
    }
}
