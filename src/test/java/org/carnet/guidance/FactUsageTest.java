package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fact of {@code seeds/facts.md} reaches the person: some rule, screen or summary part names it in the code.
 * Named means {@code Fact.ID} in a main source file (comments left out, and Fact.java itself, which only lists
 * them; the About box that lists every fact does not count either, as it names none), or the id in a file that
 * imports the constant statically. The rules also declare theirs: each rule's fact is named by its class.
 */
class FactUsageTest {
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z0-9_]+) \\|", Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** The fact ids of seeds/facts.md, in its order. */
    static List<String> seedFacts() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(Path.of("seeds/facts.md")));
        List<String> ids = new java.util.ArrayList<>();
        while (rows.find()) {
            if (!rows.group(1).equals("id")) {
                ids.add(rows.group(1));
            }
        }
        return ids;
    }

    /** Each main source file (but Fact.java) as code: comments and string texts removed. */
    static Map<Path, String> mainCode() throws IOException {
        Map<Path, String> code = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(Path.of("org/carnet/guidance/Fact.java"))) {
                    continue;
                }
                String text = STRINGS.matcher(COMMENTS.matcher(Files.readString(file)).replaceAll(" "))
                        .replaceAll("\"\"");
                code.put(file, text);
            }
        }
        return code;
    }

    /** The ids that no code names, among {@code ids}. */
    static Set<String> unused(List<String> ids, Map<Path, String> code) {
        Set<String> unused = new TreeSet<>();
        for (String id : ids) {
            Pattern qualified = Pattern.compile("\\bFact\\s*\\.\\s*" + id + "\\b");
            Pattern bare = Pattern.compile("\\b" + id + "\\b");
            boolean named = code.values().stream().anyMatch(text -> qualified.matcher(text).find()
                    || (staticallyImports(text, id) && bare.matcher(text.replaceAll("import static[^;]*;", ""))
                    .find()));
            if (!named) {
                unused.add(id);
            }
        }
        return unused;
    }

    private static boolean staticallyImports(String text, String id) {
        return text.contains("import static org.carnet.guidance.Fact.*;")
                || text.contains("import static org.carnet.guidance.Fact." + id + ";");
    }

    @Test
    void everyFactOfTheSeedsIsNamedByARuleAScreenOrTheSummary() throws IOException {
        List<String> ids = seedFacts();
        assertThat(ids).hasSize(Fact.values().length);

        assertThat(unused(ids, mainCode())).as("facts of seeds/facts.md that no rule, screen or summary names")
                .isEmpty();
    }

    @Test
    void removingTheOnlyUseOfAFactIsCaught() throws IOException {
        Map<Path, String> code = mainCode();
        // VITD_WITH_MEAL is named by its rule alone: take that use away, as a change might.
        Map<Path, String> without = code.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().replace("Fact.VITD_WITH_MEAL", "Fact.VITD_NEEDS_MG")));

        assertThat(unused(List.of("VITD_WITH_MEAL"), code)).isEmpty();
        assertThat(unused(List.of("VITD_WITH_MEAL"), without)).containsExactly("VITD_WITH_MEAL");
        // A comment or a string naming it is no use.
        assertThat(unused(List.of("X_ONLY_IN_WORDS"), Map.of(Path.of("A.java"),
                STRINGS.matcher(COMMENTS.matcher("// Fact.X_ONLY_IN_WORDS\nString s = \"Fact.X_ONLY_IN_WORDS\";")
                        .replaceAll(" ")).replaceAll("\"\"")))).containsExactly("X_ONLY_IN_WORDS");
    }

    @Test
    void everyRuleRestsOnAFactOfTheSeeds() throws IOException {
        Set<String> seeds = Set.copyOf(seedFacts());
        for (Rule rule : GuidanceEngine.standard().rules()) {
            assertThat(seeds).as(rule.id()).contains(rule.fact().name());
        }
    }
}
