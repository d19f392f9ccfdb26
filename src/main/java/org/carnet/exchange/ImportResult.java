package org.carnet.exchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an import: either counts per table (added, skipped because already there), or errors (then
 * nothing was written). Table names are the backup's keys ("checkIns", "products", ...).
 */
public record ImportResult(Map<String, Integer> added, Map<String, Integer> skipped, List<String> errors) {
    public ImportResult {
        added = Map.copyOf(added);
        skipped = Map.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    public static ImportResult failed(List<String> errors) {
        return new ImportResult(Map.of(), Map.of(), errors);
    }

    public static ImportResult failed(String error) {
        return failed(List.of(error));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public int added(String table) {
        return added.getOrDefault(table, 0);
    }

    public int skipped(String table) {
        return skipped.getOrDefault(table, 0);
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
