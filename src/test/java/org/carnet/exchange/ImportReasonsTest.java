package org.carnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.carnet.core.JournalDamagedException;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why an import stopped travels as a code ({@link ImportReason}, or a problem code of its own) from the import to the
 * words: the window and the command line translate the code, nothing compares English sentences.
 */
class ImportReasonsTest {
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages FRENCH = new Messages(Language.FRENCH);
    private static final String VALID = "{\"format\": \"carnet-backup\", \"version\": 1}";

    @TempDir
    Path temp;

    private static BackupJson failingWith(Supplier<RuntimeException> failure) {
        return new BackupJson(new BackupStore() {
            @Override
            public Backup readAll() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ImportResult write(Backup backup, ImportMode mode) {
                throw failure.get();
            }
        });
    }

    @Test
    void everyReasonHasItsOwnWordsInBothLanguages() {
        for (ImportReason reason : ImportReason.values()) {
            ImportProblem problem = ImportProblem.ofFile(BackupJson.NOT_IMPORTED, reason);
            for (Messages words : List.of(ENGLISH, FRENCH)) {
                String reasonWords = String.valueOf(ImportProblems.reason(words, reason));
                assertThat(reasonWords).as(reason + " in " + words.language()).doesNotStartWith("!")
                        .doesNotContain(reason.name());
                assertThat(ImportProblems.describe(words, problem)).contains(reasonWords)
                        .doesNotContain(reason.name()).doesNotContain("!");
            }
            assertThat(ImportProblems.reason(FRENCH, reason)).as(reason + " is translated")
                    .isNotEqualTo(ImportProblems.reason(ENGLISH, reason));
        }
    }

    @Test
    void aDamagedJournalIsACodeTranslatedInFrench() {
        ImportResult result = failingWith(() -> new JournalDamagedException("table gone", null))
                .importText(VALID, ImportMode.REPLACE);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(BackupJson.NOT_IMPORTED);
            assertThat(p.args()).containsExactly(ImportReason.DAMAGED);
        });
        assertThat(ImportProblems.describe(FRENCH, result.problems().get(0)))
                .contains("le fichier du journal est endommagé").doesNotContain("damaged");
    }

    @Test
    void aFullDiskIsACodeTranslatedInFrench() {
        ImportResult result = failingWith(() -> new java.io.UncheckedIOException("write failed",
                new java.io.IOException("No space left on device"))).importText(VALID, ImportMode.MERGE);
        assertThat(result.problems().get(0).args()).containsExactly(ImportReason.DISK_FULL);
        assertThat(ImportProblems.describe(FRENCH, result.problems().get(0))).contains("le disque est plein")
                .doesNotContain("No space");
    }

    @Test
    void aMissingFileIsAProblemOfItsOwnInBothLanguages() {
        Path missing = temp.resolve("gone.json");
        ImportResult result = failingWith(UnsupportedOperationException::new).importFrom(missing, ImportMode.MERGE);
        assertThat(result.codes()).containsExactly("noSuchFile");
        assertThat(ImportProblems.describe(ENGLISH, result.problems().get(0))).isEqualTo("There is no file " + missing);
        assertThat(ImportProblems.describe(FRENCH, result.problems().get(0)))
                .isEqualTo("Il n’y a pas de fichier " + missing);
    }

    @Test
    void aReasonNoCodeDescribesIsKeptAsItIs() {
        ImportResult result = failingWith(() -> new UnsupportedOperationException("lock held by a test"))
                .importText(VALID, ImportMode.MERGE);
        assertThat(ImportProblems.describe(ENGLISH, result.problems().get(0))).contains("lock held by a test");
    }
}
