package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carnet.journal.CheckIn;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed cost of a command, seen as the classes a fresh JVM loads for it ({@code -Xlog:class+load}): on a journal
 * whose schema is current, {@code status} and {@code export} load no Flyway, no CSV parser and no food index. A
 * journal that needs its migrations still loads Flyway, so the check can fail.
 */
class CommandStartCostTest {
    /**
     * Flyway, the CSV parser (which reads the food table) and the food index. The food table's class itself may
     * load, without being run: a lambda that returns one names it.
     */
    private static final List<String> NOT_NEEDED = List.of("org.flywaydb.", "org.apache.commons.csv.",
            "org.carnet.intake.FoodSearch");

    @TempDir
    static Path folder;
    private static Path journal;

    @BeforeAll
    static void aJournalWithTwoDays() {
        journal = folder.resolve("journal");
        try (Database database = Database.open(journal)) {
            JdbcJournalRepository days = new JdbcJournalRepository(database);
            days.saveCheckIn(crampsOn(LocalDate.of(2026, 3, 1), 2));
            days.saveCheckIn(crampsOn(LocalDate.of(2026, 3, 2), 1));
        }
    }

    @Test
    void statusOnACurrentJournalLoadsNoFlywayCsvParserOrFoodIndex() throws Exception {
        Run run = run(journal, "status");

        assertThat(run.output()).contains("Days in the journal: 2").contains("Latest day: 2026-03-02");
        assertThat(run.loaded()).isNotEmpty().anyMatch(c -> c.startsWith("org.h2."));
        assertThat(run.loaded()).noneMatch(CommandStartCostTest::notNeeded);
        // Only the database and the days' repository: not the services (the guidance rules, the food catalogue).
        assertThat(run.loaded()).contains("org.carnet.storage.JdbcJournalRepository")
                .noneMatch(c -> c.startsWith("org.carnet.guidance.") || c.startsWith("org.carnet.intake.")
                        || c.equals("org.carnet.app.Services"));
    }

    @Test
    void exportOnACurrentJournalLoadsNoFlywayCsvParserOrFoodIndex() throws Exception {
        Path out = folder.resolve("backup.json");
        Run run = run(journal, "export", "--out", out.toString());

        assertThat(Files.readString(out)).contains("2026-03-02");
        assertThat(run.loaded()).anyMatch(c -> c.startsWith("com.google.gson."));
        assertThat(run.loaded()).noneMatch(CommandStartCostTest::notNeeded);
    }

    @Test
    void aNewJournalStillLoadsFlywayToCreateItsSchema() throws Exception {
        Run run = run(folder.resolve("new-journal"), "status");

        assertThat(run.output()).contains("Days in the journal: 0");
        assertThat(run.loaded()).anyMatch(c -> c.startsWith("org.flywaydb."));
    }

    private static CheckIn crampsOn(LocalDate day, int cramps) {
        return new CheckIn(day, cramps, null, null, null, null, null, null, null, null, null, java.util.Set.of(), null);
    }

    private static boolean notNeeded(String className) {
        return NOT_NEEDED.stream().anyMatch(className::startsWith);
    }

    private record Run(String output, List<String> loaded) {
    }

    private static Run run(Path dataDir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "classes", ".log");
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir",
                dataDir.toString()));
        line.addAll(List.of(command));
        Path output = Files.createTempFile(folder, "out", ".txt");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        // Lines like "[0.012s][info][class,load] org.h2.Driver source: file:/…/h2.jar"
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(l -> l.substring(l.lastIndexOf(']') + 1).trim())
                .map(l -> l.contains(" ") ? l.substring(0, l.indexOf(' ')) : l)
                .toList();
        return new Run(printed, loaded);
    }
}
