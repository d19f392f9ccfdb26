package org.carnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.exchange.JsonKind.BOOLEAN;
import static org.carnet.exchange.JsonKind.DATE;
import static org.carnet.exchange.JsonKind.DATE_TIME;
import static org.carnet.exchange.JsonKind.LIST;
import static org.carnet.exchange.JsonKind.NUMBER;
import static org.carnet.exchange.JsonKind.OBJECT;
import static org.carnet.exchange.JsonKind.TEXT;
import static org.carnet.exchange.JsonKind.TIME;
import static org.carnet.exchange.JsonKind.WHOLE_NUMBER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value of the wrong JSON type is refused, naming the record and the field: above all a number written as text
 * ("4" where 4 is expected), which Gson alone silently accepts, and "yes" for a boolean, which Gson alone reads as
 * false. One case per type of field of the format, on the example of docs/backup-format.md.
 */
class StrictTypesTest {
    private static String example;
    private final List<Backup> written = new ArrayList<>();
    private final BackupJson json = new BackupJson(new BackupStore() {
        @Override
        public Backup readAll() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult write(Backup backup, ImportMode mode) {
            written.add(backup);
            return new ImportResult.Counts().result();
        }
    });

    @BeforeAll
    static void readExample() throws IOException {
        String doc = Files.readString(Path.of("docs/backup-format.md"));
        int start = doc.indexOf("```json") + 7;
        example = doc.substring(start, doc.indexOf("```", start));
    }

    /** The example with its first {@code find} replaced by {@code replace}. */
    private static String mutated(String find, String replace) {
        assertThat(example).as("the example has " + find).contains(find);
        return example.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
    }

    private static Arguments refused(String find, String replace, String path, String code, Object... args) {
        return Arguments.of(find, replace, path, code, List.of(args));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                // whole numbers (int): a scale, a count, a year, the version, a position
                refused("\"fatigue\": 4", "\"fatigue\": \"4\"", "checkIns[0].fatigue", "quoted", WHOLE_NUMBER, "4"),
                refused("\"crampCount\": 2", "\"crampCount\": \"2\"", "checkIns[0].crampCount", "quoted",
                        WHOLE_NUMBER, "2"),
                refused("\"birthYear\": 1978", "\"birthYear\": \"1978\"", "profile.birthYear", "quoted",
                        WHOLE_NUMBER, "1978"),
                refused("\"version\": 2", "\"version\": \"2\"", "version", "quoted", WHOLE_NUMBER, "2"),
                refused("\"position\": 1", "\"position\": \"1\"", "routine[0].position", "quoted", WHOLE_NUMBER,
                        "1"),
                refused("\"durationMinutes\": 5", "\"durationMinutes\": \"five\"", "episodes[0].durationMinutes",
                        "typeText", WHOLE_NUMBER, "five"),
                refused("\"severity\": 6", "\"severity\": 6.5", "episodes[0].severity", "notWholeNumber", "6.5"),
                refused("\"fatigue\": 4", "\"fatigue\": true", "checkIns[0].fatigue", "type", WHOLE_NUMBER, BOOLEAN),
                refused("\"fatigue\": 4", "\"fatigue\": 4000000000", "checkIns[0].fatigue", "numberTooLarge",
                        "4000000000"),
                // ids and references (long)
                refused("\"id\": 1", "\"id\": \"1\"", "products[0].id", "quoted", WHOLE_NUMBER, "1"),
                refused("\"productId\": 1", "\"productId\": \"1\"", "supplementIntakes[0].productId", "quoted",
                        WHOLE_NUMBER, "1"),
                refused("\"medicationId\": 3", "\"medicationId\": [3]", "medicationIntakes[0].medicationId", "type",
                        WHOLE_NUMBER, LIST),
                // decimal numbers (double)
                refused("\"magnesiumMg\": 150.0", "\"magnesiumMg\": \"150.0\"", "products[0].magnesiumMg", "quoted",
                        NUMBER, "150.0"),
                refused("\"sleepHours\": 6.5", "\"sleepHours\": \"6,5\"", "checkIns[0].sleepHours", "typeText",
                        NUMBER, "6,5"),
                refused("\"grams\": 250.0", "\"grams\": \"250\"", "foodIntakes[0].grams", "quoted", NUMBER, "250"),
                refused("\"units\": 2.0", "\"units\": \"2\"", "supplementIntakes[0].units", "quoted", NUMBER, "2"),
                refused("\"doses\": [ { \"productId\": 1, \"units\": 2.0", "\"doses\": [ { \"productId\": 1, \"units\": \"2\"",
                        "protocols[0].doses[0].units", "quoted", NUMBER, "2"),
                refused("\"calciumMg\": 54.9", "\"calciumMg\": 1e400", "customFoods[0].calciumMg", "numberTooLarge",
                        "1e400"),
                // booleans
                refused("\"archived\": false", "\"archived\": \"false\"", "products[0].archived", "quoted", BOOLEAN,
                        "false"),
                refused("\"drink\": true", "\"drink\": \"yes\"", "customFoods[0].drink", "typeText", BOOLEAN, "yes"),
                refused("\"crampsAtNight\": true", "\"crampsAtNight\": 1", "checkIns[0].crampsAtNight", "type",
                        BOOLEAN, NUMBER),
                // text: names, enums, codes, notes, the format, lists of enums and codes
                refused("\"name\": \"Camille\"", "\"name\": 12", "profile.name", "type", TEXT, NUMBER),
                refused("\"foodCode\": \"19024\"", "\"foodCode\": 19024", "foodIntakes[0].foodCode", "type", TEXT,
                        NUMBER),
                refused("\"digestion\": \"NORMAL\"", "\"digestion\": true", "checkIns[0].digestion", "type", TEXT,
                        BOOLEAN),
                refused("\"notes\": \"Cramped twice after the run\"", "\"notes\": {}", "checkIns[0].notes", "type",
                        TEXT, OBJECT),
                refused("\"format\": \"carnet-backup\"", "\"format\": 1", "format", "type", TEXT, NUMBER),
                refused("\"riskFactors\": [\"DIURETICS\"]", "\"riskFactors\": [7]", "profile.riskFactors[0]", "type",
                        TEXT, NUMBER),
                refused("\"favouriteFoods\": [\"19024\"", "\"favouriteFoods\": [19024", "favouriteFoods[0]", "type",
                        TEXT, NUMBER),
                // dates and times
                refused("\"day\": \"2026-01-01\"", "\"day\": 20260101", "checkIns[0].day", "type", DATE, NUMBER),
                refused("\"day\": \"2026-01-01\"", "\"day\": \"01/01/2026\"", "checkIns[0].day", "badDate",
                        "01/01/2026"),
                refused("\"occurredAt\": \"2026-01-01T03:15\"", "\"occurredAt\": 1767237300",
                        "episodes[0].occurredAt", "type", DATE_TIME, NUMBER),
                refused("\"time\": \"07:00\"", "\"time\": 7", "routine[0].time", "type", TIME, NUMBER),
                refused("\"time\": \"07:00\"", "\"time\": \"7h\"", "routine[0].time", "badTime", "7h"),
                // tables and records
                refused("\"checkIns\": [", "\"checkIns\": {\"a\": [", "checkIns", "type", LIST, OBJECT));
    }

    @ParameterizedTest(name = "{2}: {1}")
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeIsRefusedNamingTheRecordAndField(String find, String replace, String path, String code,
                                                              List<Object> args) {
        ImportResult result = json.importText(mutated(find, replace), ImportMode.MERGE);

        assertThat(result.ok()).as("refused").isFalse();
        assertThat(written).as("nothing written").isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.args()).containsExactlyElementsOf(args);
            assertThat(problem.line()).as("line").isPositive();
        });
    }

    @Test
    void theExampleItselfIsAccepted() {
        ImportResult result = json.importText(example, ImportMode.MERGE);
        assertThat(result.problems()).isEmpty();
        assertThat(written).hasSize(1);
    }

    @Test
    void aQuotedNumberIsExplainedInBothLanguages() {
        ImportResult result = json.importText(mutated("\"fatigue\": 4", "\"fatigue\": \"4\""), ImportMode.MERGE);
        ImportProblem problem = result.problems().get(0);
        int line = problem.line();

        assertThat(ImportProblems.describe(new Messages(Language.ENGLISH), problem)).isEqualTo(
                "checkIns[0].fatigue (check-in no. 1): expected a whole number, found the text \"4\": write it "
                        + "without quotes (line " + line + ", column " + problem.column() + ")");
        assertThat(ImportProblems.describe(new Messages(Language.FRENCH), problem)).isEqualTo(
                "checkIns[0].fatigue (bilan du jour n° 1) : attendu : un nombre entier ; trouvé : le texte « 4 », "
                        + "à écrire sans guillemets (ligne " + line + ", colonne " + problem.column() + ")");
    }

    @Test
    void aHugeOutOfRangeNumberIsShownWithItsExponentNotItsDigits() {
        // Found by hand: "sleepHours": 1e308 was answered with "found 1000…000", 309 digits.
        ImportResult result = json.importText(mutated("\"sleepHours\": 6.5", "\"sleepHours\": 1e308"),
                ImportMode.MERGE);
        String said = ImportProblems.describe(new Messages(Language.ENGLISH), result.problems().get(0));
        assertThat(said).isEqualTo("checkIns[0].sleepHours (check-in no. 1): allowed 0 to 24, found 1E+308");
        ImportResult tiny = json.importText(mutated("\"grams\": 250.0", "\"grams\": -1e-300"), ImportMode.MERGE);
        assertThat(ImportProblems.describe(new Messages(Language.ENGLISH), tiny.problems().get(0)))
                .endsWith("found -1E-300");
        ImportResult ordinary = json.importText(mutated("\"sleepHours\": 6.5", "\"sleepHours\": 25.5"),
                ImportMode.MERGE);
        assertThat(ImportProblems.describe(new Messages(Language.ENGLISH), ordinary.problems().get(0)))
                .endsWith("found 25.5");
    }

    @Test
    void exportWritesNumbersAndBooleansUnquoted() {
        Backup backup = new Backup(Backup.FORMAT, 1, new Backup.ProfileRow("C", 1978, List.of()),
                List.of(new Backup.ProductRow(1L, "Mg", null, 150.0, null, null, null, null, false)), null, null,
                null, null, null, null, null, null, null, null);
        BackupJson exporter = new BackupJson(new BackupStore() {
            @Override
            public Backup readAll() {
                return backup;
            }

            @Override
            public ImportResult write(Backup b, ImportMode mode) {
                throw new UnsupportedOperationException();
            }
        });

        String text = exporter.export();

        assertThat(text).contains("\"version\": 1,", "\"birthYear\": 1978", "\"id\": 1,", "\"magnesiumMg\": 150.0",
                "\"archived\": false").doesNotContain("\"vitaminDMicrograms\"");
        assertThat(json.importText(text, ImportMode.MERGE).problems()).isEmpty();
    }
}
