package org.carnet.intake;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What was logged as eaten and taken on one day, in time order. */
public record DayIntakeLog(LocalDate day, List<FoodIntake> foods, List<SupplementIntake> supplements,
                           List<MedicationIntake> medications) {
    public DayIntakeLog {
        foods = foods.stream().sorted(Comparator.comparing(FoodIntake::takenAt)).toList();
        supplements = supplements.stream().sorted(Comparator.comparing(SupplementIntake::takenAt)).toList();
        medications = medications.stream().sorted(Comparator.comparing(MedicationIntake::takenAt)).toList();
    }

    public static DayIntakeLog empty(LocalDate day) {
        return new DayIntakeLog(day, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return foods.isEmpty() && supplements.isEmpty() && medications.isEmpty();
    }
}
