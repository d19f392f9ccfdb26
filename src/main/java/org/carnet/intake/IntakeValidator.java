package org.carnet.intake;

import static org.carnet.intake.IntakeLimits.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.TextLength;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;

/** The last check before anything intake-related is stored; forms check each field as it is typed too. */
public final class IntakeValidator {
    public static final String FUTURE_DATE = org.carnet.core.NotInFuture.CODE;
    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.tooLong";

    private IntakeValidator() {
    }

    /** One intake logged by hand: never later than now ({@link org.carnet.core.NotInFuture}). */
    public static List<FieldError> validate(FoodIntake intake, LocalDateTime now) {
        List<FieldError> errors = validate(intake, now.toLocalDate());
        if (errors.stream().noneMatch(e -> e.field().equals("time"))) {
            org.carnet.core.NotInFuture.moment("time", intake.takenAt(), now).ifPresent(errors::add);
        }
        return errors;
    }

    public static List<FieldError> validate(FoodIntake intake, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        time(errors, intake.takenAt(), today);
        if (intake.foodCode() == null || intake.foodCode().isBlank()) {
            errors.add(FieldError.of("food", REQUIRED));
        }
        positive(errors, "grams", intake.grams(), FOOD_GRAMS_MAX, FOOD_GRAMS_DECIMALS);
        return errors;
    }

    /** One intake logged by hand: never later than now ({@link org.carnet.core.NotInFuture}). */
    public static List<FieldError> validate(SupplementIntake intake, LocalDateTime now) {
        List<FieldError> errors = validate(intake, now.toLocalDate());
        if (errors.stream().noneMatch(e -> e.field().equals("time"))) {
            org.carnet.core.NotInFuture.moment("time", intake.takenAt(), now).ifPresent(errors::add);
        }
        return errors;
    }

    public static List<FieldError> validate(SupplementIntake intake, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        time(errors, intake.takenAt(), today);
        positive(errors, "units", intake.units(), UNITS_MAX, UNITS_DECIMALS);
        return errors;
    }

    /** One intake logged by hand: never later than now ({@link org.carnet.core.NotInFuture}). */
    public static List<FieldError> validate(MedicationIntake intake, LocalDateTime now) {
        List<FieldError> errors = validate(intake, now.toLocalDate());
        if (errors.stream().noneMatch(e -> e.field().equals("time"))) {
            org.carnet.core.NotInFuture.moment("time", intake.takenAt(), now).ifPresent(errors::add);
        }
        return errors;
    }

    public static List<FieldError> validate(MedicationIntake intake, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        time(errors, intake.takenAt(), today);
        return errors;
    }

    public static List<FieldError> validate(Product product) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, product.name());
        optional(errors, "magnesiumMg", product.magnesiumMg(), PRODUCT_MAGNESIUM_MG_MAX);
        optional(errors, "vitaminD", product.vitaminDMicrograms(), PRODUCT_VITAMIN_D_UG_MAX);
        optional(errors, "vitaminK2", product.vitaminK2Micrograms(), PRODUCT_VITAMIN_K_UG_MAX);
        optional(errors, "vitaminK1", product.vitaminK1Micrograms(), PRODUCT_VITAMIN_K_UG_MAX);
        optional(errors, "calciumMg", product.calciumMg(), PRODUCT_CALCIUM_MG_MAX);
        boolean any = product.magnesiumMg() != null || product.vitaminDMicrograms() != null
                || product.vitaminK2Micrograms() != null || product.vitaminK1Micrograms() != null
                || product.calciumMg() != null;
        if (!any) {
            errors.add(FieldError.of("magnesiumMg", "validation.productEmpty"));
        }
        return errors;
    }

    public static List<FieldError> validate(Medication medication) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, medication.name());
        if (medication.medicationClass() == null) {
            errors.add(FieldError.of("medicationClass", REQUIRED));
        }
        return errors;
    }

    public static List<FieldError> validate(CustomFood food) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, food.name());
        optional(errors, "magnesiumMg", food.per100g().get(Nutrient.MAGNESIUM), FOOD_MINERAL_MG_PER_100G_MAX);
        optional(errors, "calciumMg", food.per100g().get(Nutrient.CALCIUM), FOOD_MINERAL_MG_PER_100G_MAX);
        optional(errors, "vitaminD", food.per100g().get(Nutrient.VITAMIN_D), FOOD_VITAMIN_D_UG_PER_100G_MAX);
        optional(errors, "vitaminK1", food.per100g().get(Nutrient.VITAMIN_K1), FOOD_VITAMIN_K_UG_PER_100G_MAX);
        optional(errors, "vitaminK2", food.per100g().get(Nutrient.VITAMIN_K2), FOOD_VITAMIN_K_UG_PER_100G_MAX);
        return errors;
    }

    /**
     * A day's plan (my usual, a day copied to today) may put an intake at any time of today, such as the usual evening
     * dose logged in the morning, but never on a later day. One intake typed by hand is checked against the minute
     * instead (the overloads taking the current moment).
     */
    private static void time(List<FieldError> errors, LocalDateTime takenAt, LocalDate today) {
        if (takenAt == null) {
            errors.add(FieldError.of("time", REQUIRED));
        } else {
            org.carnet.core.NotInFuture.day("time", takenAt.toLocalDate(), today).ifPresent(errors::add);
        }
    }

    private static void name(List<FieldError> errors, String name) {
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", REQUIRED));
        } else if (TextLength.tooLong(name.strip(), NAME_MAX_LENGTH)) {
            errors.add(FieldError.of("name", TOO_LONG, NAME_MAX_LENGTH));
        }
    }

    private static void positive(List<FieldError> errors, String field, double value, double max, int decimals) {
        if (Double.isNaN(value) || value <= 0 || value > max) {
            errors.add(FieldError.of(field, NumberInput.OUT_OF_RANGE, format(Math.pow(10, -decimals)), format(max)));
        } else if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > decimals) {
            errors.add(FieldError.of(field, NumberInput.TOO_MANY_DECIMALS, decimals));
        }
    }

    private static void optional(List<FieldError> errors, String field, Double value, double max) {
        if (value == null) {
            return;
        }
        if (value.isNaN() || value < 0 || value > max) {
            errors.add(FieldError.of(field, NumberInput.OUT_OF_RANGE, 0, format(max)));
        } else if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
            errors.add(FieldError.of(field, NumberInput.TOO_MANY_DECIMALS, AMOUNT_DECIMALS));
        }
    }

    /** A bound as a number, so the message writes it as the language does (0,01 and 1 000 in French). */
    private static BigDecimal format(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros();
    }
}
