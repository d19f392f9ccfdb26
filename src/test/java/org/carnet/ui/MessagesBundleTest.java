package org.carnet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carnet.guidance.Fact;
import org.junit.jupiter.api.Test;

/** Both languages say everything, every key is used, and every pattern formats. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> french = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());
        assertThat(french).as("keys in French").containsExactlyElementsOf(english);
    }

    @Test
    void frenchIsActuallyTranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(french.getProperty(k)))
                .count();
        // Names, formats and a few words (Journal, Palpitations) are the same in both languages.
        assertThat(same).isLessThan(english.size() / 5);
    }

    @Test
    void everyPatternFormatsAndNoStraightApostropheBreaksIt() throws IOException {
        for (String name : List.of("messages.properties", "messages_fr.properties")) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern).as(name + " " + key + " uses ’ not '").doesNotContain("'");
                assertThat(pattern).as(name + " " + key).isNotBlank();
                new MessageFormat(pattern).format(new Object[] {1, 2, 3});
            }
        }
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        List<String> unused = new ArrayList<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            if (sources.contains('"' + key + '"')) {
                continue;
            }
            // Keys built from a prefix and an enum constant or a number: messages.of("prefix", value) or "prefix." + x.
            String prefix = key.substring(0, key.lastIndexOf('.'));
            if (sources.contains('"' + prefix + '"') || sources.contains('"' + prefix + ".\"")) {
                continue;
            }
            unused.add(key);
        }
        assertThat(unused).as("keys no code refers to").isEmpty();
    }

    @Test
    void everyEnumWordExists() {
        Messages english = new Messages(Language.ENGLISH);
        Messages french = new Messages(Language.FRENCH);
        for (Messages messages : List.of(english, french)) {
            for (var flag : org.carnet.journal.RedFlag.values()) {
                assertThat(messages.of("redFlag", flag)).doesNotStartWith("!");
            }
            for (var value : org.carnet.journal.Digestion.values()) {
                assertThat(messages.of("digestion", value)).doesNotStartWith("!");
            }
            for (var value : org.carnet.journal.EpisodeKind.values()) {
                assertThat(messages.of("episode.kind", value)).doesNotStartWith("!");
            }
            for (var value : org.carnet.journal.Rhythm.values()) {
                assertThat(messages.of("episode.rhythm", value)).doesNotStartWith("!");
            }
            for (var value : org.carnet.journal.Trigger.values()) {
                assertThat(messages.of("episode.trigger", value)).doesNotStartWith("!");
            }
            for (var value : org.carnet.journal.ui.CheckInViewModel.Status.values()) {
                assertThat(messages.of("checkin.status", value)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void sourceLineNamesDocumentAndSection() {
        String line = new Messages(Language.FRENCH).source(Fact.SEE_PRO_RED_FLAGS);
        assertThat(line).contains("Topvitamine").contains("Quand demander un avis professionnel")
                .contains("25/12/2025");
    }

    @Test
    void frenchIsChosenForAFrenchSystem() {
        assertThat(Language.fromSystem(java.util.Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Language.fromSystem(java.util.Locale.FRANCE)).isEqualTo(Language.FRENCH);
        assertThat(Language.fromSystem(java.util.Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }
}
