package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every fact the app can cite is written down in seeds/, with the same document. */
class FactSourcesTest {
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z0-9_]+) \\|.*\\| (MG|DMG|K2|EFSA) \\|.*\\|$",
            Pattern.MULTILINE);

    @Test
    void everyFactHasARowInSeedsFactsWithItsDocument() throws IOException {
        String table = Files.readString(Path.of("seeds/facts.md"));
        Matcher rows = ROW.matcher(table);
        java.util.Map<String, String> documents = new java.util.HashMap<>();
        while (rows.find()) {
            documents.put(rows.group(1), rows.group(2));
        }
        for (Fact fact : Fact.values()) {
            assertThat(documents).as("seeds/facts.md row for " + fact).containsKey(fact.name());
            assertThat(documents.get(fact.name())).as("document of " + fact).isEqualTo(fact.document().name());
        }
        assertThat(documents.keySet()).as("rows with no Fact constant")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Fact.values()).map(Enum::name).toList());
    }

    @Test
    void everyDocumentHasANote() {
        for (SourceDocument document : SourceDocument.values()) {
            assertThat(Path.of("seeds", document.name() + ".md")).exists();
        }
        assertThat(List.of(SourceDocument.values())).hasSize(4);
    }
}
