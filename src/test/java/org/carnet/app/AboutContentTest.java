package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carnet.guidance.Fact;
import org.carnet.guidance.SourceDocument;
import org.carnet.intake.FoodTable;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;

/** The words of Help › About and sources: every fact in both languages, true to seeds/facts.md; every library. */
class AboutContentTest {
    /** A row of seeds/facts.md: id, then the fact as written there. */
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z0-9_]+) \\| (.+?) \\| (?:MG|DMG|K2|EFSA) \\|",
            Pattern.MULTILINE);
    /** A digit group after a thousands separator (2,000 in English, 2 000 in French). */
    private static final Pattern THOUSANDS = Pattern.compile("(\\d)[,\\s\\u00a0\\u202f](\\d{3})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final Messages english = new Messages(Language.ENGLISH);
    private final Messages french = new Messages(Language.FRENCH);

    private static Map<String, String> factsTable() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(Path.of("seeds/facts.md")));
        Map<String, String> facts = new HashMap<>();
        while (rows.find()) {
            facts.put(rows.group(1), rows.group(2));
        }
        return facts;
    }

    /** The numbers a text states, thousands separators removed: "800–2,000 IU (20–50 µg)" gives 800, 2000, 20, 50. */
    static Set<String> numbers(String text) {
        Matcher matcher = NUMBER.matcher(THOUSANDS.matcher(text).replaceAll("$1$2"));
        Set<String> numbers = new TreeSet<>();
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    @Test
    void numbersAreReadWithTheirThousands() {
        assertThat(numbers("800–2,000 IU (20–50 µg)")).containsExactlyInAnyOrder("800", "2000", "20", "50");
        assertThat(numbers("800 à 2 000 UI (20 à 50 µg)")).containsExactlyInAnyOrder("800", "2000", "20", "50");
    }

    @Test
    void everyFactHasItsOwnTextInEnglishAndInFrench() {
        for (Fact fact : Fact.values()) {
            String key = "fact." + fact.name();
            assertThat(english.has(key)).as("English " + key).isTrue();
            assertThat(french.has(key)).as("French " + key).isTrue();
            assertThat(english.get(key)).as(key).isNotBlank().isNotEqualTo(french.get(key));
        }
    }

    @Test
    void factTextsStateOnlyTheNumbersOfSeedsFacts() throws IOException {
        Map<String, String> table = factsTable();
        for (Fact fact : Fact.values()) {
            String key = "fact." + fact.name();
            Set<String> inEnglish = numbers(english.get(key));
            assertThat(numbers(french.get(key))).as("numbers of " + key + " in French").isEqualTo(inEnglish);
            assertThat(table).as("seeds/facts.md row of " + fact).containsKey(fact.name());
            assertThat(numbers(table.get(fact.name()))).as("numbers of " + key + " against seeds/facts.md")
                    .containsAll(inEnglish);
        }
    }

    @Test
    void thePageHasTheDisclaimerEveryDocumentWithItsFactsAndTheCredits() {
        for (Messages messages : List.of(english, french)) {
            AboutContent content = new AboutContent(messages, "1.2.3", Path.of("/home/someone/carnet"));
            String text = content.plainText();
            assertThat(text).startsWith("Carnet 1.2.3").contains(messages.get("app.disclaimer"))
                    .contains("/home/someone/carnet").contains(FoodTable.CREDIT).contains("Etalab")
                    .contains("DejaVu").doesNotContain("!");
            for (SourceDocument document : SourceDocument.values()) {
                assertThat(text).contains(document.publisher()).contains(document.title());
            }
            // Each fact sits under its own document, with its section.
            List<AboutContent.Block> blocks = content.blocks();
            SourceDocument under = null;
            for (int i = 0; i < blocks.size(); i++) {
                AboutContent.Block block = blocks.get(i);
                if (block.kind() == AboutContent.Kind.DOCUMENT) {
                    under = SourceDocument.valueOf(block.id().substring("about-document-".length()));
                } else if (block.kind() == AboutContent.Kind.FACT) {
                    Fact fact = Fact.valueOf(block.id().substring("about-fact-".length()));
                    assertThat(under).as("document above " + fact).isEqualTo(fact.document());
                    assertThat(blocks.get(i + 1).text()).contains(fact.section());
                }
            }
            assertThat(blocks).filteredOn(b -> b.kind() == AboutContent.Kind.FACT).hasSize(Fact.values().length);
        }
        assertThat(new AboutContent(french, "1", null).describe(SourceDocument.MG))
                .isEqualTo("Topvitamine, « Les bienfaits principaux du magnésium pour votre santé » (25/12/2025)");
    }

    @Test
    void everyLibraryThePomShipsIsListedWithALicence() throws IOException {
        // The project's own dependencies: a plugin's (a build tool's, in its <plugin>) is not shipped.
        String pom = Files.readString(Path.of("pom.xml")).replaceAll("(?s)<plugin>.*?</plugin>", "");
        Matcher dependencies = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        List<String> shipped = new ArrayList<>();
        while (dependencies.find()) {
            String dependency = dependencies.group(1);
            if (!dependency.contains("<scope>test</scope>")) {
                Matcher artifact = Pattern.compile("<artifactId>(.+?)</artifactId>").matcher(dependency);
                assertThat(artifact.find()).isTrue();
                shipped.add(artifact.group(1));
            }
        }
        assertThat(shipped).hasSizeGreaterThan(10);
        List<String> listed = AboutContent.LIBRARIES.stream().flatMap(l -> l.artifacts().stream()).toList();
        assertThat(listed).as("libraries in About and sources").containsAll(shipped);
        assertThat(AboutContent.LIBRARIES).allSatisfy(library -> assertThat(library.licence()).isNotBlank());
    }
}
