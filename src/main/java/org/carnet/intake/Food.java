package org.carnet.intake;

import java.util.EnumMap;
import java.util.Map;

/**
 * A food with its nutrient contents per 100 g: from the Ciqual table ({@code code} is Ciqual's alim_code) or
 * defined by the person ({@code code} is {@code "custom:<id>"}). Drinks are logged in ml, counted as grams, as
 * Ciqual gives them per 100 g too.
 */
public record Food(String code, String nameFr, String nameEn, String group, boolean drink,
                   Map<Nutrient, NutrientAmount> per100g) {

    public static final String CUSTOM_PREFIX = "custom:";

    public Food {
        EnumMap<Nutrient, NutrientAmount> copy = new EnumMap<>(Nutrient.class);
        for (Nutrient nutrient : Nutrient.values()) {
            copy.put(nutrient, per100g.getOrDefault(nutrient, NutrientAmount.UNKNOWN));
        }
        per100g = Map.copyOf(copy);
    }

    public NutrientAmount amount(Nutrient nutrient) {
        return per100g.get(nutrient);
    }

    public boolean custom() {
        return code.startsWith(CUSTOM_PREFIX);
    }

    public String name(boolean french) {
        return french || nameEn == null || nameEn.isBlank() ? nameFr : nameEn;
    }

    public static String customCode(long id) {
        return CUSTOM_PREFIX + id;
    }
}
