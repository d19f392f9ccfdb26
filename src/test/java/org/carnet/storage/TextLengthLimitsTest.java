package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carnet.core.FieldError;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.intake.IntakeValidator;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.journal.JournalValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Length limits count what a person sees (grapheme clusters), not UTF-16 units, and the database holds them. */
class TextLengthLimitsTest {
    /** One visible character, two UTF-16 units. */
    private static final String PILL = "💊";
    /** One visible character, eight code points (a family with skin tones). */
    private static final String FAMILY = "👨🏽\u200D👩🏽\u200D👧🏽";

    @TempDir
    Path dir;

    private static Product product(String name) {
        return new Product(null, name, null, 100.0, null, null, null, null);
    }

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(FieldError::code).toList();
    }

    @Test
    void aProductNameOf120EmojiIsAcceptedAnd121Refused() {
        assertThat(codes(IntakeValidator.validate(product(PILL.repeat(120))))).isEmpty();
        assertThat(codes(IntakeValidator.validate(product(FAMILY.repeat(120))))).isEmpty();
        assertThat(codes(IntakeValidator.validate(product(PILL.repeat(121))))).contains(IntakeValidator.TOO_LONG);
        assertThat(codes(IntakeValidator.validate(product("e\u0301".repeat(120))))).as("é as e + accent").isEmpty();
    }

    @Test
    void notesOf2000EmojiAreAccepted() {
        CheckIn checkIn = new CheckIn(java.time.LocalDate.of(2026, 3, 1), null, null, null, null, null, null, 3, null,
                null, null, java.util.Set.of(), PILL.repeat(2000));
        assertThat(codes(JournalValidator.validate(checkIn, checkIn.day()))).isEmpty();
        CheckIn longer = new CheckIn(checkIn.day(), null, null, null, null, null, null, 3, null, null, null,
                java.util.Set.of(), PILL.repeat(2001));
        assertThat(codes(JournalValidator.validate(longer, longer.day()))).contains(JournalValidator.TOO_LONG);
    }

    @Test
    void aBackupWith120EmojiNamesImportsAndKeepsThem() {
        String name = FAMILY.repeat(120);
        String notes = PILL.repeat(2000);
        String backup = "{\"format\": \"carnet-backup\", \"version\": 1, \"products\": [{\"id\": 1, \"name\": \"" + name
                + "\", \"magnesiumMg\": 100}], \"medications\": [{\"id\": 2, \"name\": \"" + name
                + "\", \"medicationClass\": \"OTHER\"}], \"protocols\": [{\"id\": 3, \"name\": \"" + name
                + "\", \"start\": \"2026-01-01\", \"doses\": []}], \"profile\": {\"name\": \"" + PILL.repeat(80)
                + "\"}, \"checkIns\": [{\"day\": \"2026-01-01\", \"notes\": \"" + notes + "\"}]}";
        try (Database database = Database.open(dir)) {
            BackupJson json = new BackupJson(new JdbcBackupRepository(database));

            ImportResult result = json.importText(backup, ImportMode.REPLACE);

            assertThat(result.problems()).isEmpty();
            var after = new JdbcBackupRepository(database).readAll();
            assertThat(after.products().get(0).name()).isEqualTo(name);
            assertThat(after.protocols().get(0).name()).isEqualTo(name);
            assertThat(after.checkIns().get(0).notes()).isEqualTo(notes);
        }
    }

    @Test
    void aBackupNameOver120IsRefusedCountingWhatIsSeen() {
        String backup = "{\"format\": \"carnet-backup\", \"version\": 1, \"products\": [{\"id\": 1, \"name\": \""
                + PILL.repeat(121) + "\"}]}";
        try (Database database = Database.open(dir)) {
            ImportResult result = new BackupJson(new JdbcBackupRepository(database)).importText(backup,
                    ImportMode.REPLACE);
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.args()).containsExactly(120, 121));
        }
    }
}
