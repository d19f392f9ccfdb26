package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.carnet.intake.DailyTotals.FoodPortion;
import org.carnet.intake.DailyTotals.ProductDose;
import org.carnet.intake.NutrientAmount.BelowLimit;
import org.carnet.intake.NutrientAmount.Measured;
import org.junit.jupiter.api.Test;

class DailyTotalsTest {

    private static final double EPSILON = 1e-9;

    private static final Food ALMOND = new Food("15000", "Amande", "Almond", "nuts", false, Map.of(
            Nutrient.MAGNESIUM, new Measured(270),
            Nutrient.CALCIUM, new Measured(260),
            Nutrient.VITAMIN_D, new BelowLimit(0.25),
            Nutrient.VITAMIN_K1, NutrientAmount.TRACES));
    private static final Food SPINACH = new Food("20059", "Épinard, cru", "Spinach, raw", "légumes", false, Map.of(
            Nutrient.MAGNESIUM, new Measured(79),
            Nutrient.VITAMIN_K1, new Measured(483)));
    private static final Product MAGNESIUM_TABLET =
            new Product(1L, "Mg bisglycinate", MagnesiumForm.BISGLYCINATE, 150.0, null, null, null, null);
    private static final Product D3_K2 = new Product(2L, "D3 + K2", null, null, 25.0, 75.0, null, null);

    private static DailyTotals foods(FoodPortion... portions) {
        return DailyTotals.of(List.of(portions), List.of());
    }

    @Test
    void foodValuesScaleFromPerHundredGrams() {
        DailyTotals totals = foods(new FoodPortion(ALMOND, 30), new FoodPortion(SPINACH, 200));

        assertThat(totals.of(Nutrient.MAGNESIUM).fromFood()).isCloseTo(81 + 158, within(EPSILON));
        assertThat(totals.of(Nutrient.CALCIUM).fromFood()).isCloseTo(78, within(EPSILON));
        assertThat(totals.of(Nutrient.VITAMIN_K1).fromFood()).isCloseTo(966, within(EPSILON));
        assertThat(totals.of(Nutrient.MAGNESIUM).fromSupplements()).isZero();
    }

    @Test
    void unknownValuesAreCountedNotAdded() {
        DailyTotals totals = foods(new FoodPortion(ALMOND, 30), new FoodPortion(SPINACH, 200));

        NutrientTotal calcium = totals.of(Nutrient.CALCIUM); // spinach has no calcium value here
        assertThat(calcium.total()).isCloseTo(78, within(EPSILON));
        assertThat(calcium.foodsWithoutValue()).isEqualTo(1);
        assertThat(calcium.incomplete()).isTrue();
        assertThat(totals.of(Nutrient.VITAMIN_K2).foodsWithoutValue()).isEqualTo(2);
        assertThat(totals.of(Nutrient.VITAMIN_K2).total()).isZero();
        assertThat(totals.of(Nutrient.MAGNESIUM).incomplete()).isFalse();
    }

    @Test
    void tracesAndBelowLimitAddNothingButAreCounted() {
        DailyTotals totals = foods(new FoodPortion(ALMOND, 100));

        NutrientTotal vitaminD = totals.of(Nutrient.VITAMIN_D);
        assertThat(vitaminD.fromFood()).isZero();
        assertThat(vitaminD.foodsBelowDetection()).isEqualTo(1);
        assertThat(vitaminD.foodsWithoutValue()).isZero();
        assertThat(vitaminD.incomplete()).isFalse();
        assertThat(totals.of(Nutrient.VITAMIN_K1).fromFood()).isZero();
        assertThat(totals.of(Nutrient.VITAMIN_K1).foodsBelowDetection()).isEqualTo(1);
        assertThat(totals.of(Nutrient.MAGNESIUM).foodsBelowDetection()).isZero();
    }

    @Test
    void supplementsMultiplyTheAmountPerUnitByTheUnitsTaken() {
        DailyTotals totals = DailyTotals.of(List.of(new FoodPortion(ALMOND, 30)),
                List.of(new ProductDose(MAGNESIUM_TABLET, 2), new ProductDose(D3_K2, 0.5)));

        NutrientTotal magnesium = totals.of(Nutrient.MAGNESIUM);
        assertThat(magnesium.fromSupplements()).isCloseTo(300, within(EPSILON));
        assertThat(magnesium.fromFood()).isCloseTo(81, within(EPSILON));
        assertThat(magnesium.total()).isCloseTo(381, within(EPSILON));
        assertThat(totals.of(Nutrient.VITAMIN_D).fromSupplements()).isCloseTo(12.5, within(EPSILON));
        assertThat(totals.of(Nutrient.VITAMIN_K2).fromSupplements()).isCloseTo(37.5, within(EPSILON));
    }

    @Test
    void nutrientsAProductDoesNotHaveAreIgnored() {
        DailyTotals totals = DailyTotals.of(List.of(), List.of(new ProductDose(MAGNESIUM_TABLET, 1)));

        for (Nutrient nutrient : List.of(Nutrient.CALCIUM, Nutrient.VITAMIN_D, Nutrient.VITAMIN_K1,
                Nutrient.VITAMIN_K2)) {
            assertThat(totals.of(nutrient)).as(nutrient.name()).isEqualTo(NutrientTotal.NONE);
        }
        assertThat(totals.of(Nutrient.MAGNESIUM).fromSupplements()).isCloseTo(150, within(EPSILON));
    }

    @Test
    void customFoodsAddUpLikeCiqualFoods() {
        Food bread = new CustomFood(4L, "Pain de seigle maison", false, Map.of(Nutrient.MAGNESIUM, 50.0)).toFood();

        DailyTotals totals = foods(new FoodPortion(bread, 120), new FoodPortion(SPINACH, 100));

        assertThat(bread.custom()).isTrue();
        assertThat(totals.of(Nutrient.MAGNESIUM).fromFood()).isCloseTo(60 + 79, within(EPSILON));
        assertThat(totals.of(Nutrient.CALCIUM).foodsWithoutValue()).isEqualTo(2); // neither has a calcium value
    }

    @Test
    void anEmptyDayHasNothingForEveryNutrient() {
        DailyTotals totals = DailyTotals.of(List.of(), List.of());

        for (Nutrient nutrient : Nutrient.values()) {
            assertThat(totals.of(nutrient)).isEqualTo(NutrientTotal.NONE);
        }
    }

    @Test
    void aMissingNutrientInTheMapReadsAsNone() {
        DailyTotals partial = new DailyTotals(Map.of(Nutrient.MAGNESIUM, new NutrientTotal(10, 0, 0, 0)));

        assertThat(partial.of(Nutrient.CALCIUM)).isEqualTo(NutrientTotal.NONE);
        assertThat(partial.of(Nutrient.MAGNESIUM).total()).isEqualTo(10);
    }
}
