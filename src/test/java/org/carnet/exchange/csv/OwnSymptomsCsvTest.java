package org.carnet.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.FoodTable;
import org.carnet.intake.IntakeService;
import org.carnet.journal.CheckIn;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcOwnSymptomRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** days.csv has a column per own symptom after the built-in ones: a number, or true/false, empty if not recorded. */
class OwnSymptomsCsvTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String FOODS = "code,name_fr,name_en,group,subgroup,group_en,magnesium_mg,calcium_mg,"
            + "vitamin_d_ug,vitamin_d2_ug,vitamin_d3_ug,vitamin_k1_ug,vitamin_k2_ug,potassium_mg\n";

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("journal"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void ownSymptomsAreColumnsOfTheDays() throws Exception {
        JdbcOwnSymptomRepository symptoms = new JdbcOwnSymptomRepository(database);
        JdbcJournalRepository journal = new JdbcJournalRepository(database);
        OwnSymptom fog = symptoms.saveOwnSymptom(OwnSymptom.create("Brain fog, evenings", OwnSymptomKind.SCALE, false));
        OwnSymptom walked = symptoms.saveOwnSymptom(OwnSymptom.create("Walked", OwnSymptomKind.YES_NO, true));
        journal.saveCheckIn(CheckIn.empty(TODAY.minusDays(1)).withOwnValues(Map.of(fog.id(), 7, walked.id(), 0)));
        journal.saveCheckIn(CheckIn.empty(TODAY).withOwnValues(Map.of(walked.id(), 1)));
        IntakeService intake = new IntakeService(new JdbcIntakeRepository(database),
                new FoodCatalog(FoodTable.read(new StringReader(FOODS))), CLOCK);

        new CsvExport(journal, intake).withOwnSymptoms(symptoms::ownSymptoms).export(dir, TODAY.minusDays(5), TODAY);

        String text = Files.readString(dir.resolve(CsvExport.DAYS_FILE), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).endsWith("weight_kg", "own_symptom:Brain fog, evenings",
                "own_symptom:Walked");
        assertThat(rows.get(0).get("own_symptom:Brain fog, evenings")).isEqualTo("7");
        assertThat(rows.get(0).get("own_symptom:Walked")).isEqualTo("false");
        assertThat(rows.get(1).get("own_symptom:Brain fog, evenings")).isEmpty();
        assertThat(rows.get(1).get("own_symptom:Walked")).isEqualTo("true");
    }
}
