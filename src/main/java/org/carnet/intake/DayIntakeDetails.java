package org.carnet.intake;

import java.time.LocalDate;
import java.util.List;

/** A day's intakes with what they refer to (foods, products, medications) and the day's totals. */
public record DayIntakeDetails(LocalDate day, List<FoodLine> foods, List<SupplementLine> supplements,
                               List<MedicationLine> medications, DailyTotals totals) {

    /** A food intake and its food. */
    public record FoodLine(FoodIntake intake, Food food) {
    }

    /** A supplement intake and its product. */
    public record SupplementLine(SupplementIntake intake, Product product) {
    }

    /** A medication intake and its medication. */
    public record MedicationLine(MedicationIntake intake, Medication medication) {
    }

    public boolean isEmpty() {
        return foods.isEmpty() && supplements.isEmpty() && medications.isEmpty();
    }
}
