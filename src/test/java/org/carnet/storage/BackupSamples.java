package org.carnet.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.carnet.exchange.Backup;
import org.carnet.exchange.Backup.*;

/** Backups with every table filled, for the export/import tests. */
final class BackupSamples {
    private BackupSamples() {
    }

    static Backup small() {
        return journal(LocalDate.of(2026, 1, 1), 20);
    }

    /** A journal of {@code days} days from {@code start}: a check-in a day, intakes, a few episodes. */
    static Backup journal(LocalDate start, int days) {
        List<ProductRow> products = List.of(
                new ProductRow(1L, "Magnésium bisglycinate", "BISGLYCINATE", 150.0, null, null, null, null, false),
                new ProductRow(2L, "D3 1000 IU", null, null, 25.0, null, null, null, false),
                new ProductRow(5L, "Old calcium", null, null, null, null, null, 500.0, true));
        List<MedicationRow> medications = List.of(new MedicationRow(3L, "Levothyrox", "LEVOTHYROXINE", false),
                new MedicationRow(4L, "Old PPI", "PROTON_PUMP_INHIBITOR", true));
        List<CustomFoodRow> customFoods = List.of(
                new CustomFoodRow(7L, "Eau de Hépar", true, 11.9, 54.9, null, null, null),
                new CustomFoodRow(8L, "Granola maison", false, 120.5, 40.0, 0.1, 2.5, null));
        List<CheckInRow> checkIns = new ArrayList<>();
        List<EpisodeRow> episodes = new ArrayList<>();
        List<FoodIntakeRow> foods = new ArrayList<>();
        List<SupplementIntakeRow> supplements = new ArrayList<>();
        List<MedicationIntakeRow> medicationIntakes = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < days; i++) {
            LocalDate day = start.plusDays(i);
            checkIns.add(new CheckInRow(day, i % 4, i % 4 == 0 ? null : i % 11, i % 3 == 0, 1 + i % 5,
                    6.5 + (i % 4) * 0.25, i % 2, i % 11, null, 3, i % 7 == 0 ? "DIARRHOEA" : "NORMAL",
                    i % 97 == 5 ? List.of("CHEST_PAIN", "FAINTING") : List.of(), i % 5 == 0 ? "Jour « " + i + " »" : null,
                    i % 6 == 1 ? Boolean.TRUE : i % 6 == 2 ? Boolean.FALSE : null, i % 6 == 1 ? 5 : null,
                    i % 4 == 0 ? null : i % 4, i % 7 == 3 ? 70.5 : null));
            if (i % 3 == 0) {
                episodes.add(new EpisodeRow(id++, day.atTime(3, 15), "CRAMP", 5, 7, null, null, List.of()));
            }
            if (i % 10 == 4) {
                episodes.add(new EpisodeRow(id++, day.atTime(18, 40), "PALPITATION", 2, 4, "IRREGULAR", "CAFFEINE",
                        List.of("BREATHLESSNESS")));
            }
            foods.add(new FoodIntakeRow(id++, day.atTime(8, 0), "19024", 250.0));
            foods.add(new FoodIntakeRow(id++, day.atTime(12, 30), "custom:" + (7 + i % 2), 330.5));
            supplements.add(new SupplementIntakeRow(id++, day.atTime(20, 0), 1L, 2.0,
                    new Backup.LabelRow(150.0, null, null, null, null)));
            if (i % 7 == 0) {
                supplements.add(new SupplementIntakeRow(id++, day.atTime(12, 0), 2L, 0.5,
                        new Backup.LabelRow(null, 25.0, null, null, null)));
            }
            medicationIntakes.add(new MedicationIntakeRow(id++, day.atTime(7, 0), 3L));
        }
        List<RoutineItemRow> routine = List.of(new RoutineItemRow(1, null, 3L, null, LocalTime.of(7, 0)),
                new RoutineItemRow(2, 1L, null, 2.0, LocalTime.of(20, 0)));
        List<ProtocolRow> protocols = List.of(new ProtocolRow(11L, "Evening magnesium", start.plusDays(5),
                        start.plusDays(days + 30), List.of(new DoseRow(1L, 2.0, LocalTime.of(20, 0)),
                        new DoseRow(2L, 0.5, LocalTime.of(12, 0))),
                        new Backup.QuestionRow("CRAMP_EPISODES", "MAGNESIUM", null, 375.0, 1),
                        new Backup.OnOffRow(7, "10011001")),
                new ProtocolRow(12L, "Nothing planned", start, null, List.of()));
        return new Backup(Backup.FORMAT, Backup.VERSION, new ProfileRow("Camille", 1978,
                List.of("DIURETICS", "INTENSE_TRAINING")), products, medications, customFoods, checkIns, episodes,
                foods, supplements, medicationIntakes, routine, List.of("19024", "custom:7"), protocols,
                labResults(start));
    }

    /** Three results as typed: one below the laboratory's range, one in mg/dL, one without a range. */
    static List<LabResultRow> labResults(LocalDate start) {
        return List.of(new LabResultRow(1L, "POTASSIUM", start.plusDays(2), 3.2, "MMOL_L", 3.5, 5.1),
                new LabResultRow(2L, "SERUM_MAGNESIUM", start.plusDays(2), 1.9, "MG_DL", 1.7, 2.2),
                new LabResultRow(4L, "VITAMIN_D_25OH", start.plusDays(9), 24.5, "NG_ML", null, null));
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
