package org.carnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export's hand-written writer gives the text Gson's reflective serialisation gave, byte for byte: every field
 * of every row set, then every field left null (left out), with text that needs escaping.
 */
class BackupWriterTest {
    private static final String AWKWARD = "« Magnésium » \"6\" \\ <b>&amp;</b> = ' \u2028 \u0001 tab\t\n😀";

    @Test
    void everyFieldSetIsWrittenAsGsonWroteIt() throws Exception {
        Backup full = new Backup(Backup.FORMAT, Backup.VERSION,
                new Backup.ProfileRow(AWKWARD, 1968, List.of("KIDNEY", "DIURETIC")),
                List.of(new Backup.ProductRow(1L, AWKWARD, "BISGLYCINATE", 150.0, 25.0, 75.5, 0.1, 1e-7, false, "D3"),
                        new Backup.ProductRow(2L, "b", "CITRATE", 1.0E10, 0.0, -0.0, 3.0, 4.0, true, "UNKNOWN")),
                List.of(new Backup.MedicationRow(3L, AWKWARD, "PPI", true)),
                List.of(new Backup.CustomFoodRow(4L, AWKWARD, true, 12.5, 130.0, 0.4, 1.5, 2.5)),
                List.of(new Backup.CheckInRow(LocalDate.of(2026, 3, 1), 2, 7, true, 3, 6.5, 1, 5, 2, 3, "LOOSE",
                        List.of("CHEST_PAIN", "FAINTING"), AWKWARD, true, 4, 6, 72.3)),
                List.of(new Backup.EpisodeRow(5L, LocalDateTime.of(2026, 3, 1, 23, 5, 7), "CRAMP", 10, 8, "IRREGULAR",
                        "CAFFEINE", List.of("BREATHLESSNESS"))),
                List.of(new Backup.FoodIntakeRow(6L, LocalDateTime.of(2026, 3, 1, 12, 0), "custom:4", 150.0)),
                List.of(new Backup.SupplementIntakeRow(7L, LocalDateTime.of(2026, 3, 1, 21, 0, 0, 500_000_000), 1L, 2.0,
                        new Backup.LabelRow(150.0, 25.0, 75.0, 0.0, 10.0))),
                List.of(new Backup.MedicationIntakeRow(8L, LocalDateTime.of(2026, 3, 2, 7, 30), 3L)),
                List.of(new Backup.RoutineItemRow(0, 1L, null, 1.5, LocalTime.of(21, 0)),
                        new Backup.RoutineItemRow(1, null, 3L, null, LocalTime.of(7, 30, 15))),
                List.of("20047", AWKWARD),
                List.of(new Backup.ProtocolRow(9L, AWKWARD, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1),
                        List.of(new Backup.DoseRow(1L, 1.0, LocalTime.of(21, 0))),
                        new Backup.QuestionRow("CRAMP_EPISODES", "PRODUCT", 1L, 0.5, 1),
                        new Backup.OnOffRow(7, "1010"))),
                List.of(new Backup.LabResultRow(10L, "MAGNESIUM_SERUM", LocalDate.of(2026, 3, 3), 0.82, "MMOL_L", 0.7,
                        1.05)),
                List.of(new Backup.OwnSymptomRow(11L, AWKWARD, "SCALE", true, false)),
                List.of(new Backup.OwnValueRow(LocalDate.of(2026, 3, 1), 11L, 7)));

        assertThat(written(full)).isEqualTo(BackupJson.gson().toJson(full)).contains("\"weightKg\": 72.3");
    }

    @Test
    void nullFieldsAreLeftOutAndNullElementsWrittenAsGsonDid() throws Exception {
        Backup sparse = new Backup(null, null, null,
                Arrays.asList(new Backup.ProductRow(null, null, null, null, null, null, null, null, null, null), null),
                List.of(new Backup.MedicationRow(null, null, null, null)),
                List.of(new Backup.CustomFoodRow(null, null, null, null, null, null, null, null)),
                List.of(new Backup.CheckInRow(null, null, null, null, null, null, null, null, null, null, null,
                        Arrays.asList("CHEST_PAIN", null), null, null, null, null, null)),
                List.of(new Backup.EpisodeRow(null, null, null, null, null, null, null, null)),
                List.of(new Backup.FoodIntakeRow(null, null, null, null)),
                List.of(new Backup.SupplementIntakeRow(null, null, null, null, null)),
                List.of(new Backup.MedicationIntakeRow(null, null, null)),
                List.of(new Backup.RoutineItemRow(null, null, null, null, null)),
                Arrays.asList((String) null),
                List.of(new Backup.ProtocolRow(null, null, null, null, null, null, null)),
                List.of(new Backup.LabResultRow(null, null, null, null, null, null, null)),
                List.of(new Backup.OwnSymptomRow(null, null, null, null, null)),
                List.of(new Backup.OwnValueRow(null, null, null)));
        Backup empty = new Backup(Backup.FORMAT, Backup.VERSION, new Backup.ProfileRow(null, null, null), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(written(sparse)).isEqualTo(BackupJson.gson().toJson(sparse));
        assertThat(written(empty)).isEqualTo(BackupJson.gson().toJson(empty)).contains("\"checkIns\": []");
    }

    private static String written(Backup backup) throws Exception {
        StringWriter text = new StringWriter();
        BackupWriter.write(backup, text);
        return text.toString();
    }
}
