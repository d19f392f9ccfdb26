package org.carnet.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.carnet.core.Lazy;

/**
 * All the foods a person can log: the Ciqual table shipped with the app and their own foods, searchable together.
 * Nothing of the Ciqual table is read when the journal opens: most commands and the first seconds of the window never
 * need it. A look-up by code (the report, a day's totals) parses only the rows asked for, until the whole table is
 * parsed; the search needs the whole table and its index, made on the first search ({@link #preload()} makes them in
 * the background, so that the search answers from the first keystroke). A search that comes first waits for them.
 * Custom foods are swapped in whole when they change; reads see either the old or the new set, never half.
 */
public final class FoodCatalog {
    /** The person's own foods by code, and the search over the table with them (made on the first search). */
    private record Custom(Map<String, Food> byCode, Lazy<FoodSearch> search) {
    }

    /** The parsed table: what the search and {@link #size()} need. */
    private final Lazy<FoodTable> table;
    /** The search index over the table (made on the first search or {@link #preload()}). */
    private final Lazy<FoodSearch> search;
    /** A look-up by code while the table is not parsed: only the rows asked for. */
    private final Lazy<Function<String, Optional<Food>>> rows;
    /** The person's foods: replaced whole when they change, read on first use. */
    private volatile Lazy<Custom> custom = new Lazy<>(() -> custom(List.of()));

    public FoodCatalog(FoodTable table) {
        this(() -> table);
    }

    /** A catalog whose look-ups by code read the whole table from {@code source}, as a search does. */
    FoodCatalog(Supplier<FoodTable> source) {
        this(source, null);
    }

    /** {@code rows}: a look-up by code that needs no whole table (null: the table's own). */
    FoodCatalog(Supplier<FoodTable> source, Supplier<Function<String, Optional<Food>>> rows) {
        this.table = new Lazy<>(source);
        this.search = new Lazy<>(new SearchMaker(table, null, null));
        this.rows = new Lazy<>(rows != null ? rows : () -> table.get()::byCode);
    }

    /** The shipped Ciqual table, read on first use: the rows looked up by code, or the whole table for a search. */
    public static FoodCatalog ciqual() {
        // Lambdas, not method references: the table's classes (and the CSV parser) load only when they run.
        return new FoodCatalog(() -> FoodTable.ciqual(), () -> FoodRows.ciqual()::byCode);
    }

    /** The person's foods, read from {@code foods} on first use rather than now. */
    public void readCustomFoodsWith(Supplier<List<CustomFood>> foods) {
        custom = new Lazy<>(() -> custom(foods.get()));
    }

    public void setCustomFoods(List<CustomFood> foods) {
        Custom made = custom(foods);
        custom = new Lazy<>(() -> made);
    }

    /** Parses and indexes the Ciqual table now, if not done yet (for a background thread). */
    public void preload() {
        search.get();
    }

    /** True once the Ciqual table is parsed and indexed. */
    public boolean isLoaded() {
        return search.isMade();
    }

    public Optional<Food> byCode(String code) {
        Food own = custom().byCode().get(code);
        if (own != null) {
            return Optional.of(own);
        }
        // Once the whole table is there (the window parses it in the background), it answers.
        return table.isMade() ? table.get().byCode(code) : rows.get().apply(code);
    }

    public List<Food> search(String query, List<String> preferredCodes, int limit) {
        return custom().search().get().search(query, preferredCodes, limit);
    }

    public int size() {
        return table.get().size() + custom().byCode().size();
    }

    private Custom custom() {
        return custom.get();
    }

    private Custom custom(List<CustomFood> foods) {
        Map<String, Food> byCode = new HashMap<>();
        foods.forEach(f -> byCode.put(Food.customCode(f.id()), f.toFood()));
        Map<String, Food> own = Map.copyOf(byCode);
        return new Custom(own, new Lazy<>(new SearchMaker(null, search, own.values())));
    }

    /**
     * Makes a search index: over the table, or the table's index with the person's foods. A class, not a lambda: a
     * lambda's factory resolves its method's types, which would load the search's classes when the catalog is made
     * (a command that never searches must not load them: CommandStartCostTest).
     */
    private static final class SearchMaker implements Supplier<FoodSearch> {
        private final Lazy<FoodTable> table;
        private final Lazy<FoodSearch> tableSearch;
        private final java.util.Collection<Food> own;

        SearchMaker(Lazy<FoodTable> table, Lazy<FoodSearch> tableSearch, java.util.Collection<Food> own) {
            this.table = table;
            this.tableSearch = tableSearch;
            this.own = own;
        }

        @Override
        public FoodSearch get() {
            return tableSearch == null ? new FoodSearch(table.get().foods()) : tableSearch.get().withCustomFoods(own);
        }
    }
}
