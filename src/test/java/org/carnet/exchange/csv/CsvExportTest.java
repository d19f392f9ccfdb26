package org.carnet.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.FoodTable;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet export, written from a real H2 journal and read back with Commons CSV. */
class CsvExportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate DAY = TODAY.minusDays(2);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String FOODS = "code,name_fr,name_en,group,subgroup,group_en,magnesium_mg,calcium_mg,"
            + "vitamin_d_ug,vitamin_d2_ug,vitamin_d3_ug,vitamin_k1_ug,vitamin_k2_ug,potassium_mg\n"
            + "20000,\"Épinard, cru\",Spinach,g,s,g,80,100,0,,,400,,500\n";
    private static final String NOTES = "Réveillée à 3 h, \"crampe\" au mollet,\nle gauche — œdème ?";

    @TempDir
    Path dir;
    private Database database;
    private JdbcJournalRepository journal;
    private IntakeService intake;
    private CsvExport export;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("journal"));
        journal = new JdbcJournalRepository(database);
        intake = new IntakeService(new JdbcIntakeRepository(database),
                new FoodCatalog(FoodTable.read(new StringReader(FOODS))), CLOCK);
        export = new CsvExport(journal, intake);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void logDay() {
        journal.saveCheckIn(new CheckIn(DAY, 0, null, false, 4, 7.5, null, 6, null, null, Digestion.NORMAL,
                Set.of(RedFlag.FAINTING), NOTES));
        journal.saveEpisode(new Episode(null, DAY.atTime(14, 30), EpisodeKind.PALPITATION, 5, 6, Rhythm.IRREGULAR,
                Trigger.CAFFEINE, EnumSet.of(RedFlag.CHEST_PAIN, RedFlag.BREATHLESSNESS)));
        journal.saveEpisode(new Episode(null, DAY.atTime(3, 5), EpisodeKind.CRAMP, 2, 7, null, null, Set.of()));
        intake.logFood(new FoodIntake(null, DAY.atTime(12, 0), "20000", 150));
        Product magnesium = intake.saveProduct(new Product(null, "Magnésium bisglycinate", MagnesiumForm.BISGLYCINATE,
                100.0, 25.0, null, null, null));
        intake.logSupplement(new SupplementIntake(null, DAY.atTime(8, 0), magnesium.id(), 2));
        Medication levothyrox = intake.saveMedication(
                new Medication(null, "Lévothyrox", MedicationClass.LEVOTHYROXINE));
        intake.logMedication(new MedicationIntake(null, DAY.atTime(7, 0), levothyrox.id()));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(text.substring(1),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static List<String> header(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().get())) {
            return parser.getHeaderNames();
        }
    }

    @Test
    void theThreeFilesAreWrittenWithTheirHeadersAndRowCounts() throws IOException {
        logDay();

        CsvExport.Summary summary = export.export(dir.resolve("out"), DAY.minusDays(5), TODAY);

        assertThat(summary.days()).exists().hasFileName("days.csv");
        assertThat(summary.episodes()).exists().hasFileName("episodes.csv");
        assertThat(summary.intakes()).exists().hasFileName("intakes.csv");
        assertThat(List.of(summary.dayRows(), summary.episodeRows(), summary.intakeRows())).containsExactly(1, 2, 3);
        assertThat(header(summary.days())).containsExactly(CsvExport.DAYS_HEADER);
        assertThat(header(summary.episodes())).containsExactly("date", "time", "kind", "duration_minutes",
                "severity", "rhythm", "trigger", "red_flags");
        assertThat(header(summary.intakes())).containsExactly("date", "time", "type", "name", "amount", "unit");
        assertThat(Files.readAllBytes(summary.days())).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheOthersAsTheyWereNotHalfNew() throws IOException {
        Path out = dir.resolve("out");
        export.export(out, DAY.minusDays(5), TODAY);
        byte[] daysBefore = Files.readAllBytes(out.resolve(CsvExport.DAYS_FILE));
        logDay();
        // The labs file cannot be replaced (the last one written): a folder is in its place.
        Files.delete(out.resolve(CsvExport.LABS_FILE));
        Files.createDirectory(out.resolve(CsvExport.LABS_FILE));

        assertThatThrownBy(() -> export.export(out, DAY.minusDays(5), TODAY)).isInstanceOf(CsvExport.WriteFailure.class);

        assertThat(Files.readAllBytes(out.resolve(CsvExport.DAYS_FILE))).as("days.csv as before")
                .isEqualTo(daysBefore);
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder(CsvExport.DAYS_FILE, CsvExport.EPISODES_FILE, CsvExport.INTAKES_FILE,
                            CsvExport.LABS_FILE);
        }
    }

    @Test
    void aDayRowHoldsItsCheckInRedFlagsAndTotals() throws IOException {
        logDay();

        CSVRecord row = read(export.export(dir, DAY, DAY).days()).get(0);

        assertThat(row.get("date")).isEqualTo("2026-03-08");
        assertThat(row.get("cramp_count")).as("recorded as none").isEqualTo("0");
        assertThat(row.get("cramps_at_night")).isEqualTo("false");
        assertThat(row.get("sleep_hours")).isEqualTo("7.5");
        assertThat(row.get("fatigue")).isEqualTo("6");
        assertThat(row.get("digestion")).isEqualTo("normal");
        assertThat(row.get("cramp_episodes")).isEqualTo("1");
        assertThat(row.get("palpitation_episodes")).isEqualTo("1");
        assertThat(row.get("red_flags")).isEqualTo("chest_pain|fainting|breathlessness");
        assertThat(row.get("magnesium_food_mg")).isEqualTo("120");
        assertThat(row.get("magnesium_supplements_mg")).isEqualTo("200");
        assertThat(row.get("calcium_food_mg")).isEqualTo("150");
        assertThat(row.get("calcium_supplements_mg")).isEqualTo("0");
        assertThat(row.get("vitamin_d_food_ug")).isEqualTo("0");
        assertThat(row.get("vitamin_d_supplements_ug")).isEqualTo("50");
        assertThat(row.get("vitamin_k2_food_ug")).as("no value in the table for spinach").isEmpty();
        assertThat(row.get("vitamin_k2_supplements_ug")).isEqualTo("0");
    }

    @Test
    void aDayWithSupplementsButNoFoodLeavesTheFoodNutrientsEmptyNotZero() throws IOException {
        Product magnesium = intake.saveProduct(new Product(null, "Magnésium bisglycinate", MagnesiumForm.BISGLYCINATE,
                100.0, 25.0, null, null, null));
        intake.logSupplement(new SupplementIntake(null, DAY.atTime(20, 0), magnesium.id(), 2));

        CSVRecord row = read(export.export(dir, DAY, DAY).days()).get(0);

        for (String column : List.of("magnesium_food_mg", "calcium_food_mg", "vitamin_d_food_ug",
                "vitamin_k2_food_ug")) {
            assertThat(row.get(column)).as(column + ": no food logged").isEmpty();
        }
        assertThat(row.get("magnesium_supplements_mg")).isEqualTo("200");
        assertThat(row.get("vitamin_d_supplements_ug")).isEqualTo("50");
        assertThat(row.get("calcium_supplements_mg")).as("logged, none in it").isEqualTo("0");
    }

    @Test
    void aDayWithFoodButNoSupplementLeavesTheSupplementColumnsEmpty() throws IOException {
        intake.logFood(new FoodIntake(null, DAY.atTime(12, 0), "20000", 100));

        CSVRecord row = read(export.export(dir, DAY, DAY).days()).get(0);

        assertThat(row.get("magnesium_food_mg")).isEqualTo("80");
        assertThat(row.get("calcium_food_mg")).isEqualTo("100");
        for (String column : List.of("magnesium_supplements_mg", "calcium_supplements_mg",
                "vitamin_d_supplements_ug", "vitamin_k2_supplements_ug")) {
            assertThat(row.get(column)).as(column + ": no supplement logged").isEmpty();
        }
    }

    @Test
    void whatWasNotRecordedStaysEmptyNeverZero() throws IOException {
        journal.saveCheckIn(new CheckIn(DAY, null, null, null, null, null, null, 3, null, null, null, Set.of(),
                null));

        CSVRecord row = read(export.export(dir, DAY, DAY).days()).get(0);

        assertThat(row.get("fatigue")).isEqualTo("3");
        for (String column : List.of("cramp_count", "cramp_worst_severity", "cramps_at_night", "sleep_quality",
                "sleep_hours", "palpitation_count", "twitching", "irritability", "digestion", "notes", "red_flags",
                "magnesium_food_mg", "magnesium_supplements_mg", "calcium_food_mg", "calcium_supplements_mg",
                "vitamin_d_food_ug", "vitamin_d_supplements_ug", "vitamin_k2_food_ug", "vitamin_k2_supplements_ug")) {
            assertThat(row.get(column)).as(column).isEmpty();
        }
    }

    @Test
    void episodesAndIntakesComeInTimeOrderWithTheirValues() throws IOException {
        logDay();

        CsvExport.Summary summary = export.export(dir, DAY, DAY);
        List<CSVRecord> episodes = read(summary.episodes());
        List<CSVRecord> intakes = read(summary.intakes());

        assertThat(episodes.get(0).toList()).containsExactly("2026-03-08", "03:05", "cramp", "2", "7", "", "", "");
        assertThat(episodes.get(1).toList()).containsExactly("2026-03-08", "14:30", "palpitation", "5", "6",
                "irregular", "caffeine", "chest_pain|breathlessness");
        assertThat(intakes).extracting(CSVRecord::toList).containsExactly(
                List.of("2026-03-08", "07:00", "medication", "Lévothyrox", "", ""),
                List.of("2026-03-08", "08:00", "supplement", "Magnésium bisglycinate", "2", "unit"),
                List.of("2026-03-08", "12:00", "food", "Épinard, cru", "150", "g"));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        String[] dangerous = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"};
        for (int i = 0; i < dangerous.length; i++) {
            journal.saveCheckIn(new CheckIn(DAY.plusDays(i), 0, null, false, null, null, null, null, null, null,
                    null, Set.of(), dangerous[i]));
        }
        Product product = intake.saveProduct(new Product(null, "=cmd|' /C calc'!A0", MagnesiumForm.BISGLYCINATE,
                100.0, 25.0, null, null, null));
        intake.logSupplement(new SupplementIntake(null, DAY.atTime(8, 0), product.id(), 2));

        CsvExport.Summary summary = export.export(dir, DAY, DAY.plusDays(dangerous.length));

        List<CSVRecord> days = read(summary.days());
        for (int i = 0; i < dangerous.length; i++) {
            assertThat(days.get(i).get("notes")).isEqualTo("'" + dangerous[i]);
        }
        assertThat(days.get(0).get("cramp_count")).isEqualTo("0");
        assertThat(Files.readString(summary.intakes(), StandardCharsets.UTF_8)).contains("'=cmd|")
                .doesNotContain(",=cmd|");
        // Notes are trimmed when saved; a name or text beginning with a tab or a carriage return is caught too.
        assertThat(Values.neutralised("\tTab")).isEqualTo("'\tTab");
        assertThat(Values.neutralised("\rReturn")).isEqualTo("'\rReturn");
        assertThat(Values.neutralised("-7.5")).isEqualTo("-7.5");
        assertThat(Values.neutralised("Magnésium")).isEqualTo("Magnésium");
    }

    @Test
    void accentsQuotesCommasAndNewlinesInNotesSurviveTheRoundTrip() throws IOException {
        logDay();

        Path days = export.export(dir, DAY, DAY).days();

        assertThat(read(days).get(0).get("notes")).isEqualTo(NOTES);
        assertThat(Files.readString(days, StandardCharsets.UTF_8))
                .contains("\"Réveillée à 3 h, \"\"crampe\"\" au mollet,\nle gauche — œdème ?\"");
    }

    @Test
    void aDayWithOnlyIntakesHasEmptyCheckInColumnsAndItsTotals() throws IOException {
        Product d3 = intake.saveProduct(new Product(null, "D3", null, null, 12.5, 45.0, null, null));
        intake.logSupplement(new SupplementIntake(null, DAY.atTime(9, 0), d3.id(), 1));

        CsvExport.Summary summary = export.export(dir, DAY.minusDays(1), DAY.plusDays(1));
        CSVRecord row = read(summary.days()).get(0);

        assertThat(summary.dayRows()).isEqualTo(1);
        assertThat(summary.episodeRows()).isZero();
        assertThat(row.get("date")).isEqualTo("2026-03-08");
        assertThat(row.get("fatigue")).isEmpty();
        assertThat(row.get("red_flags")).isEmpty();
        assertThat(row.get("cramp_episodes")).isEqualTo("0");
        assertThat(row.get("vitamin_d_supplements_ug")).isEqualTo("12.5");
        assertThat(row.get("vitamin_k2_supplements_ug")).isEqualTo("45");
        assertThat(row.get("vitamin_d_food_ug")).isEmpty();
        assertThat(row.get("magnesium_supplements_mg")).isEqualTo("0");
    }

    @Test
    void labsCsvHoldsEachResultAsTypedWithItsRangePositionAndTheCanonicalValue() throws IOException {
        var labs = new org.carnet.storage.JdbcLabRepository(database);
        labs.save(new org.carnet.labs.LabResult(null, org.carnet.labs.LabTest.SERUM_MAGNESIUM, DAY, 1.6,
                org.carnet.labs.LabUnit.MG_DL, 1.7, 2.2));
        labs.save(new org.carnet.labs.LabResult(null, org.carnet.labs.LabTest.VITAMIN_D_25OH, DAY.minusDays(1), 75.0,
                org.carnet.labs.LabUnit.NMOL_L, 50.0, null));
        labs.save(new org.carnet.labs.LabResult(null, org.carnet.labs.LabTest.CTX, DAY.minusDays(30), 300.0,
                org.carnet.labs.LabUnit.PG_ML, null, null));
        Path out = dir.resolve("out");

        CsvExport.Summary summary = new CsvExport(journal, intake, true, labs).export(out, DAY.minusDays(5), TODAY);

        assertThat(summary.labRows()).as("the result before the period is left out").isEqualTo(2);
        assertThat(header(out.resolve("labs.csv"))).containsExactly("date", "test", "value", "unit", "range_low",
                "range_high", "range_position", "canonical_value", "canonical_unit");
        List<CSVRecord> rows = read(out.resolve("labs.csv"));
        assertThat(rows).extracting(r -> String.join(",", r.toList())).containsExactly(
                DAY.minusDays(1) + ",vitamin_d_25oh,75,nmol/L,50,,,75,nmol/L",
                DAY + ",serum_magnesium,1.6,mg/dL,1.7,2.2,below,0.6582,mmol/L");
        assertThat(read(export.export(dir.resolve("none"), DAY, TODAY).labs())).isEmpty();
    }

    @Test
    void anEmptyPeriodGivesHeadersOnly() throws IOException {
        CsvExport.Summary summary = export.export(dir.resolve("empty"), DAY, DAY);

        assertThat(List.of(summary.dayRows(), summary.episodeRows(), summary.intakeRows())).containsOnly(0);
        assertThat(read(summary.days())).isEmpty();
        assertThat(Files.readString(summary.days(), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF" + String.join(",", CsvExport.DAYS_HEADER) + "\r\n");
    }
}
