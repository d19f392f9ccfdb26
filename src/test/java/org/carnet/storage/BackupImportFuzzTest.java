package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid backups mutated at random: every case must give either a valid import or clear errors, never an exception,
 * and after an error the journal must be exactly as before (compared through a full export). 2,000 cases by
 * default; {@code -Dcarnet.fuzz.cases=50000} for a long run, {@code -Dcarnet.fuzz.seed=N} to replay one.
 */
class BackupImportFuzzTest {
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages FRENCH = new Messages(Language.FRENCH);
    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?");
    private static final Pattern STRING = Pattern.compile("(?<=: )\"[^\"]*\"");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern REFERENCE = Pattern.compile("(?<=\"(productId|medicationId)\": )\\d+");
    private static final Pattern FOOD_CODE = Pattern.compile("(?<=\")custom:\\d+");
    private static final String[] HUGE = {"1e400", "-1e400", "99999999999999999999999", "1e-400", "-1", "0",
            "2147483648", "9223372036854775808", "1.5", "NaN", "Infinity", "0x10", "1e5", "-0"};
    private static final String[] VALUES = {"null", "true", "\"\"", "[]", "{}", "\"x\"", "[1,2]", "{\"a\":1}", "12",
            "\"2026-01-01\"", "\"CRAMP\"", "\"custom:999\""};
    private static final String[] DATES = {"2026-02-30", "2026-13-01", "0000-00-00", "yesterday", "2026-1-1",
            "+99999-01-01", "1899-12-31", "2026-01-01T25:00", "", "2026-01-01 08:00"};

    @TempDir
    Path dir;

    @Test
    void mutatedBackupsGiveAValidImportOrClearErrorsAndLeaveTheJournalUntouched() {
        int cases = Integer.getInteger("carnet.fuzz.cases", 2_000);
        long seed = Long.getLong("carnet.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        try (Database database = Database.open(dir)) {
            BackupJson json = new BackupJson(new JdbcBackupRepository(database));
            new JdbcBackupRepository(database).write(BackupSamples.small(), ImportMode.REPLACE);
            String baseline = json.export();
            byte[] baselineBytes = baseline.getBytes(StandardCharsets.UTF_8);
            int valid = 0;
            for (int i = 0; i < cases; i++) {
                ImportMode mode = random.nextInt(4) == 0 ? ImportMode.REPLACE : ImportMode.MERGE;
                byte[] mutated = mutate(baseline, baselineBytes, random);
                ImportResult result;
                try {
                    result = json.importBytes(mutated, mode);
                } catch (Throwable t) {
                    throw new AssertionError("case " + i + " (seed " + seed + ") threw: "
                            + new String(mutated, StandardCharsets.UTF_8), t);
                }
                String after = json.export();
                if (result.ok()) {
                    valid++;
                    if (!after.equals(baseline)) {
                        ImportResult restore = json.importText(baseline, ImportMode.REPLACE);
                        assertThat(restore.problems()).isEmpty();
                        assertThat(json.export()).isEqualTo(baseline);
                    }
                } else {
                    // the database refusing what validation let through would be a gap in validation
                    assertThat(result.codes()).as("case %d (seed %d)", i, seed).doesNotContain("notImported");
                    for (Messages words : List.of(ENGLISH, FRENCH)) {
                        assertThat(result.problems()).as("case %d (seed %d)", i, seed).allSatisfy(p ->
                                assertThat(ImportProblems.describe(words, p)).isNotBlank()
                                        .doesNotContain("Exception").doesNotContain("\tat ")
                                        // a code or a kind without words in this language
                                        .doesNotContain("!import."));
                    }
                    assertThat(after).as("journal changed by failed case %d (seed %d): %s", i, seed, result.problems())
                            .isEqualTo(baseline);
                }
            }
            assertThat(valid).as("some mutations stay valid").isLessThan(cases);
        }
    }

    private static byte[] mutate(String text, byte[] bytes, Random random) {
        int kind = random.nextInt(12);
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> utf8(replaceOne(text, NUMBER, HUGE[random.nextInt(HUGE.length)], random));
            case 2 -> utf8(replaceOne(text, STRING, VALUES[random.nextInt(VALUES.length)], random));
            case 3 -> utf8(replaceOne(text, NUMBER, VALUES[random.nextInt(VALUES.length)], random));
            case 4 -> utf8(replaceOne(text, DATE, DATES[random.nextInt(DATES.length)], random));
            case 5 -> utf8(replaceOne(text, REFERENCE, Integer.toString(random.nextInt(20) + 1), random));
            case 6 -> utf8(replaceOne(text, FOOD_CODE, random.nextBoolean() ? "custom:99" : "custom:x", random));
            case 7 -> insertBytes(bytes, random, invalidUtf8(random));
            case 8 -> utf8(nest(text, random));
            case 9 -> flipBytes(bytes, random);
            case 10 -> utf8(deleteRange(text, random));
            default -> utf8(text.replaceFirst("\"version\": 1", "\"version\": " + (random.nextInt(5) + 2)));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] choices = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}};
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] insertBytes(byte[] bytes, Random random, byte[] insert) {
        int at = random.nextInt(bytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String nest(String text, Random random) {
        int depth = random.nextBoolean() ? 40 + random.nextInt(100) : 10_000 + random.nextInt(50_000);
        String value = "[".repeat(depth) + (random.nextBoolean() ? "]".repeat(depth) : "");
        String field = random.nextBoolean() ? "\"extra\"" : "\"checkIns\"";
        return text.replaceFirst("\\{", "{" + field + ": " + value + ",");
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static String deleteRange(String text, Random random) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, from) + text.substring(to);
    }
}
