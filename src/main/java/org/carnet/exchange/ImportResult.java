package org.carnet.exchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an import: either counts per table (added, skipped because already there), or problems (then
 * nothing was written). Table names are the backup's keys ("checkIns", "products", ...). Problems are codes with
 * their record, field and values; the UI puts them in words (org.carnet.exchange.ui.ImportProblems).
 */
public record ImportResult(Map<String, Integer> added, Map<String, Integer> skipped, List<ImportProblem> problems,
                           Map<String, java.util.SortedSet<java.time.LocalDate>> foodCodes) {
    /** Every table of the backup, in the order of docs/backup-format.md: the order an import result lists them. */
    public static final List<String> TABLES = List.of("profile", "products", "medications", "customFoods",
            "checkIns", "episodes", "foodIntakes", "supplementIntakes", "medicationIntakes", "routine",
            "favouriteFoods", "protocols", "labResults", "ownSymptoms", "ownSymptomValues");

    /** One table's counts: records added, and records skipped because they were already there. */
    public record TableCount(String table, int added, int skipped) {
    }

    public ImportResult {
        added = Map.copyOf(added);
        skipped = Map.copyOf(skipped);
        problems = List.copyOf(problems);
        foodCodes = Map.copyOf(foodCodes);
    }

    public ImportResult(Map<String, Integer> added, Map<String, Integer> skipped, List<ImportProblem> problems) {
        this(added, skipped, problems, Map.of());
    }

    /**
     * This result with the table food codes (not "custom:") of the file's food intakes and the days they were
     * logged on: the caller, which knows the food table, names those it does not hold.
     */
    public ImportResult withFoodCodes(Map<String, java.util.SortedSet<java.time.LocalDate>> codes) {
        return new ImportResult(added, skipped, problems, codes);
    }

    public static ImportResult failed(List<ImportProblem> problems) {
        return new ImportResult(Map.of(), Map.of(), problems);
    }

    public static ImportResult failed(ImportProblem problem) {
        return failed(List.of(problem));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The codes of the problems, in order: for tests and logs. */
    public List<String> codes() {
        return problems.stream().map(ImportProblem::code).toList();
    }

    public int added(String table) {
        return added.getOrDefault(table, 0);
    }

    public int skipped(String table) {
        return skipped.getOrDefault(table, 0);
    }

    /** Every table in {@link #TABLES} order, those with nothing added or skipped too (then a table any other after). */
    public List<TableCount> tables() {
        List<String> names = new java.util.ArrayList<>(TABLES);
        new java.util.TreeSet<>(added.keySet()).forEach(t -> addIfMissing(names, t));
        new java.util.TreeSet<>(skipped.keySet()).forEach(t -> addIfMissing(names, t));
        return names.stream().map(t -> new TableCount(t, added(t), skipped(t))).toList();
    }

    private static void addIfMissing(List<String> names, String table) {
        if (!names.contains(table)) {
            names.add(table);
        }
    }

    /** Counts being built by a store. */
    public static final class Counts {
        private final Map<String, Integer> added = new TreeMap<>();
        private final Map<String, Integer> skipped = new TreeMap<>();

        public void added(String table) {
            added.merge(table, 1, Integer::sum);
        }

        public void skipped(String table) {
            skipped.merge(table, 1, Integer::sum);
        }

        public ImportResult result() {
            return new ImportResult(added, skipped, List.of());
        }
    }
}
