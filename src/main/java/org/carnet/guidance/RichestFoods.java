package org.carnet.guidance;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carnet.core.Localized;
import org.carnet.intake.Food;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientAmount;

/**
 * The Ciqual foods a person logs that are richest in a nutrient, per 100 g, with their values: named in the reader's
 * language ("Amande (270 mg/100 g)"), the richest first. The person's own foods are left out: their values are not
 * the table's.
 */
public record RichestFoods(Nutrient nutrient, List<Food> foods) implements Localized {
    public RichestFoods {
        foods = List.copyOf(foods);
    }

    /** The richest of the Ciqual foods logged over these days, at most {@code limit}, with a measured value. */
    static RichestFoods among(List<DayIntake> days, Nutrient nutrient, int limit) {
        Map<String, Food> logged = new LinkedHashMap<>();
        days.forEach(d -> d.foods().forEach(f -> logged.putIfAbsent(f.food().code(), f.food())));
        List<Food> richest = logged.values().stream()
                .filter(f -> !f.custom() && value(f, nutrient) > 0)
                .sorted(Comparator.comparingDouble((Food f) -> value(f, nutrient)).reversed()
                        .thenComparing(Food::code))
                .limit(limit).toList();
        return new RichestFoods(nutrient, richest);
    }

    public int size() {
        return foods.size();
    }

    static double value(Food food, Nutrient nutrient) {
        return food.amount(nutrient) instanceof NutrientAmount.Measured m ? m.value() : 0;
    }

    @Override
    public String text(Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        String unit = nutrient == Nutrient.MAGNESIUM || nutrient == Nutrient.CALCIUM ? "mg" : "µg";
        return String.join(french ? " ; " : "; ", foods.stream()
                .map(f -> f.name(french) + " (" + number.format(value(f, nutrient)) + " " + unit + "/100 g)")
                .toList());
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
